// Word-level text diff (Myers' O(ND) shortest edit script over words, punctuation, spaces and line breaks) for revisions and packet versions.

export type DiffOp = 'equal' | 'delete' | 'insert';

export interface DiffPart {
  op: DiffOp;
  /** Words with the spaces and line breaks between them, as written (whitespace runs shown as one space or one line break). */
  text: string;
}

/**
 * Above this many edits the middle of the texts is reported as one deletion and one insertion: the search costs
 * O(edits²) memory, and a text rewritten that much reads better replaced whole than interleaved word by word.
 */
export const MAX_WORD_EDITS = 2_000;

/** A word (with inner joiners and a percent sign: 57-KL/TW, 3,5%, 1.500, 14:30), one punctuation mark, or a run of whitespace. */
const TOKEN = /\s+|[\p{L}\p{M}\p{N}]+(?:[-./,:'’][\p{L}\p{M}\p{N}]+)*%?|\S/gu;

/** Words, punctuation marks and separators: a run of whitespace becomes "\n" when it holds a line break, otherwise " ". */
export function diffTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.normalize('NFC').matchAll(TOKEN)) {
    const token = match[0];
    if (/\S/u.test(token)) tokens.push(token);
    else if (tokens.length > 0) tokens.push(token.includes('\n') ? '\n' : ' ');
  }
  while (tokens.length > 0 && /^\s$/u.test(tokens[tokens.length - 1] ?? '')) tokens.pop();
  return tokens;
}

type Edit = { op: DiffOp; token: string };

/** Shortest edit script between a and b (both already stripped of a common prefix and suffix). */
function myers(a: readonly string[], b: readonly string[]): Edit[] | null {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= Math.min(max, MAX_WORD_EDITS); d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(a, b, trace, d);
    }
  }
  return null;
}

function backtrack(a: readonly string[], b: readonly string[], trace: readonly Int32Array[], last: number): Edit[] {
  const edits: Edit[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = last; d > 0; d--) {
    const saved = trace[d] as Int32Array;
    const at = (k: number): number => saved[k + d + 1] ?? 0;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const previousK = down ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      y--;
      edits.push({ op: 'equal', token: a[--x] ?? '' });
    }
    if (down) edits.push({ op: 'insert', token: b[--y] ?? '' });
    else edits.push({ op: 'delete', token: a[--x] ?? '' });
  }
  while (x > 0 && y > 0) {
    y--;
    edits.push({ op: 'equal', token: a[--x] ?? '' });
  }
  return edits.reverse();
}

/** Joins consecutive edits of one kind; inside a changed run deletions come before insertions. */
function group(edits: readonly Edit[]): DiffPart[] {
  const parts: DiffPart[] = [];
  let deleted = '';
  let inserted = '';
  let equal = '';
  const flushChange = (): void => {
    if (deleted) parts.push({ op: 'delete', text: deleted });
    if (inserted) parts.push({ op: 'insert', text: inserted });
    deleted = '';
    inserted = '';
  };
  for (const edit of edits) {
    if (edit.op === 'equal') {
      flushChange();
      equal += edit.token;
      continue;
    }
    if (equal) parts.push({ op: 'equal', text: equal });
    equal = '';
    if (edit.op === 'delete') deleted += edit.token;
    else inserted += edit.token;
  }
  flushChange();
  if (equal) parts.push({ op: 'equal', text: equal });
  return parts;
}

/**
 * A run of equal tokens holding at most one word between two changes ("Kết luận số 57" → "Quyết định số 1079" keeping
 * only "số") splits one replacement into confetti: such runs are folded into both sides.
 */
function absorbShortEqualities(edits: readonly Edit[]): Edit[] {
  const out: Edit[] = [];
  let i = 0;
  while (i < edits.length) {
    const edit = edits[i] as Edit;
    if (edit.op !== 'equal') {
      out.push(edit);
      i++;
      continue;
    }
    let end = i;
    while (end < edits.length && (edits[end] as Edit).op === 'equal') end++;
    const run = edits.slice(i, end);
    const words = run.filter((e) => /[\p{L}\p{N}]/u.test(e.token)).length;
    const between = i > 0 && end < edits.length;
    if (between && words <= 1) for (const e of run) out.push({ op: 'delete', token: e.token }, { op: 'insert', token: e.token });
    else out.push(...run);
    i = end;
  }
  return out;
}

/** The word diff of two plain texts; equal+delete parts give `before`, equal+insert parts give `after` (whitespace normalised). */
export function diffWords(before: string, after: string): DiffPart[] {
  if (before === after) {
    const text = diffTokens(before).join('');
    return text ? [{ op: 'equal', text }] : [];
  }
  const a = diffTokens(before);
  const b = diffTokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const middleA = a.slice(start, endA);
  const middleB = b.slice(start, endB);
  const middle: Edit[] = myers(middleA, middleB) ?? [
    ...middleA.map((token): Edit => ({ op: 'delete', token })),
    ...middleB.map((token): Edit => ({ op: 'insert', token })),
  ];
  const edits: Edit[] = [
    ...a.slice(0, start).map((token): Edit => ({ op: 'equal', token })),
    ...absorbShortEqualities(middle),
    ...a.slice(endA).map((token): Edit => ({ op: 'equal', token })),
  ];
  return group(edits);
}

/** True when the diff holds any change. */
export function hasChanges(parts: readonly DiffPart[]): boolean {
  return parts.some((part) => part.op !== 'equal');
}
