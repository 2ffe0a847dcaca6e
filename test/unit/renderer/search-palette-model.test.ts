// The search palette's snippet pieces from highlight ranges: clamped, sorted, merged, and markup kept as text.
import { describe, expect, it } from 'vitest';
import { highlightPieces } from '../../../renderer/src/search/highlight';

describe('highlightPieces', () => {
  it('splits a snippet into plain and marked pieces that join back to the text', () => {
    const text = 'công tác thông tin đối ngoại';
    const pieces = highlightPieces(text, [
      { start: 9, end: 14 },
      { start: 15, end: 18 },
    ]);
    expect(pieces).toEqual([
      { text: 'công tác ', marked: false },
      { text: 'thông', marked: true },
      { text: ' ', marked: false },
      { text: 'tin', marked: true },
      { text: ' đối ngoại', marked: false },
    ]);
    expect(pieces.map((piece) => piece.text).join('')).toBe(text);
  });

  it('sorts, merges overlaps, clamps out-of-range and drops empty ranges', () => {
    const pieces = highlightPieces('abcdefgh', [
      { start: 5, end: 20 },
      { start: 1, end: 3 },
      { start: 2, end: 4 },
      { start: 6, end: 6 },
      { start: -4, end: 0 },
    ]);
    expect(pieces).toEqual([
      { text: 'a', marked: false },
      { text: 'bc', marked: true },
      { text: 'd', marked: true },
      { text: 'e', marked: false },
      { text: 'fgh', marked: true },
    ]);
  });

  it('keeps markup-looking text as text (the palette never renders HTML)', () => {
    expect(highlightPieces('<img onerror=x>', [{ start: 1, end: 4 }]).map((piece) => piece.text)).toEqual(['<', 'img', ' onerror=x>']);
  });
});
