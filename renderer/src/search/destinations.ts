// Where a search hit opens: the screen route of its kind, with the item's id (and the matched section and words) where that screen can open one by id.
import type { SearchHit } from '../../../shared/search/results';
import { foldVietnamese } from '../../../shared/text/normalize';
import { itemHash, type ItemFocus } from '../app/itemRoute';
import { hashOf, type ScreenId } from '../app/screens';

const MAX_TERMS = 8;

/** The matched words of a hit, folded (so any accented spelling of them is pointed out), from its snippet first. */
export function matchedTerms(hit: Pick<SearchHit, 'snippet' | 'snippetHighlights' | 'title' | 'titleHighlights'>): string[] {
  const words = [
    ...hit.snippetHighlights.map(({ start, end }) => hit.snippet.slice(start, end)),
    ...hit.titleHighlights.map(({ start, end }) => hit.title.slice(start, end)),
  ];
  const terms = new Set(words.map((word) => foldVietnamese(word.trim())).filter((term) => term !== '' && !/\s/.test(term)));
  return [...terms].slice(0, MAX_TERMS);
}

function focusOf(hit: SearchHit): ItemFocus {
  return { sectionId: hit.sectionId, terms: matchedTerms(hit) };
}

/**
 * Directives and packets open the item itself, its matched words pointed out (#/directives/<id>?find=<words>,
 * #/packets/<id>?section=<id>&find=<words>: a packet at the matched section). Talking points, Q&A and templates have no route by id yet: their
 * hit opens the library screen of that kind.
 */
export function hashOfHit(hit: SearchHit): string {
  switch (hit.kind) {
    case 'directive':
      return itemHash('directives', hit.id, { sectionId: null, terms: matchedTerms(hit) });
    case 'packet':
      return itemHash('packets', hit.id, focusOf(hit));
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
