// Find in packet: where a query occurs in a section's document, ignoring case and Vietnamese diacritics ("quyen" finds "quyền").
import type { Node as PmNode } from '@tiptap/pm/model';
import { foldVietnamese } from '../../../../shared/text/normalize';

export interface DocRange {
  from: number;
  to: number;
}

interface TextBlock {
  /** The block's folded text; one character per document position (an inline atom is one placeholder). */
  folded: string;
  /** Document position of the block's first character. */
  start: number;
}

/** Stands for an inline node that is not text (citation, variable, line break): never part of a match. */
const ATOM = '\uFFFC';
const blockCache = new WeakMap<PmNode, TextBlock[]>();

/** Folds one UTF-16 unit at a time so that the folded text keeps the original's length (positions stay valid). */
export function foldKeepingLength(text: string): string {
  let folded = '';
  for (const char of text) {
    const one = foldVietnamese(char);
    folded += one.length === char.length ? one : char;
  }
  return folded;
}

function blocksOf(doc: PmNode): TextBlock[] {
  const cached = blockCache.get(doc);
  if (cached) return cached;
  const blocks: TextBlock[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    let text = '';
    node.forEach((child) => {
      text += child.isText ? (child.text ?? '') : ATOM.repeat(child.nodeSize);
    });
    blocks.push({ folded: foldKeepingLength(text), start: pos + 1 });
    return false;
  });
  blockCache.set(doc, blocks);
  return blocks;
}

/** Every non-overlapping occurrence of `query` in the document, in reading order (none for a blank query). */
export function findInDoc(doc: PmNode, query: string): DocRange[] {
  const needle = foldKeepingLength(query.normalize('NFC').trim());
  if (needle === '') return [];
  const ranges: DocRange[] = [];
  for (const block of blocksOf(doc)) {
    let index = block.folded.indexOf(needle);
    while (index !== -1) {
      ranges.push({ from: block.start + index, to: block.start + index + needle.length });
      index = block.folded.indexOf(needle, index + needle.length);
    }
  }
  return ranges;
}
