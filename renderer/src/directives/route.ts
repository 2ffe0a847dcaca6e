// The directive screen's own route in the URL hash: "#/directives" is the list, "#/directives/<id>" one directive's detail.
import { useCallback, useEffect, useState } from 'react';
import { idSchema } from '../../../shared/model/common';

const LIST_HASH = '#/directives';

/** The id in "#/directives/<id>", or null for the list (or anything else). */
export function directiveIdFromHash(hash: string): string | null {
  const match = /^#\/?directives\/([^/?#]+)$/.exec(hash);
  if (!match?.[1]) return null;
  let id: string;
  try {
    id = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  return idSchema.safeParse(id).success ? id : null;
}

export function directiveHash(id: string): string {
  return `${LIST_HASH}/${encodeURIComponent(id)}`;
}

export interface DirectiveRoute {
  /** The directive whose detail is shown, or null for the list. */
  openId: string | null;
  open(id: string): void;
  backToList(): void;
}

export function useDirectiveRoute(): DirectiveRoute {
  const [openId, setOpenId] = useState(() => directiveIdFromHash(window.location.hash));
  useEffect(() => {
    const onHashChange = () => setOpenId(directiveIdFromHash(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const open = useCallback((id: string) => {
    window.location.hash = directiveHash(id);
  }, []);
  const backToList = useCallback(() => {
    window.location.hash = LIST_HASH;
  }, []);
  return { openId, open, backToList };
}
