// Helpers to lay out small fixed blocks (header block, cover, page furniture) from styled text lines.
import type { Align, Inline, ParagraphBlock, RunStyle } from '../flow/types.js';
import type { TextLine } from '../presets.js';
import { layoutParagraph } from './blocks.js';
import type { LayoutContext } from './context.js';
import { shiftItem } from './paginate.js';
import type { DrawItem, Slice } from './types.js';

export function styleOf(line: TextLine, overrides: Partial<RunStyle> = {}): RunStyle {
  return { bold: line.bold, italic: line.italic, underline: false, size: line.size, link: null, superscript: false, ...overrides };
}

export function textParagraph(text: string, line: TextLine, align: Align, overrides: Partial<ParagraphBlock> = {}): ParagraphBlock {
  const content = line.uppercase ? text.toLocaleUpperCase('vi') : text;
  const inlines: Inline[] = content.split('\n').flatMap((part, i): Inline[] => (i === 0 ? [] : [{ kind: 'break' }] as Inline[]).concat(part ? [{ kind: 'text', text: part, style: styleOf(line) }] : []));
  return {
    kind: 'paragraph',
    role: 'body',
    inlines,
    marker: null,
    align,
    size: line.size,
    firstLineIndent: 0,
    leftIndent: 0,
    rightIndent: 0,
    spaceBefore: 0,
    spaceAfter: 0,
    keepWithNext: false,
    pageBreakBefore: false,
    bars: [],
    outline: null,
    internal: false,
    ...overrides,
  };
}

export interface Stacked {
  items: DrawItem[];
  height: number;
  /** Widest line drawn, with its left edge. */
  widest: { x: number; width: number };
  links: Slice['links'];
}

/** Lays a paragraph out at (x, y) and returns its items in page coordinates. */
export function stackParagraph(block: ParagraphBlock, x: number, y: number, width: number, ctx: LayoutContext, spacing = 1): Stacked {
  const laid = layoutParagraph(block, x, width, { ...ctx, geometry: { ...ctx.geometry, lineSpacing: spacing } });
  const items: DrawItem[] = [];
  const links: Slice['links'] = [];
  let top = y;
  let widest = { x, width: 0 };
  for (const slice of laid.slices) {
    for (const item of slice.items) {
      items.push(shiftItem(item, top));
      if (item.kind === 'text' && item.width > 0) {
        const lineItems = slice.items.filter((i) => i.kind === 'text');
        const left = Math.min(...lineItems.map((i) => (i.kind === 'text' ? i.x : x)));
        const right = Math.max(...lineItems.map((i) => (i.kind === 'text' ? i.x + i.width : x)));
        if (right - left > widest.width) widest = { x: left, width: right - left };
      }
    }
    for (const link of slice.links) links.push({ ...link, y: link.y + top });
    top += slice.height;
  }
  return { items, height: top - y, widest, links };
}

/** A boxed circulation mark ("TÀI LIỆU NỘI BỘ"): bold capitals in a single-line box. */
export function boxedMark(text: string, size: number, x: number, y: number, width: number, align: Align, ctx: LayoutContext): Stacked {
  const padX = 6;
  const padY = 3;
  const textWidth = ctx.fonts.face('bold').widthAt(text, size);
  const boxWidth = textWidth + 2 * padX;
  const left = align === 'center' ? x + (width - boxWidth) / 2 : align === 'right' ? x + width - boxWidth : x;
  const inner = stackParagraph(textParagraph(text, { size, bold: true, italic: false, uppercase: true }, 'left'), left + padX, y + padY, textWidth + 1, ctx);
  const height = inner.height + 2 * padY;
  return {
    items: [...inner.items, { kind: 'rect', x: left, y, w: boxWidth, h: height, lineWidth: 0.8, fill: null, stroke: true }],
    height,
    widest: { x: left, width: boxWidth },
    links: [],
  };
}
