// Turns styled inlines into boxes (words, possibly of several styles), glue (spaces) and penalties for the line breaker.
import { fontStyleOf, type FontSet } from '../fonts/font-set.js';
import type { FontStyle } from '../fonts/face.js';
import type { Inline, RunStyle } from '../flow/types.js';
import { FIL, INFINITY_PENALTY, type Box, type Glue, type Item, type Penalty } from './breaking.js';

export const SUPERSCRIPT_SCALE = 0.62;

export interface Segment {
  text: string;
  style: RunStyle;
  font: FontStyle;
  /** Size the glyphs are drawn at (smaller for superscripts). */
  size: number;
  width: number;
}

export interface FootnoteRef {
  label: string;
  note: Inline[];
}

export interface WordBox extends Box {
  segments: Segment[];
  /** Shared empty list unless the word carries a footnote reference. */
  footnotes: readonly FootnoteRef[];
}

const NO_FOOTNOTES: readonly FootnoteRef[] = [];

export interface SpaceGlue extends Glue {
  /** The space glyph is drawn with this style; the rest of the glue is a TJ gap. */
  segment: Segment | null;
}

export type LineItem = Item<WordBox, SpaceGlue>;

export interface ItemOptions {
  /** Empty box at the start of the first line. */
  firstLineIndent: number;
  marker: Inline[] | null;
  justify: boolean;
  /** Boxes wider than this are split between characters so no line is overfull. */
  maxWidth: number;
}

const SPACE_RE = /[ \t\r\n\u2028\u2029]+/;

export function drawSize(style: RunStyle): number {
  return style.superscript ? style.size * SUPERSCRIPT_SCALE : style.size;
}

/** Builds the item list of a paragraph. */
export function buildItems(inlines: readonly Inline[], fonts: FontSet, options: ItemOptions): LineItem[] {
  const items: LineItem[] = [];
  let word: WordBox | null = null;
  const spaces = new Map<RunStyle, Segment>();
  const segmentOf = (text: string, style: RunStyle): Segment => {
    if (text === ' ') {
      const cached = spaces.get(style);
      if (cached) return cached;
    }
    const font = fontStyleOf(style.bold, style.italic);
    const size = drawSize(style);
    const segment = { text, style, font, size, width: fonts.face(font).widthAt(text, size) };
    if (text === ' ') spaces.set(style, segment);
    return segment;
  };
  const addWordPart = (text: string, style: RunStyle): WordBox => {
    if (!word) {
      word = { type: 'box', width: 0, segments: [], footnotes: NO_FOOTNOTES };
      items.push(word);
    }
    const segment = segmentOf(text, style);
    const last = word.segments[word.segments.length - 1];
    if (last && last.style === style) {
      last.text += text;
      last.width = fonts.face(last.font).widthAt(last.text, last.size);
    } else word.segments.push(segment);
    word.width = word.segments.reduce((sum, s) => sum + s.width, 0);
    return word;
  };
  const addSpace = (style: RunStyle, fixed: boolean): void => {
    word = null;
    const last = items[items.length - 1];
    if (!last || last.type !== 'box') return;
    const segment = segmentOf(' ', style);
    const width = segment.width;
    const stretch = fixed || !options.justify ? 0 : width / 2;
    const shrink = fixed || !options.justify ? 0 : width / 3;
    items.push({ type: 'glue', width, stretch, shrink, segment });
  };
  const forceBreak = (): void => {
    word = null;
    while (items[items.length - 1]?.type === 'glue') items.pop();
    items.push({ type: 'penalty', width: 0, penalty: INFINITY_PENALTY, flagged: false });
    items.push({ type: 'glue', width: 0, stretch: FIL, shrink: 0, segment: null });
    items.push({ type: 'penalty', width: 0, penalty: -INFINITY_PENALTY, flagged: false });
  };

  if (options.firstLineIndent > 0) items.push({ type: 'box', width: options.firstLineIndent, segments: [], footnotes: NO_FOOTNOTES });
  if (options.marker && options.marker.length > 0) {
    let lastStyle: RunStyle | null = null;
    for (const inline of options.marker) {
      if (inline.kind === 'text') {
        addWordPart(inline.text, inline.style);
        lastStyle = inline.style;
      }
    }
    if (lastStyle) {
      const space = segmentOf(' ', lastStyle);
      items.push({ type: 'penalty', width: 0, penalty: INFINITY_PENALTY, flagged: false });
      items.push({ type: 'glue', width: space.width, stretch: 0, shrink: 0, segment: space });
    }
    word = null;
  }
  for (const inline of inlines) {
    if (inline.kind === 'break') {
      forceBreak();
      continue;
    }
    if (inline.kind === 'footnote') {
      const box = addWordPart(inline.label, inline.style);
      box.footnotes = [...box.footnotes, { label: inline.label, note: inline.note }];
      continue;
    }
    const parts = inline.text.split(SPACE_RE);
    parts.forEach((part, index) => {
      if (index > 0) addSpace(inline.style, false);
      if (part.length > 0) addWordPart(part, inline.style);
    });
  }
  while (items[items.length - 1]?.type === 'glue') items.pop();
  items.push({ type: 'penalty', width: 0, penalty: INFINITY_PENALTY, flagged: false });
  items.push({ type: 'glue', width: 0, stretch: FIL, shrink: 0, segment: null });
  items.push({ type: 'penalty', width: 0, penalty: -INFINITY_PENALTY, flagged: false });
  return splitOverwide(tieNumbers(items), fonts, options.maxWidth);
}

/** Words a number or numeral belongs with: "số 57-KL/TW", "ngày 15/6/2023", "Điều 5", "khóa XIII". */
const TIE_WORDS = new Set(['số', 'ngày', 'tháng', 'năm', 'điều', 'khoản', 'điểm', 'chương', 'mục', 'phần', 'quý', 'tuần', 'lần', 'khóa']);
const NUMBER_START = /^[(“"]?(?:\d|[IVXLC]+\b)/u;
/** Breaking between such a word and its number is allowed, but only when every other way is worse. */
export const TIE_PENALTY = 500;

/** The tie words as written in text: lower case, capitalised at a sentence start, all capitals. */
const TIE_FORMS = new Set([...TIE_WORDS].flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()]));

function isTieWord(box: WordBox): boolean {
  return TIE_FORMS.has(box.segments[box.segments.length - 1]?.text ?? '');
}

/** Puts a discouraging penalty in front of the space between a tie word and the number after it. */
function tieNumbers(items: LineItem[]): LineItem[] {
  const out: LineItem[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as LineItem;
    const before = items[i - 1];
    const after = items[i + 1];
    if (item.type === 'glue' && before?.type === 'box' && after?.type === 'box' && isTieWord(before) && NUMBER_START.test(after.segments[0]?.text ?? '')) {
      out.push({ type: 'penalty', width: 0, penalty: TIE_PENALTY, flagged: false });
    }
    out.push(item);
  }
  return out;
}

/** Splits boxes wider than the line between characters (emergency breaks, discouraged by a penalty). */
function splitOverwide(items: LineItem[], fonts: FontSet, maxWidth: number): LineItem[] {
  // the indent, the marker and the first word cannot be separated: measure them as one
  let lead = 0;
  let firstWord = -1;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as LineItem;
    if (item.type === 'glue' && items[i - 1]?.type === 'box') break;
    if (item.type !== 'penalty') lead += item.width;
    if (item.type === 'box' && item.segments.length > 0) firstWord = i;
  }
  const tooWide = (item: LineItem, index: number): boolean =>
    item.type === 'box' && item.segments.length > 0 && (item.width > maxWidth || (index === firstWord && lead > maxWidth));
  if (!items.some(tooWide)) return items;
  const out: LineItem[] = [];
  for (const [index, item] of items.entries()) {
    if (item.type !== 'box' || !tooWide(item, index)) {
      out.push(item);
      continue;
    }
    let first = true;
    for (const segment of item.segments) {
      for (const char of segment.text) {
        if (!first) out.push({ type: 'penalty', width: 0, penalty: 50, flagged: false } satisfies Penalty);
        first = false;
        const width = fonts.face(segment.font).widthAt(char, segment.size);
        out.push({ type: 'box', width, segments: [{ ...segment, text: char, width }], footnotes: NO_FOOTNOTES });
      }
    }
    const last = out[out.length - 1];
    if (last?.type === 'box' && item.footnotes.length > 0) last.footnotes = [...last.footnotes, ...item.footnotes];
  }
  return out;
}
