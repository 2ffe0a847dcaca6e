// Points out a search hit's words in a section's editor: the first occurrence selected and scrolled into view, every one highlighted for a moment.
import type { Editor } from '@tiptap/react';
import { highlightRanges } from '../../../../shared/search/snippet';

/** The CSS custom highlight name (styled with `::highlight(search-match)`). */
export const SEARCH_MATCH_HIGHLIGHT = 'search-match';
const HIGHLIGHT_MS = 4_000;
const MAX_MATCHES = 200;

let clearTimer = 0;

interface DocRange {
  from: number;
  to: number;
}

/** Document ranges of the words in `terms` (folded or exact lower-case forms, as the search matched them), in order. */
export function matchRanges(editor: Editor, terms: readonly string[]): DocRange[] {
  const wanted = new Set(terms);
  const ranges: DocRange[] = [];
  if (wanted.size === 0) return ranges;
  editor.state.doc.descendants((node, pos) => {
    if (ranges.length >= MAX_MATCHES) return false;
    if (!node.isText) return true;
    for (const hit of highlightRanges(node.text ?? '', wanted)) ranges.push({ from: pos + hit.start, to: pos + hit.end });
    return false;
  });
  return ranges;
}

function domRange(editor: Editor, { from, to }: DocRange): Range | null {
  try {
    const start = editor.view.domAtPos(from);
    const end = editor.view.domAtPos(to);
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return range;
  } catch {
    return null;
  }
}

/** Highlights the ranges without touching the document (no undo step, no save), and clears them after a while. */
function flash(editor: Editor, ranges: readonly DocRange[]): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  const domRanges = ranges.map((range) => domRange(editor, range)).filter((range): range is Range => range !== null);
  if (domRanges.length === 0) return;
  CSS.highlights.set(SEARCH_MATCH_HIGHLIGHT, new Highlight(...domRanges));
  window.clearTimeout(clearTimer);
  clearTimer = window.setTimeout(() => CSS.highlights.delete(SEARCH_MATCH_HIGHLIGHT), HIGHLIGHT_MS);
}

/**
 * Selects the first matched word and scrolls it to the middle of the view, highlighting all of them; with no match
 * (the words were edited away since), puts the cursor at the start of the section. Whether a word was found.
 */
export function revealMatches(editor: Editor, terms: readonly string[]): boolean {
  const ranges = matchRanges(editor, terms);
  const first = ranges[0];
  if (!first) {
    editor.chain().focus('start').scrollIntoView().run();
    return false;
  }
  editor.chain().focus().setTextSelection(first).scrollIntoView().run();
  const target = domRange(editor, first)?.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center' });
  flash(editor, ranges);
  return true;
}
