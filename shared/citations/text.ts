// The matching view of pasted text: NFC, look-alike characters unified, a lower-case copy, and offsets back to the input.

/** Characters replaced one for one before matching: look-alike hyphens, the Icelandic eth for Đ, odd spaces. */
const LOOKALIKES: Readonly<Record<string, string>> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2212': '-',
  '\u00d0': 'Đ',
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u202f': ' ',
  '\u200b': ' ',
};
const LOOKALIKE_PATTERN = /[\u2010-\u2013\u2212\u00d0\u00a0\u2007\u202f\u200b]/g;

export interface SourceText {
  /** The input exactly as given. */
  readonly original: string;
  /** NFC with look-alikes unified: every offset used while parsing is an offset in this string. */
  readonly text: string;
  /** `text` lower-cased, character for character (same length, same offsets). */
  readonly lower: string;
  /** Offset in `original` where the character at `index` of `text` starts. */
  startInOriginal(index: number): number;
  /** Offset in `original` just after the character before `index` of `text` (for exclusive ends). */
  endInOriginal(index: number): number;
}

function unifyLookalikes(text: string): string {
  return text.replace(LOOKALIKE_PATTERN, (c) => LOOKALIKES[c] ?? c);
}

function lowerCharForChar(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const c of text) {
    const l = c.toLowerCase();
    out += l.length === c.length ? l : c;
  }
  return out;
}

const COMBINING_MARK = /\p{M}/u;

function isCombiningMark(code: number, char: string): boolean {
  if (code < 0x300) return false;
  if (code <= 0x36f) return true;
  return COMBINING_MARK.test(char);
}

/** Builds the matching view. Input that is already NFC keeps its offsets; NFD input is mapped cluster by cluster. */
export function sourceText(original: string): SourceText {
  if (original.normalize('NFC') === original) {
    const text = unifyLookalikes(original);
    return {
      original,
      text,
      lower: lowerCharForChar(text),
      startInOriginal: (i) => i,
      endInOriginal: (i) => i,
    };
  }
  // Normalise each base character with its combining marks separately, remembering where the cluster came from.
  const starts = new Int32Array(original.length + 1);
  const ends = new Int32Array(original.length + 1);
  const parts: string[] = [];
  let length = 0;
  let from = 0;
  while (from < original.length) {
    let to = from + 1;
    while (to < original.length && isCombiningMark(original.charCodeAt(to), original.charAt(to))) to++;
    const composed = composeCluster(original, from, to);
    for (let k = 0; k < composed.length; k++) {
      starts[length] = from;
      ends[length] = to;
      length++;
    }
    parts.push(composed);
    from = to;
  }
  const text = unifyLookalikes(parts.join(''));
  return {
    original,
    text,
    lower: lowerCharForChar(text),
    startInOriginal: (i) => (i >= length ? original.length : (starts[i] ?? original.length)),
    endInOriginal: (i) => (i <= 0 ? 0 : i > length ? original.length : (ends[i - 1] ?? original.length)),
  };
}

/** NFC of a base character with its marks; Vietnamese text has a few hundred distinct clusters, so they are cached. */
const composedClusters = new Map<string, string>();

function composeCluster(original: string, from: number, to: number): string {
  if (to - from === 1 && original.charCodeAt(from) < 0x300) return original.charAt(from);
  const cluster = original.slice(from, to);
  let composed = composedClusters.get(cluster);
  if (composed === undefined) {
    composed = cluster.normalize('NFC');
    if (composedClusters.size < 10_000) composedClusters.set(cluster, composed);
  }
  return composed;
}

const foldedChars = new Map<string, string>();

/** One character without its diacritics, lower-cased ("Ộ" → "o", "Đ" → "d"): one character in, one out. */
function foldChar(c: string): string {
  let folded = foldedChars.get(c);
  if (folded === undefined) {
    const base = c.normalize('NFD').charAt(0).toLowerCase();
    folded = base === 'đ' ? 'd' : base.length === 1 ? base : c;
    foldedChars.set(c, folded);
  }
  return folded;
}

/** `length` characters of `text` from `start`, folded character by character (same length as the slice). */
export function foldedSlice(text: string, start: number, length: number): string {
  const end = Math.min(text.length, start + length);
  let out = '';
  for (let i = start; i < end; i++) out += foldChar(text.charAt(i));
  return out;
}

/** Whether the character at `index` is a letter or digit (false outside the string). */
export function isWordChar(text: string, index: number): boolean {
  const c = text[index];
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/** Whether the character at `index` is an upper-case letter. */
export function isUpper(text: string, index: number): boolean {
  const c = text[index];
  return c !== undefined && /\p{Lu}/u.test(c);
}

/** Collapses runs of white space (line breaks of a copied PDF included) to one space and trims. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Upper-cases the first letter. */
export function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Text written in capitals only ("VỀ VIỆC XÂY DỰNG …") becomes sentence case; anything else is returned as is. */
export function sentenceCaseIfShouting(text: string): string {
  if (text !== text.toUpperCase() || text === text.toLowerCase()) return text;
  return capitalizeFirst(text.toLowerCase());
}
