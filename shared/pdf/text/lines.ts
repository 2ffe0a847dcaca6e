// Breaks a paragraph into lines and positions its words: justified lines get TJ gaps, spans group words of one style.
import type { FontStyle } from '../fonts/face.js';
import type { FontSet } from '../fonts/font-set.js';
import type { Align, Inline, LinkTarget } from '../flow/types.js';
import { breakLines, greedyBreaks, lineStart, type Breaks } from './breaking.js';
import { buildItems, type FootnoteRef, type LineItem, type Segment } from './items.js';

/** Consecutive glyphs of one style on a line; numbers in `parts` are extra space (pt) after a space glyph. */
export interface Span {
  x: number;
  font: FontStyle;
  size: number;
  /** Baseline shift up (superscripts). */
  rise: number;
  parts: Array<string | number>;
  width: number;
  underline: boolean;
  link: LinkTarget | null;
}

export interface Line {
  /** Width the words take, gaps included. */
  width: number;
  spans: Span[];
  footnotes: FootnoteRef[];
  ratio: number;
}

export interface ParagraphLines {
  lines: Line[];
  method: Breaks['method'];
}

/** Looser than this (greedy fallback, a line of two long words) stays ragged instead of spreading the words apart. */
const MAX_JUSTIFY_RATIO = 4;

export function layoutLines(
  inlines: readonly Inline[],
  fonts: FontSet,
  options: { width: number; firstLineIndent: number; marker: Inline[] | null; align: Align },
): ParagraphLines {
  const justify = options.align === 'justify';
  const items = buildItems(inlines, fonts, { firstLineIndent: options.firstLineIndent, marker: options.marker, justify, maxWidth: options.width });
  const breaks = justify ? breakLines(items, options.width) : greedyBreaks(items, options.width);
  const lines: Line[] = [];
  const spaceWidth = (font: FontStyle, size: number): number => fonts.face(font).widthAt(' ', size);
  let from = 0;
  breaks.positions.forEach((end, index) => {
    const start = lineStart(items, from);
    const ratio = breaks.ratios[index] ?? 0;
    const ends = items[end];
    const forced = ends?.type === 'penalty' && ends.penalty <= -10_000;
    const lastOfParagraph = end === items.length - 1;
    const useRatio = justify && !lastOfParagraph && Number.isFinite(ratio) && ratio <= MAX_JUSTIFY_RATIO && !(forced && ratio > 0) ? ratio : Math.min(0, Number.isFinite(ratio) ? ratio : 0);
    lines.push(positionLine(items, start, end, useRatio, ratio, spaceWidth));
    from = end + 1;
  });
  for (const line of lines) alignLine(line, options.align, options.width);
  return { lines, method: breaks.method };
}

function glueWidth(item: Extract<LineItem, { type: 'glue' }>, ratio: number): number {
  if (ratio >= 0) return item.width + ratio * item.stretch;
  return item.width + ratio * item.shrink;
}

interface OpenSpan {
  span: Span;
  /** Text not yet pushed to parts (joined once instead of concatenated word by word). */
  pending: string[];
  spaceWidth: number;
}

function openSpan(spans: Span[], segment: Segment, x: number, spaceWidth: number): OpenSpan {
  const span: Span = {
    x,
    font: segment.font,
    size: segment.size,
    rise: segment.style.superscript ? segment.style.size * 0.35 : 0,
    parts: [],
    width: 0,
    underline: segment.style.underline,
    link: segment.style.link,
  };
  spans.push(span);
  return { span, pending: [], spaceWidth };
}

function flush(open: OpenSpan | null): void {
  if (open && open.pending.length > 0) {
    open.span.parts.push(open.pending.join(''));
    open.pending.length = 0;
  }
}

function sameStyle(span: Span, segment: Segment): boolean {
  return span.font === segment.font && span.size === segment.size && span.underline === segment.style.underline && span.link === segment.style.link;
}

function positionLine(items: readonly LineItem[], start: number, end: number, ratio: number, rawRatio: number, spaceWidth: (font: FontStyle, size: number) => number): Line {
  const spans: Span[] = [];
  const footnotes: FootnoteRef[] = [];
  let x = 0;
  let current: OpenSpan | null = null;
  // trailing glue before the break is not drawn
  let last = end - 1;
  while (last >= start && items[last]?.type !== 'box') last--;
  for (let i = start; i <= last; i++) {
    const item = items[i] as LineItem;
    if (item.type === 'penalty') continue;
    if (item.type === 'box') {
      if (item.footnotes.length > 0) footnotes.push(...item.footnotes);
      if (item.segments.length === 0) {
        x += item.width;
        flush(current);
        current = null;
        continue;
      }
      for (const segment of item.segments) {
        if (!current || !sameStyle(current.span, segment)) {
          flush(current);
          current = openSpan(spans, segment, x, spaceWidth(segment.font, segment.size));
        }
        current.pending.push(segment.text);
        current.span.width += segment.width;
        x += segment.width;
      }
      continue;
    }
    const width = glueWidth(item, ratio);
    if (item.segment && current && (sameStyle(current.span, item.segment) || (!current.span.underline && !current.span.link))) {
      current.pending.push(' ');
      const extra = width - current.spaceWidth;
      if (Math.abs(extra) > 0.001) {
        flush(current);
        current.span.parts.push(extra);
      }
      current.span.width += width;
    } else {
      flush(current);
      current = null;
    }
    x += width;
  }
  flush(current);
  return { width: x, spans, footnotes, ratio: rawRatio };
}

function alignLine(line: Line, align: Align, width: number): void {
  const free = width - line.width;
  const shift = align === 'center' ? free / 2 : align === 'right' ? free : 0;
  if (shift <= 0) return;
  for (const span of line.spans) span.x += shift;
}
