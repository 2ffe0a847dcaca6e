// "Dán trích dẫn": paste any text, see every citation found with its warnings, choose which to add; known documents are offered as updates.
import { useDeferredValue, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { UpsertManyResult } from '../../../shared/ipc/features/directives';
import type { Directive, DirectiveFieldsInput } from '../../../shared/model/directive';
import type { BridgeError } from '../../../shared/ipc/errors';
import { errorMessage, messageForKey } from '../api/errors';
import { isValidationKey } from '../api/fieldErrors';
import type { DirectiveLabels } from '../directives/labels';
import { Dialog } from '../ui/Dialog';
import { useToasts } from '../ui/Toasts';
import { PasteRows } from './PasteRows';
import { analysePaste, isSelectable, isSelected, type PasteRow } from './pasteModel';
import './citations.css';
import { FormAlert } from '../ui/FormAlert';

interface PasteCitationsDialogProps {
  library: readonly Directive[];
  labels: DirectiveLabels;
  upsertMany: (items: DirectiveFieldsInput[]) => Promise<UpsertManyResult>;
  /** After a save: the directives created or updated (the list selects the first). */
  onSaved: (directives: Directive[]) => void;
  onClose: () => void;
  fallbackFocus: () => HTMLElement | null;
}

function submitLabel(t: TFunction, created: number, updated: number): string {
  if (created > 0 && updated > 0) return t('pasteCitations.submitBoth', { created, updated });
  if (created > 0) return t('pasteCitations.submitCreate', { count: created });
  if (updated > 0) return t('pasteCitations.submitUpdate', { count: updated });
  return t('pasteCitations.submitNone');
}

function doneMessage(t: TFunction, result: UpsertManyResult): string {
  if (result.created > 0 && result.updated > 0) return t('pasteCitations.doneBoth', { created: result.created, updated: result.updated });
  if (result.created > 0) return t('pasteCitations.doneCreated', { count: result.created });
  if (result.updated > 0) return t('pasteCitations.doneUpdated', { count: result.updated });
  return t('pasteCitations.doneNothing');
}

/** A field's validation message when the service names one ("Ký hiệu không đúng định dạng…"), else the error's own. */
function failureMessage(t: TFunction, error: BridgeError): string {
  const key = error.issues.map((issue) => issue.message).find(isValidationKey);
  return key ? t(key) : messageForKey(t, error.messageKey, error.details);
}

export function PasteCitationsDialog({ library, labels, upsertMany, onSaved, onClose, fallbackFocus }: PasteCitationsDialogProps) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const textId = useId();
  const hintId = useId();
  const [text, setText] = useState('');
  const deferredText = useDeferredValue(text);
  const [overrides, setOverrides] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [failures, setFailures] = useState<ReadonlyMap<string, string>>(new Map());
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);

  const rows = useMemo(() => analysePaste(deferredText, library), [deferredText, library]);
  const byId = useMemo(() => new Map(library.map((d) => [d.id, d])), [library]);
  const isChecked = (row: PasteRow) => isSelected(row, overrides);
  const chosen = rows.filter(isChecked);
  const createCount = chosen.filter((row) => row.action === 'create').length;
  const updateCount = chosen.length - createCount;

  const toggle = (row: PasteRow, checked: boolean) => setOverrides((current) => new Map(current).set(row.key, checked));
  const toggleAll = (checked: boolean) =>
    setOverrides((current) => {
      const next = new Map(current);
      for (const row of rows.filter(isSelectable)) next.set(row.key, checked);
      return next;
    });

  const save = async () => {
    if (saving || chosen.length === 0) return;
    setSaving(true);
    setSaveError(null);
    try {
      const result = await upsertMany(chosen.map((row) => row.fields));
      const failed = new Map<string, string>();
      for (const outcome of result.outcomes) {
        const row = chosen[outcome.index];
        if (outcome.status === 'failed' && row) failed.set(row.key, failureMessage(t, outcome.error));
      }
      const saved = result.outcomes.flatMap((o) => (o.status === 'created' || o.status === 'updated' ? [o.directive] : []));
      if (result.created + result.updated > 0 || failed.size === 0) toasts.notify({ message: doneMessage(t, result), tone: 'success' });
      onSaved(saved);
      if (failed.size === 0) {
        onClose();
        return;
      }
      setFailures(failed);
      setSaveError(t('pasteCitations.partialFailure', { count: failed.size }));
    } catch (error) {
      setSaveError(errorMessage(t, error));
    }
    setSaving(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  };

  return (
    <Dialog
      variant="side"
      title={t('pasteCitations.title')}
      onRequestClose={() => {
        if (!saving) onClose();
      }}
      closeLabel={t('common.close')}
      fallbackFocus={fallbackFocus}
      footer={
        <>
          <button type="button" className="button" onClick={onClose} disabled={saving}>
            {t('common.cancel')}
          </button>
          <button type="button" className="button button--primary" onClick={() => void save()} disabled={saving || chosen.length === 0}>
            {saving ? t('common.saving') : submitLabel(t, createCount, updateCount)}
          </button>
        </>
      }
    >
      <div className="paste-citations">
        <div className="field">
          <label className="field__label" htmlFor={textId}>
            {t('pasteCitations.textLabel')}
          </label>
          <textarea
            id={textId}
            className="textarea paste-citations__text"
            rows={7}
            value={text}
            placeholder={t('pasteCitations.placeholder')}
            aria-describedby={hintId}
            spellCheck={false}
            onChange={(event) => {
              setText(event.target.value);
              setFailures(new Map());
              setSaveError(null);
            }}
            onKeyDown={onKeyDown}
          />
          <p className="field__hint" id={hintId}>
            {t('pasteCitations.textHint')}
          </p>
        </div>
        <FormAlert message={saveError} />
        <p className="paste-citations__summary" role="status">
          {deferredText.trim() === '' ? t('pasteCitations.waiting') : rows.length === 0 ? t('pasteCitations.noneFound') : t('pasteCitations.found', { count: rows.length })}
        </p>
        {rows.length > 0 ? (
          <div className="paste-citations__results">
            <PasteRows rows={rows} isChecked={isChecked} onToggle={toggle} onToggleAll={toggleAll} failures={failures} library={byId} labels={labels} />
          </div>
        ) : null}
      </div>
    </Dialog>
  );
}
