// A screen's own route in the URL hash: "#/<screen>" is its list, "#/<screen>/<id>" one item (directive detail, packet composer).
import { useCallback, useEffect, useState } from 'react';
import { idSchema } from '../../../shared/model/common';
import type { ScreenId } from './screens';

/** The id in "#/<screen>/<id>", or null for the list (or anything else). */
export function itemIdFromHash(screen: ScreenId, hash: string): string | null {
  const prefix = hash.startsWith('#/') ? `#/${screen}/` : `#${screen}/`;
  if (!hash.startsWith(prefix)) return null;
  const raw = hash.slice(prefix.length);
  if (raw === '' || /[/?#]/.test(raw)) return null;
  let id: string;
  try {
    id = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return idSchema.safeParse(id).success ? id : null;
}

export function itemHash(screen: ScreenId, id: string): string {
  return `#/${screen}/${encodeURIComponent(id)}`;
}

export interface ItemRoute {
  /** The item shown, or null for the list. */
  openId: string | null;
  open(id: string): void;
  backToList(): void;
}

export function useItemRoute(screen: ScreenId): ItemRoute {
  const [openId, setOpenId] = useState(() => itemIdFromHash(screen, window.location.hash));
  useEffect(() => {
    const onHashChange = () => setOpenId(itemIdFromHash(screen, window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [screen]);
  const open = useCallback((id: string) => {
    window.location.hash = itemHash(screen, id);
  }, [screen]);
  const backToList = useCallback(() => {
    window.location.hash = `#/${screen}`;
  }, [screen]);
  return { openId, open, backToList };
}
