// List markers as Decree 30 writes them: khoản "1.", điểm "a)" in Vietnamese alphabetical order, bullets "-" then "+".

export interface ListFrame {
  kind: 'bullet' | 'decimal' | 'lower-alpha';
  counter: number;
  depth: number;
}

export function markerText(list: ListFrame): string {
  if (list.kind === 'bullet') return list.depth % 2 === 0 ? '-' : '+';
  if (list.kind === 'lower-alpha') return `${alphaOf(list.counter)})`;
  return `${list.counter}.`;
}

/** Điểm letters follow the Vietnamese alphabet: a, b, c, d, đ, e, g, h, … (no f, j, w, z). */
const VIETNAMESE_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

function alphaOf(n: number): string {
  const count = VIETNAMESE_LETTERS.length;
  const index = (n - 1) % count;
  const letter = VIETNAMESE_LETTERS[index] ?? 'a';
  return letter.repeat(Math.floor((n - 1) / count) + 1);
}
