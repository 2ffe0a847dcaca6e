// Where a search hit opens: the screen route of its kind, with the item's id where that screen can open one by id.
import type { SearchHit } from '../../../shared/search/results';
import { itemHash } from '../app/itemRoute';
import { hashOf, type ScreenId } from '../app/screens';

/**
 * Directives and packets open the item itself (#/directives/<id>, #/packets/<id>). Talking points, Q&A and templates
 * have no route by id yet: their hit opens the library screen of that kind.
 */
export function hashOfHit(hit: Pick<SearchHit, 'kind' | 'id'>): string {
  switch (hit.kind) {
    case 'directive':
      return itemHash('directives', hit.id);
    case 'packet':
      return itemHash('packets', hit.id);
    default:
      return hashOf(screenOfKind(hit.kind));
  }
}

/** Whether the hit's destination shows that very item (not only its library screen). */
export function opensItem(hit: Pick<SearchHit, 'kind'>): boolean {
  return hit.kind === 'directive' || hit.kind === 'packet';
}

/** The screen that lists items of this kind. */
export function screenOfKind(kind: SearchHit['kind']): ScreenId {
  switch (kind) {
    case 'directive':
      return 'directives';
    case 'packet':
      return 'packets';
    case 'talkingPoint':
      return 'talkingPoints';
    case 'qaItem':
      return 'qa';
    case 'template':
      return 'templates';
  }
}
