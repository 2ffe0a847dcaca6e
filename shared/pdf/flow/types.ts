// The composed document: blocks and styled inlines between the rich-text mapping and the page layout (no positions yet).

export type LinkTarget = { kind: 'uri'; href: string } | { kind: 'anchor'; id: string };

export interface RunStyle {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  size: number;
  link: LinkTarget | null;
  superscript: boolean;
}

export type Inline =
  | { kind: 'text'; text: string; style: RunStyle }
  | { kind: 'break' }
  /** A footnote reference: the label is printed superscript, the note at the foot of the page. */
  | { kind: 'footnote'; label: string; note: Inline[]; style: RunStyle };

/** A vertical rule drawn beside the lines of a talking point, Q&A or internal note (x from the text area's left). */
export interface Bar {
  id: string;
  x: number;
}

export type Align = 'justify' | 'left' | 'center' | 'right';

/** What the block is, for tests, snapshots and the HTML rendering. */
export type BlockRole =
  | 'body'
  | 'section'
  | 'heading'
  | 'list-item'
  | 'quote'
  | 'quote-reference'
  | 'talking-point-title'
  | 'qa-question'
  | 'qa-answer-label'
  | 'note-label'
  | 'cited-list'
  | 'proof-point';

export interface OutlineTarget {
  title: string;
  /** 1 = section, 2.. = headings inside it. */
  level: number;
  anchor: string;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  role: BlockRole;
  inlines: Inline[];
  /** Marker placed before the first line ("1.", "a)", "-"), followed by a fixed space. */
  marker: Inline[] | null;
  align: Align;
  size: number;
  firstLineIndent: number;
  leftIndent: number;
  rightIndent: number;
  spaceBefore: number;
  spaceAfter: number;
  keepWithNext: boolean;
  pageBreakBefore: boolean;
  bars: Bar[];
  outline: OutlineTarget | null;
  /** Content excluded from the handout (checked by tests and preflight). */
  internal: boolean;
}

export interface TableCell {
  blocks: Block[];
  colspan: number;
}

export interface TableRow {
  header: boolean;
  cells: TableCell[];
}

export interface TableBlock {
  kind: 'table';
  /** Relative column widths (any unit; scaled to the available width). */
  columns: number[];
  rows: TableRow[];
  leftIndent: number;
  spaceBefore: number;
  spaceAfter: number;
  bars: Bar[];
  internal: boolean;
}

export interface RuleBlock {
  kind: 'rule';
  leftIndent: number;
  rightIndent: number;
  spaceBefore: number;
  spaceAfter: number;
  bars: Bar[];
}

export type Block = ParagraphBlock | TableBlock | RuleBlock;
