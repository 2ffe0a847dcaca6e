// A screen's own route in the URL hash: "#/<screen>" is its list, "#/<screen>/<id>" one item, "?section=…&find=…" the place to show.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { idSchema } from '../../../shared/model/common';
import type { ScreenId } from './screens';

const MAX_FIND_TERMS = 12;
const MAX_TERM_LENGTH = 80;

/** Where to open the item: a section (of a packet) and the words to point out in it. */
export interface ItemFocus {
  sectionId: string | null;
  /** Matched words (as the search folded them); empty when nothing is to be highlighted. */
  terms: string[];
}

/** "#/<screen>/<id>?<query>" split at the route's prefix; null when the hash is not this screen's item route. */
function itemParts(screen: ScreenId, hash: string): { raw: string; query: string } | null {
  const prefix = hash.startsWith('#/') ? `#/${screen}/` : `#${screen}/`;
  if (!hash.startsWith(prefix)) return null;
  const rest = hash.slice(prefix.length);
  const mark = rest.indexOf('?');
  return mark < 0 ? { raw: rest, query: '' } : { raw: rest.slice(0, mark), query: rest.slice(mark + 1) };
}

/** The id in "#/<screen>/<id>" (with or without a "?…" focus), or null for the list (or anything else). */
export function itemIdFromHash(screen: ScreenId, hash: string): string | null {
  const parts = itemParts(screen, hash);
  if (!parts || parts.raw === '' || /[/?#]/.test(parts.raw)) return null;
  let id: string;
  try {
    id = decodeURIComponent(parts.raw);
  } catch {
    return null;
  }
  return idSchema.safeParse(id).success ? id : null;
}

/** The "?section=<id>&find=<word> <word>" part of an item route; null when there is none (or the section id is not an id). */
export function itemFocusFromHash(screen: ScreenId, hash: string): ItemFocus | null {
  const parts = itemParts(screen, hash);
  if (!parts || parts.query === '' || itemIdFromHash(screen, hash) === null) return null;
  const params = new URLSearchParams(parts.query);
  const section = params.get('section');
  const sectionId = section !== null && idSchema.safeParse(section).success ? section : null;
  const terms = (params.get('find') ?? '')
    .split(/\s+/)
    .filter((term) => term !== '' && term.length <= MAX_TERM_LENGTH)
    .slice(0, MAX_FIND_TERMS);
  return sectionId === null && terms.length === 0 ? null : { sectionId, terms };
}

export function itemHash(screen: ScreenId, id: string, focus?: ItemFocus): string {
  const base = `#/${screen}/${encodeURIComponent(id)}`;
  if (!focus) return base;
  const params = new URLSearchParams();
  if (focus.sectionId !== null) params.set('section', focus.sectionId);
  if (focus.terms.length > 0) params.set('find', focus.terms.join(' '));
  const query = params.toString();
  return query === '' ? base : `${base}?${query}`;
}

export interface ItemRoute {
  /** The item shown, or null for the list. */
  openId: string | null;
  /** Where in the item to open it (from a search hit), or null. A new object on every hashchange event, even to the same hash. */
  focus: ItemFocus | null;
  open(id: string): void;
  backToList(): void;
}

export function useItemRoute(screen: ScreenId): ItemRoute {
  // A new object per hashchange event, even to the same hash: opening the same search hit again shows its place again.
  const [location, setLocation] = useState(() => ({ hash: window.location.hash }));
  useEffect(() => {
    const onHashChange = () => setLocation({ hash: window.location.hash });
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const openId = itemIdFromHash(screen, location.hash);
  const focus = useMemo(() => itemFocusFromHash(screen, location.hash), [screen, location]);
  const open = useCallback((id: string) => {
    window.location.hash = itemHash(screen, id);
  }, [screen]);
  const backToList = useCallback(() => {
    window.location.hash = `#/${screen}`;
  }, [screen]);
  return { openId, focus, open, backToList };
}
