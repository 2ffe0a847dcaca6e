// Points out a search hit's words in a section's editor: the first occurrence selected and scrolled into view, every one highlighted for a moment.
import type { Editor } from '@tiptap/react';
import { highlightRanges } from '../../../../shared/search/snippet';
import { flashRanges, scrollToMiddle } from '../../search/pointOut';

const MAX_MATCHES = 200;

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
  const firstRange = domRange(editor, first);
  if (firstRange) scrollToMiddle(firstRange);
  flashRanges(ranges.map((range) => domRange(editor, range)).filter((range): range is Range => range !== null));
  return true;
}
