// The directive library as the screen sees it: loaded through the bridge, kept in step with every create/update/delete.
import { useCallback, useEffect, useState } from 'react';
import type { Directive, DirectiveFieldsInput } from '../../../shared/model/directive';
import { call } from '../api/client';

export interface DirectiveLibrary {
  directives: Directive[] | null;
  loadError: unknown;
  reload(): void;
  create(fields: DirectiveFieldsInput): Promise<Directive>;
  update(original: Directive, fields: DirectiveFieldsInput): Promise<Directive>;
  remove(directive: Directive): Promise<Directive>;
  undoRemove(deleted: Directive): Promise<Directive>;
}

function upsert(list: Directive[] | null, directive: Directive): Directive[] {
  const rest = (list ?? []).filter((item) => item.id !== directive.id);
  return [...rest, directive];
}

export function useDirectiveLibrary(): DirectiveLibrary {
  const [directives, setDirectives] = useState<Directive[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    call('directives', 'list', {}).then(
      (list) => {
        if (!current) return;
        setDirectives(list);
        setLoadError(null);
      },
      (error: unknown) => {
        if (current) setLoadError(error);
      },
    );
    return () => {
      current = false;
    };
  }, [generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);

  const create = useCallback(async (fields: DirectiveFieldsInput) => {
    const created = await call('directives', 'create', { fields });
    setDirectives((list) => upsert(list, created));
    return created;
  }, []);

  const update = useCallback(async (original: Directive, fields: DirectiveFieldsInput) => {
    const updated = await call('directives', 'update', { id: original.id, fields, expectedUpdatedAt: original.updatedAt });
    setDirectives((list) => upsert(list, updated));
    return updated;
  }, []);

  const remove = useCallback(async (directive: Directive) => {
    const deleted = await call('directives', 'delete', { id: directive.id });
    setDirectives((list) => (list ?? []).filter((item) => item.id !== deleted.id));
    return deleted;
  }, []);

  const undoRemove = useCallback(async (deleted: Directive) => {
    const restored = await call('directives', 'undoDelete', { directive: deleted });
    setDirectives((list) => upsert(list, restored));
    return restored;
  }, []);

  return { directives, loadError, reload, create, update, remove, undoRemove };
}
