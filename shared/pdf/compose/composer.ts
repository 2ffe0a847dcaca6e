// The composing state: block and inline sinks, the container frame (indent, bars, style), lists, tables, anchors and the report.
import type { RichMark, RichNode } from '../../model/rich-text.js';
import type { PageGeometry } from '../adjust.js';
import type { Align, Bar, Block, BlockRole, Inline, OutlineTarget, ParagraphBlock, RunStyle, TableCell, TableRow } from '../flow/types.js';
import type { LayoutPreset } from '../presets.js';
import { LABELS, type Labels } from './labels.js';
import { MARK_EXPORTERS } from './marks.js';
import type { ResolvedPacket } from './resolved.js';
import { markerText, type ListFrame } from './markers.js';
import { CitationTracker } from './tracker.js';

export type ExportProfile = 'full' | 'handout';

export interface ComposeSettings {
  profile: ExportProfile;
  citations: 'endList' | 'footnotes';
  bilingual: boolean;
}

export type WarningCode = 'unfilled_variable' | 'missing_reference' | 'changed_since_inserted' | 'rowspan_flattened' | 'document_number_shape';

export interface ExportWarning {
  code: WarningCode;
  detail: string;
}

export interface ExcludedCounts {
  sections: number;
  internalNotes: number;
  sensitiveQa: number;
  internalTalkingPoints: number;
}

export interface Frame {
  leftIndent: number;
  rightIndent: number;
  firstLineIndent: number;
  bars: Bar[];
  internal: boolean;
  bold: boolean;
  italic: boolean;
  size: number;
  align: Align;
  spaceAfter: number;
  role: BlockRole;
  language: 'vi' | 'en';
  /** Headings here get bookmarks and table-of-contents entries (packet sections only). */
  outline: boolean;
}


export type RenderNode = (node: RichNode, composer: Composer) => void;

export class Composer {
  readonly root: Block[] = [];
  private sink: Block[] = this.root;
  private inlines: Inline[] | null = null;
  private implicit = false;
  frame: Frame;
  private readonly lists: ListFrame[] = [];
  private pendingMarker: Inline[] | null = null;
  private table: { rows: TableRow[]; columns: number[] } | null = null;
  private row: { cells: TableCell[]; headers: boolean[] } | null = null;
  private anchorSeq = 0;
  private barSeq = 0;
  private footnoteSeq = 0;
  readonly citations: CitationTracker;
  readonly warnings: ExportWarning[] = [];
  readonly excluded: ExcludedCounts = { sections: 0, internalNotes: 0, sensitiveQa: 0, internalTalkingPoints: 0 };

  constructor(
    readonly resolved: ResolvedPacket,
    readonly settings: ComposeSettings,
    readonly preset: LayoutPreset,
    readonly geometry: PageGeometry,
    private readonly renderNode: RenderNode,
  ) {
    this.citations = new CitationTracker(settings.citations);
    this.frame = {
      leftIndent: 0,
      rightIndent: 0,
      firstLineIndent: geometry.firstLineIndent,
      bars: [],
      internal: false,
      bold: false,
      italic: false,
      size: geometry.bodySize,
      align: 'justify',
      spaceAfter: geometry.paragraphSpacing,
      role: 'body',
      language: 'vi',
      outline: true,
    };
  }

  get labels(): Labels {
    return LABELS[this.frame.language];
  }

  warn(code: WarningCode, detail: string): void {
    if (!this.warnings.some((w) => w.code === code && w.detail === detail)) this.warnings.push({ code, detail });
  }

  children(node: RichNode): void {
    for (const child of node.content ?? []) this.renderNode(child, this);
  }

  withFrame(patch: Partial<Frame>, body: () => void): void {
    const saved = this.frame;
    this.closeImplicit();
    this.frame = { ...saved, ...patch };
    try {
      body();
      this.closeImplicit();
    } finally {
      this.frame = saved;
    }
  }

  /** A frame with a vertical bar at the current indent and the text moved right of it. */
  barred(patch: Partial<Frame>, body: () => void): void {
    const bar: Bar = { id: `bar-${++this.barSeq}`, x: this.frame.leftIndent + 2 };
    this.closeImplicit();
    const start = this.sink.length;
    this.withFrame({ ...patch, bars: [...this.frame.bars, bar], leftIndent: this.frame.leftIndent + 12 }, body);
    const first = this.sink[start];
    const last = this.sink[this.sink.length - 1];
    if (first && last && this.sink.length > start) {
      first.spaceBefore = Math.max(first.spaceBefore, this.geometry.paragraphSpacing * 1.5);
      last.spaceAfter = Math.max(last.spaceAfter, this.geometry.paragraphSpacing * 1.5);
    }
  }

  baseStyle(): RunStyle {
    return { bold: this.frame.bold, italic: this.frame.italic, underline: false, size: this.frame.size, link: null, superscript: false };
  }

  styleWith(marks: readonly RichMark[]): RunStyle {
    let style = this.baseStyle();
    for (const mark of marks) style = MARK_EXPORTERS[mark.type](style, mark.attrs ?? {});
    return style;
  }

  inline(inline: Inline): void {
    if (!this.inlines) {
      this.inlines = [];
      this.implicit = true;
    }
    this.inlines.push(inline);
  }

  text(text: string, style: RunStyle = this.baseStyle()): void {
    if (text.length > 0) this.inline({ kind: 'text', text: text.normalize('NFC'), style });
  }

  footnote(note: string): void {
    const label = String(++this.footnoteSeq);
    const base = this.baseStyle();
    this.inline({ kind: 'footnote', label, style: { ...base, superscript: true }, note: [{ kind: 'text', text: note, style: { ...base, bold: false, italic: false } }] });
  }

  closeImplicit(): void {
    if (this.implicit && this.inlines) {
      const inlines = this.inlines;
      this.inlines = null;
      this.implicit = false;
      this.pushParagraph(inlines);
    }
  }

  /** Collects the inlines written by `body` into one paragraph (with the pending list marker). */
  paragraph(body: () => void, patch: Partial<ParagraphBlock> = {}): ParagraphBlock {
    this.closeImplicit();
    const saved = this.inlines;
    const inlines: Inline[] = [];
    this.inlines = inlines;
    try {
      body();
    } finally {
      this.inlines = saved;
    }
    return this.pushParagraph(inlines, patch);
  }

  pushParagraph(inlines: Inline[], patch: Partial<ParagraphBlock> = {}): ParagraphBlock {
    const f = this.frame;
    const block: ParagraphBlock = {
      kind: 'paragraph',
      role: f.role,
      inlines,
      marker: this.pendingMarker,
      align: f.align,
      size: f.size,
      firstLineIndent: f.firstLineIndent,
      leftIndent: f.leftIndent,
      rightIndent: f.rightIndent,
      spaceBefore: 0,
      spaceAfter: f.spaceAfter,
      keepWithNext: false,
      pageBreakBefore: false,
      bars: f.bars,
      outline: null,
      internal: f.internal,
      ...patch,
    };
    this.pendingMarker = null;
    this.sink.push(block);
    return block;
  }

  pushBlock(block: Block): void {
    this.closeImplicit();
    this.sink.push(block);
  }

  nextAnchor(prefix: string): string {
    return `${prefix}-${++this.anchorSeq}`;
  }

  outlineFor(title: string, level: number): OutlineTarget | null {
    return this.frame.outline ? { title, level, anchor: this.nextAnchor('h') } : null;
  }

  list(kind: ListFrame['kind'], start: number, body: () => void): void {
    this.closeImplicit();
    this.lists.push({ kind, counter: start, depth: this.lists.length });
    try {
      body();
    } finally {
      this.lists.pop();
    }
  }

  listItem(body: () => void): void {
    this.closeImplicit();
    const list = this.lists[this.lists.length - 1];
    const marker = list ? markerText(list) : '-';
    if (list) list.counter++;
    this.pendingMarker = [{ kind: 'text', text: marker, style: this.baseStyle() }];
    this.withFrame({ role: 'list-item' }, body);
    if (this.pendingMarker) this.pushParagraph([]);
  }

  /** Puts inlines before the next paragraph's first word (a list marker, a "Trả lời:" label). */
  prefixNext(inlines: Inline[]): void {
    this.pendingMarker = inlines;
  }

  /** Writes each table row through `body`; cells collect their own blocks. */
  tableBlock(columns: number[], body: () => void): void {
    this.closeImplicit();
    const saved = { table: this.table, row: this.row };
    this.table = { rows: [], columns };
    try {
      body();
      const table = this.table;
      const width = Math.max(columns.length, ...table.rows.map((r) => r.cells.reduce((n, c) => n + c.colspan, 0)));
      const cols = columns.length === width ? columns : Array.from({ length: width }, () => 1);
      this.pushBlock({ kind: 'table', columns: cols, rows: table.rows, leftIndent: this.frame.leftIndent, spaceBefore: 3, spaceAfter: this.frame.spaceAfter, bars: this.frame.bars, internal: this.frame.internal });
    } finally {
      this.table = saved.table;
      this.row = saved.row;
    }
  }

  tableRow(body: () => void): void {
    if (!this.table) return this.withFrame({}, body);
    const row = { cells: [], headers: [] };
    this.row = row;
    body();
    this.table.rows.push({ header: row.headers.length > 0 && row.headers.every(Boolean), cells: row.cells });
    this.row = null;
  }

  tableCell(header: boolean, colspan: number, body: () => void): void {
    const row = this.row;
    if (!row) return this.withFrame({}, body);
    const savedSink = this.sink;
    const savedTable = this.table;
    const blocks: Block[] = [];
    this.sink = blocks;
    this.table = null;
    const size = this.geometry.bodySize - this.preset.smallerBy.table;
    try {
      this.withFrame({ leftIndent: 0, rightIndent: 0, firstLineIndent: 0, bars: [], bold: header || this.frame.bold, size, align: header ? 'center' : 'left', spaceAfter: 2 }, body);
    } finally {
      this.sink = savedSink;
      this.table = savedTable;
    }
    row.cells.push({ blocks, colspan });
    row.headers.push(header);
  }
}
