// The shape of search results as the palette receives them: groups per kind, each result with a highlighted snippet.
import type { SearchField, SearchKind } from './documents.js';
import type { Highlight } from './snippet.js';

export interface SearchHit {
  kind: SearchKind;
  /** The item's id (a packet's, a template's, a directive's…). */
  id: string;
  /** The matched section of a packet or template, so the item can be opened at the match; null otherwise. */
  sectionId: string | null;
  title: string;
  titleHighlights: Highlight[];
  subtitle: string;
  /** Plain NFC text; highlights are [start, end) UTF-16 offsets into it (render as text nodes and <mark>, never as HTML). */
  snippet: string;
  snippetHighlights: Highlight[];
  /** The field the snippet comes from. */
  field: SearchField;
  score: number;
}

export interface SearchGroup {
  kind: SearchKind;
  hits: SearchHit[];
  /** Whether more items matched than `limit` let through. */
  more: boolean;
}

export interface SearchResults {
  /** Groups with at least one hit, best-scoring group first. */
  groups: SearchGroup[];
}
