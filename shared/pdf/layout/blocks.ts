// Block layout: paragraphs into line slices (widows and orphans marked), rules, and dispatch to tables.
import type { Block, ParagraphBlock, RuleBlock } from '../flow/types.js';
import { layoutLines, type Line } from '../text/lines.js';
import { baselineOffset, lineHeight, UNDERLINE_OFFSET, UNDERLINE_THICKNESS, type LayoutContext } from './context.js';
import { layoutTable } from './table.js';
import type { BlockSlices, DrawItem, LinkArea, Slice } from './types.js';

/** Lines kept together at the start and at the end of a paragraph split across pages. */
export const MIN_LINES_AT_BREAK = 2;

export function emptySlice(height: number, role: string): Slice {
  return { height, items: [], links: [], anchors: [], outline: null, footnotes: [], bars: [], breakAfter: true, closeAtPageEnd: [], role };
}

export function layoutBlock(block: Block, x: number, width: number, ctx: LayoutContext): BlockSlices {
  switch (block.kind) {
    case 'paragraph':
      return layoutParagraph(block, x, width, ctx);
    case 'rule':
      return layoutRule(block, x, width);
    case 'table':
      return layoutTable(block, x, width, ctx, layoutBlock);
  }
}

export function lineSlice(line: Line, x: number, height: number, size: number, ctx: LayoutContext, role: string): Slice {
  const baseline = baselineOffset(ctx, size, height);
  const items: DrawItem[] = [];
  const links: LinkArea[] = [];
  for (const span of line.spans) {
    items.push({ kind: 'text', x: x + span.x, y: baseline - span.rise, font: span.font, size: span.size, parts: span.parts, width: span.width });
    if (span.underline) {
      const y = baseline + UNDERLINE_OFFSET * span.size;
      const trimmed = span.width - trailingSpace(span.parts, span.size);
      items.push({ kind: 'line', x1: x + span.x, y1: y, x2: x + span.x + trimmed, y2: y, width: UNDERLINE_THICKNESS * span.size });
    }
    if (span.link) links.push({ x: x + span.x, y: 0, w: span.width, h: height, target: span.link });
  }
  return { ...emptySlice(height, role), items, links, footnotes: line.footnotes };
}

function trailingSpace(parts: ReadonlyArray<string | number>, size: number): number {
  const last = parts[parts.length - 1];
  if (typeof last === 'number') return last + size * 0.25;
  return typeof last === 'string' && last.endsWith(' ') ? size * 0.25 : 0;
}

/** Centred text on several lines gets lines of even length (the narrowest width that keeps the line count). */
function balancedLines(block: ParagraphBlock, width: number, ctx: LayoutContext): ReturnType<typeof layoutLines> {
  const run = (w: number) => layoutLines(block.inlines, ctx.fonts, { width: w, firstLineIndent: block.firstLineIndent, marker: block.marker, align: 'center' });
  const first = run(width);
  const count = first.lines.length;
  if (count < 2 || block.inlines.some((i) => i.kind === 'break')) return first;
  let low = width / count;
  let high = width;
  for (let step = 0; step < 10; step++) {
    const mid = (low + high) / 2;
    if (run(mid).lines.length === count) high = mid;
    else low = mid;
  }
  const balanced = run(high);
  const shift = (width - high) / 2;
  for (const line of balanced.lines) for (const span of line.spans) span.x += shift;
  return balanced;
}

export function layoutParagraph(block: ParagraphBlock, x: number, width: number, ctx: LayoutContext): BlockSlices {
  const textX = x + block.leftIndent;
  const textWidth = Math.max(20, width - block.leftIndent - block.rightIndent);
  const base = { spaceBefore: block.spaceBefore, spaceAfter: block.spaceAfter, keepWithNext: block.keepWithNext, pageBreakBefore: block.pageBreakBefore, repeat: [] };
  const height = lineHeight(ctx, block.size);
  if (block.inlines.length === 0 && !block.marker) {
    return { ...base, slices: [{ ...emptySlice(height, block.role), bars: block.bars, anchors: block.outline ? [block.outline.anchor] : [], outline: block.outline }] };
  }
  const { lines, method } = block.align === 'center' ? balancedLines(block, textWidth, ctx) : layoutLines(block.inlines, ctx.fonts, { width: textWidth, firstLineIndent: block.firstLineIndent, marker: block.marker, align: block.align });
  if (block.align === 'justify') {
    if (method === 'optimal') ctx.stats.optimalParagraphs++;
    else ctx.stats.greedyParagraphs++;
  }
  ctx.stats.lines += lines.length;
  const keepTogether = block.role === 'section' || block.role === 'heading';
  const slices = lines.map((line, index): Slice => {
    const size = Math.max(block.size, ...line.spans.map((s) => (s.rise > 0 ? 0 : s.size)));
    const slice = lineSlice(line, textX, size === block.size ? height : lineHeight(ctx, size), size, ctx, block.role);
    slice.bars = block.bars;
    const linesBefore = index + 1;
    slice.breakAfter = !keepTogether && linesBefore >= MIN_LINES_AT_BREAK && lines.length - linesBefore >= MIN_LINES_AT_BREAK;
    return slice;
  });
  const first = slices[0];
  if (first && block.outline) {
    first.anchors = [block.outline.anchor];
    first.outline = block.outline;
  }
  return { ...base, slices };
}

function layoutRule(block: RuleBlock, x: number, width: number): BlockSlices {
  const y = 0.5;
  const slice: Slice = {
    ...emptySlice(1, 'rule'),
    items: [{ kind: 'line', x1: x + block.leftIndent, y1: y, x2: x + width - block.rightIndent, y2: y, width: 0.6 }],
    bars: block.bars,
  };
  return { slices: [slice], spaceBefore: block.spaceBefore, spaceAfter: block.spaceAfter, keepWithNext: false, pageBreakBefore: false, repeat: [] };
}
