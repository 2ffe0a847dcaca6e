// The state of a talking point or Q&A editor: form values against the stored item, field messages, save and approve through the bridge.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BridgeCallError } from '../api/client';
import { errorMessage } from '../api/errors';
import { useToasts } from '../ui/Toasts';
import { fieldMessages, type FieldMessages } from './formCommon';
import type { LibraryItem } from './libraryQuery';

export interface ItemEditorConfig<T extends LibraryItem, V, F> {
  item: T | null;
  empty(): V;
  toForm(item: T): V;
  toFields(values: V): { fields: F } | { errors: FieldMessages };
  /** Form keys whose change on an approved item starts a new revision. */
  contentKeys: ReadonlyArray<keyof V>;
  create(fields: F): Promise<T>;
  update(item: T, fields: F): Promise<T>;
  approve(item: T, approvedBy: string, reviewBy: string | undefined): Promise<T>;
  /** Toast after a save; `revised`: the save started a new revision. */
  savedMessage(saved: T, revised: boolean): string;
  onSaved(saved: T): void;
}

export interface ItemEditorState<T extends LibraryItem, V> {
  values: V;
  change(changes: Partial<V>): void;
  errors: FieldMessages;
  busy: boolean;
  dirty: boolean;
  contentDirty: boolean;
  save(): Promise<T | null>;
  approve(item: T, approvedBy: string, reviewBy: string | undefined): Promise<void>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function useItemEditor<T extends LibraryItem, V, F>(config: ItemEditorConfig<T, V, F>): ItemEditorState<T, V> {
  const { t } = useTranslation();
  const toasts = useToasts();
  const [baseline, setBaseline] = useState<V>(() => (config.item ? config.toForm(config.item) : config.empty()));
  const [values, setValues] = useState(baseline);
  const [errors, setErrors] = useState<FieldMessages>({});
  const [busy, setBusy] = useState(false);

  const stored = (saved: T) => {
    const next = config.toForm(saved);
    setBaseline(next);
    setValues(next);
    setErrors({});
    config.onSaved(saved);
  };

  const save = async (): Promise<T | null> => {
    const result = config.toFields(values);
    if ('errors' in result) {
      setErrors(result.errors);
      return null;
    }
    setBusy(true);
    try {
      const saved = config.item ? await config.update(config.item, result.fields) : await config.create(result.fields);
      const revised = config.item !== null && saved.revision > config.item.revision;
      stored(saved);
      toasts.notify({ message: config.savedMessage(saved, revised), tone: revised ? 'info' : 'success' });
      return saved;
    } catch (error) {
      if (error instanceof BridgeCallError) setErrors(fieldMessages(error.issues, ['fields']));
      toasts.notify({ message: errorMessage(t, error), tone: 'error' });
      return null;
    } finally {
      setBusy(false);
    }
  };

  const approve = async (item: T, approvedBy: string, reviewBy: string | undefined) => {
    setBusy(true);
    try {
      const approved = await config.approve(item, approvedBy, reviewBy);
      stored(approved);
      toasts.notify({ message: t('library.approval.done', { name: approvedBy, revision: approved.revision }), tone: 'success' });
    } catch (error) {
      toasts.notify({ message: errorMessage(t, error), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return {
    values,
    change: (changes) => setValues((previous) => ({ ...previous, ...changes })),
    errors,
    busy,
    dirty: !same(values, baseline),
    contentDirty: config.contentKeys.some((key) => !same(values[key], baseline[key])),
    save,
    approve,
  };
}
