// Front matter: the cover page and the table of contents (entries with dot leaders, page numbers and links).
import type { OutlineTarget } from '../flow/types.js';
import type { LayoutPreset } from '../presets.js';
import { emptySlice } from './blocks.js';
import type { LayoutContext } from './context.js';
import { boxedMark, stackParagraph, textParagraph } from './stack.js';
import type { BlockSlices, DrawItem, PositionedPage } from './types.js';

export interface CoverInput {
  parentAgency: string;
  agency: string;
  kindLabel: string;
  title: string;
  lines: string[];
  footer: string;
  internalMark: string | null;
}

export function layoutCover(input: CoverInput, preset: LayoutPreset, ctx: LayoutContext): PositionedPage {
  const { margins, width: pageWidth, height: pageHeight } = ctx.geometry;
  const x = margins.left;
  const width = pageWidth - margins.left - margins.right;
  const items: DrawItem[] = [];
  let y = margins.top + 10;
  const header = preset.header;
  if (input.parentAgency.trim()) {
    const parent = stackParagraph(textParagraph(input.parentAgency, { ...header.parentAgency, size: 13 }, 'center'), x, y, width, ctx);
    items.push(...parent.items);
    y += parent.height;
  }
  if (input.agency.trim()) {
    const agency = stackParagraph(textParagraph(input.agency, { ...header.issuer, size: 14 }, 'center'), x, y, width, ctx);
    items.push(...agency.items);
    y += agency.height + 6;
    const w = agency.widest.width / 3;
    items.push({ kind: 'line', x1: agency.widest.x + agency.widest.width / 2 - w / 2, y1: y, x2: agency.widest.x + agency.widest.width / 2 + w / 2, y2: y, width: 0.6 });
  }
  y = pageHeight * 0.3;
  const kind = stackParagraph(textParagraph(input.kindLabel, { size: 16, bold: true, italic: false, uppercase: true }, 'center'), x, y, width, ctx);
  items.push(...kind.items);
  y += kind.height + 18;
  const title = stackParagraph(textParagraph(input.title, { size: 22, bold: true, italic: false, uppercase: false }, 'center'), x + width * 0.05, y, width * 0.9, ctx, 1.1);
  items.push(...title.items);
  y += title.height + 24;
  for (const line of input.lines) {
    const stacked = stackParagraph(textParagraph(line, { size: 14, bold: false, italic: false, uppercase: false }, 'center'), x, y, width, ctx);
    items.push(...stacked.items);
    y += stacked.height + 2;
  }
  if (input.internalMark) {
    const mark = boxedMark(input.internalMark, 14, x, y + 30, width, 'center', ctx);
    items.push(...mark.items);
  }
  const footer = stackParagraph(textParagraph(input.footer, { size: 13, bold: true, italic: false, uppercase: false }, 'center'), x, pageHeight - margins.bottom - 30, width, ctx);
  items.push(...footer.items);
  return { number: 1, kind: 'cover', width: pageWidth, height: pageHeight, items, links: [], anchors: [] };
}

const NUMBER_COLUMN = 34;

/** The table of contents as blocks: a title, then one entry per bookmark with its page number (or a placeholder). */
export function layoutContents(title: string, entries: readonly OutlineTarget[], pageOf: (anchor: string) => number | null, ctx: LayoutContext): BlockSlices[] {
  const { margins, width: pageWidth, bodySize, firstLineIndent } = ctx.geometry;
  const x = margins.left;
  const width = pageWidth - margins.left - margins.right;
  const heading = stackParagraph(textParagraph(title, { size: bodySize, bold: true, italic: false, uppercase: true }, 'center'), x, 0, width, ctx);
  const blocks: BlockSlices[] = [
    { slices: [{ ...emptySlice(heading.height, 'toc-title'), items: heading.items, breakAfter: false }], spaceBefore: 0, spaceAfter: 12, keepWithNext: true, pageBreakBefore: false, repeat: [] },
  ];
  for (const entry of entries) {
    const indent = (entry.level - 1) * firstLineIndent;
    const size = bodySize - 1;
    const line = { size, bold: entry.level === 1, italic: false, uppercase: false };
    const hanging = firstLineIndent * 0.6;
    const text = stackParagraph(
      textParagraph(entry.title, line, 'left', { leftIndent: indent + hanging, firstLineIndent: -hanging }),
      x,
      0,
      width - NUMBER_COLUMN - 6,
      ctx,
    );
    const page = pageOf(entry.anchor);
    const number = page === null ? '' : String(page);
    const numberWidth = ctx.fonts.face(line.bold ? 'bold' : 'regular').widthAt(number, size);
    const lastText = [...text.items].reverse().find((i) => i.kind === 'text');
    const baseline = lastText && lastText.kind === 'text' ? lastText.y : text.height * 0.75;
    const leaderStart = lastText && lastText.kind === 'text' ? lastText.x + lastText.width + 4 : x + indent;
    const items: DrawItem[] = [...text.items];
    const numberX = x + width - numberWidth;
    if (number) {
      items.push({ kind: 'text', x: numberX, y: baseline, font: line.bold ? 'bold' : 'regular', size, parts: [number], width: numberWidth });
      if (numberX - 4 > leaderStart) items.push({ kind: 'line', x1: leaderStart, y1: baseline, x2: numberX - 4, y2: baseline, width: 0.9, dotted: true });
    }
    const slice = {
      ...emptySlice(text.height + 3, 'toc-entry'),
      items,
      links: [{ x, y: 0, w: width, h: text.height, target: { kind: 'anchor' as const, id: entry.anchor } }],
    };
    blocks.push({ slices: [slice], spaceBefore: entry.level === 1 ? 4 : 0, spaceAfter: 0, keepWithNext: false, pageBreakBefore: false, repeat: [] });
  }
  return blocks;
}
