// Reading helpers over stored rich text for the composer and preflight: word count, references with their place, internal notes.
import { plainText, type RichNode } from '../model/rich-text.js';
import { NODE_ATTRS, type NodeType } from './nodes.js';

/** Node types without content (their ProseMirror size is 1; text counts its UTF-16 length). Checked against the schema in tests. */
export const LEAF_NODE_TYPES = {
  doc: false,
  paragraph: false,
  text: true,
  heading: false,
  bulletList: false,
  orderedList: false,
  listItem: false,
  blockquote: false,
  hardBreak: true,
  horizontalRule: true,
  table: false,
  tableRow: false,
  tableHeader: false,
  tableCell: false,
  citation: true,
  variable: true,
  talkingPointBlock: true,
  qaBlock: true,
  internalNote: false,
  directiveExcerpt: false,
} as const satisfies Record<NodeType, boolean>;

/** Where a node sits in a document. */
export interface DocLocation {
  /** Child indices from the document down to the node. */
  path: readonly number[];
  /** ProseMirror position just before the node (what the editor selects or scrolls to). */
  pos: number;
  /** Index of the top-level block that holds the node. */
  block: number;
  /** Inside an internal note (printed in the briefing book only). */
  internal: boolean;
}

export type DocReference =
  | { kind: 'citation'; directiveId: string; pinpoint: string; at: DocLocation }
  | { kind: 'variable'; name: string; at: DocLocation }
  | { kind: 'talkingPoint'; talkingPointId: string; revision: number; at: DocLocation }
  | { kind: 'qa'; qaId: string; revision: number; at: DocLocation }
  | { kind: 'directiveExcerpt'; directiveId: string; excerptId: string | null; at: DocLocation };

export interface InternalNoteInfo {
  at: DocLocation;
  /** The note's text, paragraphs and list items on separate lines. */
  text: string;
}

/** A section of a packet or template as these helpers need it. */
export interface SectionContent {
  id: string;
  content: RichNode;
}

export type InSection<T> = T & { sectionId: string; sectionIndex: number };

function nodeSize(node: RichNode): number {
  if (node.type === 'text') return node.text?.length ?? 0;
  if (LEAF_NODE_TYPES[node.type]) return 1;
  return 2 + (node.content ?? []).reduce((size, child) => size + nodeSize(child), 0);
}

/** Visits every node under `doc` (not the doc itself) in document order with its location. */
export function forEachNode(doc: RichNode, visit: (node: RichNode, at: DocLocation) => void): void {
  const walk = (parent: RichNode, parentPath: readonly number[], start: number, block: number, internal: boolean): void => {
    let pos = start;
    (parent.content ?? []).forEach((child, index) => {
      const path = [...parentPath, index];
      const topBlock = parentPath.length === 0 ? index : block;
      visit(child, { path, pos, block: topBlock, internal });
      if (!LEAF_NODE_TYPES[child.type]) walk(child, path, pos + 1, topBlock, internal || child.type === 'internalNote');
      pos += nodeSize(child);
    });
  };
  walk(doc, [], 0, 0, false);
}

function referenceOf(node: RichNode, at: DocLocation): DocReference | null {
  const attrs = node.attrs ?? {};
  switch (node.type) {
    case 'citation': {
      const parsed = NODE_ATTRS.citation.safeParse(attrs);
      return parsed.success ? { kind: 'citation', ...parsed.data, at } : null;
    }
    case 'variable': {
      const parsed = NODE_ATTRS.variable.safeParse(attrs);
      return parsed.success ? { kind: 'variable', ...parsed.data, at } : null;
    }
    case 'talkingPointBlock': {
      const parsed = NODE_ATTRS.talkingPointBlock.safeParse(attrs);
      return parsed.success ? { kind: 'talkingPoint', ...parsed.data, at } : null;
    }
    case 'qaBlock': {
      const parsed = NODE_ATTRS.qaBlock.safeParse(attrs);
      return parsed.success ? { kind: 'qa', ...parsed.data, at } : null;
    }
    case 'directiveExcerpt': {
      const parsed = NODE_ATTRS.directiveExcerpt.safeParse(attrs);
      return parsed.success ? { kind: 'directiveExcerpt', ...parsed.data, at } : null;
    }
    default:
      return null;
  }
}

/** Every citation, variable, talking point, Q&A block and directive excerpt, in document order (nodes with invalid attrs are skipped). */
export function referencesIn(doc: RichNode): DocReference[] {
  const found: DocReference[] = [];
  forEachNode(doc, (node, at) => {
    const reference = referenceOf(node, at);
    if (reference) found.push(reference);
  });
  return found;
}

/** Internal notes in document order, with their text (notes cannot nest). */
export function internalNotesIn(doc: RichNode): InternalNoteInfo[] {
  const notes: InternalNoteInfo[] = [];
  forEachNode(doc, (node, at) => {
    if (node.type === 'internalNote') notes.push({ at, text: plainText(node) });
  });
  return notes;
}

/** A run of non-space characters holding at least one letter or digit ("–" alone is not a word, "09/2017/NĐ-CP" is). */
const WORD = /[^\s\p{L}\p{N}]*[\p{L}\p{N}]\S*/gu;

/** Stand-in word for a citation or variable chip: one word, separated from the text around it. */
const ATOM_WORD = ' x ';

/** Whitespace-separated words (a Vietnamese syllable counts as a word, as in Word); citations and variables count as one word each. */
export function wordCount(node: RichNode): number {
  const parts: string[] = [];
  const collect = (current: RichNode): void => {
    if (current.type === 'text') parts.push(current.text ?? '');
    else if (current.type === 'citation' || current.type === 'variable') parts.push(ATOM_WORD);
    else if (LEAF_NODE_TYPES[current.type]) parts.push(' ');
    else {
      parts.push(' ');
      for (const child of current.content ?? []) collect(child);
      parts.push(' ');
    }
  };
  collect(node);
  return parts.join('').match(WORD)?.length ?? 0;
}

function inSections<T>(sections: readonly SectionContent[], read: (doc: RichNode) => T[]): Array<InSection<T>> {
  return sections.flatMap((section, sectionIndex) => read(section.content).map((item) => ({ ...item, sectionId: section.id, sectionIndex })));
}

/** References of a whole packet, section by section. */
export function referencesInSections(sections: readonly SectionContent[]): Array<InSection<DocReference>> {
  return inSections(sections, referencesIn);
}

/** Internal notes of a whole packet, section by section. */
export function internalNotesInSections(sections: readonly SectionContent[]): Array<InSection<InternalNoteInfo>> {
  return inSections(sections, internalNotesIn);
}
