// Page furniture: page number centred in the top margin (none on page 1), running footer, draft watermark.
import type { LayoutPreset } from '../presets.js';
import { baselineOffset, lineHeight, type LayoutContext } from './context.js';
import type { DrawItem, PositionedPage } from './types.js';

export interface FurnitureInput {
  footerLeft: string;
  footerRight: string;
  watermark: string | null;
  runningFooter: boolean;
}

function fitText(text: string, maxWidth: number, measure: (t: string) => number): string {
  if (measure(text) <= maxWidth) return text;
  let cut = text;
  while (cut.length > 1 && measure(`${cut}…`) > maxWidth) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

export function addFurniture(pages: PositionedPage[], input: FurnitureInput, preset: LayoutPreset, ctx: LayoutContext): void {
  const { margins, width: pageWidth, height: pageHeight } = ctx.geometry;
  const left = margins.left;
  const width = pageWidth - margins.left - margins.right;
  const numberSize = preset.pageNumber.size;
  const runningSize = ctx.geometry.bodySize - preset.smallerBy.running;
  for (const page of pages) {
    const under: DrawItem[] = [];
    if (input.watermark) {
      under.push({ kind: 'watermark', text: input.watermark, font: 'bold', size: 96, cx: pageWidth / 2, cy: pageHeight / 2, angle: 45, gray: 0.86 });
    }
    const over: DrawItem[] = [];
    if (page.number > 1 || preset.pageNumber.onFirstPage) {
      const label = String(page.number);
      const w = ctx.fonts.face('regular').widthAt(label, numberSize);
      const h = lineHeight(ctx, numberSize, 1);
      const y = (margins.top - h) / 2 + baselineOffset(ctx, numberSize, h);
      over.push({ kind: 'text', x: left + (width - w) / 2, y, font: 'regular', size: numberSize, parts: [label], width: w });
    }
    if (input.runningFooter && page.kind !== 'cover') {
      const face = ctx.fonts.face('italic');
      const measure = (t: string) => face.widthAt(t, runningSize);
      const right = fitText(input.footerRight, width * 0.4, measure);
      const rightWidth = measure(right);
      const leftText = fitText(input.footerLeft, width - rightWidth - 18, measure);
      const ruleY = pageHeight - margins.bottom + 8;
      const baseline = ruleY + runningSize + 2;
      over.push({ kind: 'line', x1: left, y1: ruleY, x2: left + width, y2: ruleY, width: 0.4 });
      over.push({ kind: 'text', x: left, y: baseline, font: 'italic', size: runningSize, parts: [leftText], width: measure(leftText) });
      if (right) over.push({ kind: 'text', x: left + width - rightWidth, y: baseline, font: 'italic', size: runningSize, parts: [right], width: rightWidth });
    }
    page.items = [...under, ...page.items, ...over];
  }
}
