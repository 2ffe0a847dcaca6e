// Splits a snippet into plain and highlighted pieces from [start, end) ranges, so it renders as text and <mark>, never as HTML.
import type { Highlight } from '../../../shared/search/snippet';

export interface TextPiece {
  text: string;
  marked: boolean;
}

/** Pieces of `text` in order; ranges are clamped to the text, sorted, and overlapping ones merged. */
export function highlightPieces(text: string, highlights: readonly Highlight[]): TextPiece[] {
  const ranges = highlights
    .map(({ start, end }) => ({ start: Math.max(0, Math.min(start, text.length)), end: Math.max(0, Math.min(end, text.length)) }))
    .filter(({ start, end }) => end > start)
    .sort((a, b) => a.start - b.start);
  const pieces: TextPiece[] = [];
  let cursor = 0;
  for (const { start, end } of ranges) {
    if (end <= cursor) continue;
    const from = Math.max(start, cursor);
    if (from > cursor) pieces.push({ text: text.slice(cursor, from), marked: false });
    pieces.push({ text: text.slice(from, end), marked: true });
    cursor = end;
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor), marked: false });
  return pieces;
}
