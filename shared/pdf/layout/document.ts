// Lays a composed packet out on pages: cover, table of contents (second pass for page numbers), header block, body, furniture.
import type { PageGeometry } from '../adjust.js';
import type { ComposedDocument } from '../compose/document.js';
import type { FontSet } from '../fonts/font-set.js';
import type { LayoutPreset } from '../presets.js';
import type { FootnoteRef } from '../text/items.js';
import { layoutBlock, layoutParagraph } from './blocks.js';
import type { LayoutContext } from './context.js';
import { layoutContents, layoutCover, type CoverInput } from './front.js';
import { addFurniture, type FurnitureInput } from './furniture.js';
import { layoutHeaderBlock, type HeaderInput } from './header-block.js';
import { Paginator } from './paginate.js';
import { textParagraph } from './stack.js';
import type { BlockSlices, DrawItem, OutlineEntry, PositionedPage, Slice } from './types.js';

export interface DocumentPlan {
  cover: CoverInput | null;
  contentsTitle: string | null;
  header: HeaderInput;
  furniture: FurnitureInput;
  sectionPageBreak: boolean;
}

export interface LaidOutDocument {
  pages: PositionedPage[];
  outline: OutlineEntry[];
  /** Page of the first body page (header block). */
  firstBodyPage: number;
  contentsPages: number[];
  stats: LayoutContext['stats'];
}

function footnoteLayout(ctx: LayoutContext, preset: LayoutPreset): (ref: FootnoteRef) => Slice[] {
  const cache = new Map<string, Slice[]>();
  const size = ctx.geometry.bodySize - preset.smallerBy.footnote;
  const { margins, width } = ctx.geometry;
  return (ref) => {
    let slices = cache.get(ref.label);
    if (!slices) {
      const block = textParagraph('', { size, bold: false, italic: false, uppercase: false }, 'justify');
      block.marker = [{ kind: 'text', text: ref.label, style: { bold: false, italic: false, underline: false, size, link: null, superscript: true } }];
      block.inlines = ref.note.map((inline) => (inline.kind === 'text' ? { ...inline, style: { ...inline.style, size } } : inline));
      slices = layoutParagraph(block, margins.left, width - margins.left - margins.right, { ...ctx, geometry: { ...ctx.geometry, lineSpacing: 1 } }).slices;
      cache.set(ref.label, slices);
    }
    return slices;
  };
}

function footnoteSeparator(ctx: LayoutContext): (y: number) => DrawItem[] {
  const { margins, width } = ctx.geometry;
  return (y) => [{ kind: 'line', x1: margins.left, y1: y, x2: margins.left + (width - margins.left - margins.right) / 3, y2: y, width: 0.5 }];
}

function paginate(ctx: LayoutContext, preset: LayoutPreset, kind: 'toc' | 'body', firstNumber: number, blocks: readonly BlockSlices[]): { pages: PositionedPage[]; outline: OutlineEntry[] } {
  const g: PageGeometry = ctx.geometry;
  const paginator = new Paginator({
    kind,
    firstNumber,
    width: g.width,
    height: g.height,
    textLeft: g.margins.left,
    textWidth: g.width - g.margins.left - g.margins.right,
    frame: () => ({ top: g.margins.top, bottom: g.height - g.margins.bottom }),
    footnote: footnoteLayout(ctx, preset),
  });
  paginator.place(blocks);
  return { pages: paginator.finish(footnoteSeparator(ctx)), outline: paginator.outline };
}

export function layoutDocument(composed: ComposedDocument, plan: DocumentPlan, preset: LayoutPreset, geometry: PageGeometry, fonts: FontSet): LaidOutDocument {
  const ctx: LayoutContext = { fonts, geometry, preset, stats: { optimalParagraphs: 0, greedyParagraphs: 0, lines: 0 } };
  const x = geometry.margins.left;
  const width = geometry.width - geometry.margins.left - geometry.margins.right;
  const front: PositionedPage[] = plan.cover ? [layoutCover(plan.cover, preset, ctx)] : [];

  const body: BlockSlices[] = [layoutHeaderBlock(plan.header, preset, ctx)];
  let firstSection = true;
  for (const block of composed.blocks) {
    const laid = layoutBlock(block, x, width, ctx);
    if (plan.sectionPageBreak && block.kind === 'paragraph' && block.role === 'section') {
      if (!firstSection) laid.pageBreakBefore = true;
      firstSection = false;
    }
    body.push(laid);
  }

  // The contents entries have a fixed number column, so their page count does not depend on the numbers:
  // pass 1 counts the contents pages, the body is laid out after them, pass 2 writes the real numbers.
  let contents: PositionedPage[] = [];
  if (plan.contentsTitle !== null) {
    contents = paginate(ctx, preset, 'toc', front.length + 1, layoutContents(plan.contentsTitle, composed.outline, () => 0, ctx)).pages;
  }
  const firstBodyPage = front.length + contents.length + 1;
  const laidBody = paginate(ctx, preset, 'body', firstBodyPage, body);
  if (plan.contentsTitle !== null) {
    const pageOf = new Map(laidBody.outline.map((entry) => [entry.anchor, entry.page]));
    const second = paginate(ctx, preset, 'toc', front.length + 1, layoutContents(plan.contentsTitle, composed.outline, (anchor) => pageOf.get(anchor) ?? null, ctx)).pages;
    if (second.length !== contents.length) throw new Error('Table of contents changed length between passes');
    contents = second;
  }
  const pages = [...front, ...contents, ...laidBody.pages];
  addFurniture(pages, plan.furniture, preset, ctx);
  return { pages, outline: laidBody.outline, firstBodyPage, contentsPages: contents.map((p) => p.number), stats: ctx.stats };
}
