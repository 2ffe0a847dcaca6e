// A snippet or title as React text nodes with <mark> around the matched ranges (never parsed as HTML).
import type { Highlight } from '../../../shared/search/snippet';
import { highlightPieces } from './highlight';

export function HighlightedText({ text, highlights }: { text: string; highlights: readonly Highlight[] }) {
  return (
    <>
      {highlightPieces(text, highlights).map((piece, index) =>
        piece.marked ? (
          <mark key={index} className="search-mark">
            {piece.text}
          </mark>
        ) : (
          <span key={index}>{piece.text}</span>
        ),
      )}
    </>
  );
}
