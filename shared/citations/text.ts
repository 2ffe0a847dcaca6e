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

/** Builds the matching view. Input that is already NFC keeps its offsets; NFD input is mapped cluster by cluster. */
export function sourceText(original: string): SourceText {
  const nfcWhole = original.normalize('NFC');
  if (nfcWhole === original) {
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
  const starts: number[] = [];
  const ends: number[] = [];
  let text = '';
  const clusterPattern = /\P{M}\p{M}*|\p{M}+/gu;
  for (const match of original.matchAll(clusterPattern)) {
    const from = match.index;
    const to = from + match[0].length;
    const composed = match[0].normalize('NFC');
    for (let k = 0; k < composed.length; k++) {
      starts.push(from);
      ends.push(to);
    }
    text += composed;
  }
  text = unifyLookalikes(text);
  return {
    original,
    text,
    lower: lowerCharForChar(text),
    startInOriginal: (i) => (i >= starts.length ? original.length : (starts[i] ?? original.length)),
    endInOriginal: (i) => (i <= 0 ? 0 : (ends[i - 1] ?? original.length)),
  };
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
  if (!/\p{Lu}/u.test(text) || /\p{Ll}/u.test(text)) return text;
  return capitalizeFirst(text.toLowerCase());
}
