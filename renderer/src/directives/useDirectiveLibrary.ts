// The directive library as the screen sees it: loaded through the bridge, kept in step with every change made from this window.
import { useCallback } from 'react';
import type { StarterImportResult, UpsertManyResult } from '../../../shared/ipc/features/directives';
import type { Directive, DirectiveFieldsInput } from '../../../shared/model/directive';
import { call } from '../api/client';
import { useBridgeLoad } from '../library/useBridgeLoad';

export interface DirectiveLibrary {
  directives: Directive[] | null;
  loadError: unknown;
  reload(): void;
  create(fields: DirectiveFieldsInput): Promise<Directive>;
  update(original: Directive, fields: DirectiveFieldsInput): Promise<Directive>;
  remove(directive: Directive): Promise<Directive>;
  undoRemove(deleted: Directive): Promise<Directive>;
  /** Adds or updates many directives at once (pasted citations); the library never holds one document twice. */
  upsertMany(items: DirectiveFieldsInput[]): Promise<UpsertManyResult>;
  importStarter(): Promise<StarterImportResult>;
  attach(directive: Directive, fileName: string, dataBase64: string): Promise<Directive>;
  removeAttachment(directive: Directive): Promise<Directive>;
}

function upsert(list: Directive[] | null, changed: readonly Directive[]): Directive[] {
  const ids = new Set(changed.map((d) => d.id));
  return [...(list ?? []).filter((item) => !ids.has(item.id)), ...changed];
}

function loadDirectives(): Promise<Directive[]> {
  return call('directives', 'list', {});
}

export function useDirectiveLibrary(): DirectiveLibrary {
  const { data: directives, setData: setDirectives, loadError, reload } = useBridgeLoad(loadDirectives);
  const merge = useCallback((changed: readonly Directive[]) => {
    if (changed.length > 0) setDirectives((list) => upsert(list, changed));
  }, [setDirectives]);
  const one = useCallback(
    async (pending: Promise<Directive>) => {
      const directive = await pending;
      merge([directive]);
      return directive;
    },
    [merge],
  );

  const create = useCallback((fields: DirectiveFieldsInput) => one(call('directives', 'create', { fields })), [one]);

  const update = useCallback(
    (original: Directive, fields: DirectiveFieldsInput) =>
      one(call('directives', 'update', { id: original.id, fields, expectedUpdatedAt: original.updatedAt })),
    [one],
  );

  const remove = useCallback(async (directive: Directive) => {
    const deleted = await call('directives', 'delete', { id: directive.id });
    setDirectives((list) => (list ?? []).filter((item) => item.id !== deleted.id));
    return deleted;
  }, [setDirectives]);

  const undoRemove = useCallback((deleted: Directive) => one(call('directives', 'undoDelete', { directive: deleted })), [one]);

  const upsertMany = useCallback(
    async (items: DirectiveFieldsInput[]) => {
      const result = await call('directives', 'upsertMany', { items: items.map((fields) => ({ fields })) });
      merge(result.outcomes.flatMap((o) => (o.status === 'created' || o.status === 'updated' ? [o.directive] : [])));
      return result;
    },
    [merge],
  );

  const importStarter = useCallback(async () => {
    const result = await call('directives', 'importStarter', {});
    merge(result.added);
    return result;
  }, [merge]);

  const attach = useCallback(
    (directive: Directive, fileName: string, dataBase64: string) =>
      one(call('directives', 'attach', { id: directive.id, fileName, dataBase64, expectedUpdatedAt: directive.updatedAt })),
    [one],
  );

  const removeAttachment = useCallback(
    (directive: Directive) => one(call('directives', 'removeAttachment', { id: directive.id, expectedUpdatedAt: directive.updatedAt })),
    [one],
  );

  return { directives, loadError, reload, create, update, remove, undoRemove, upsertMany, importStarter, attach, removeAttachment };
}
