// The search palette's pure parts: snippet pieces from highlight ranges (clamped, sorted, merged) and where each kind of hit opens.
import { describe, expect, it } from 'vitest';
import { highlightPieces } from '../../../renderer/src/search/highlight';
import { hashOfHit, opensItem } from '../../../renderer/src/search/destinations';

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

describe('hashOfHit', () => {
  it('opens directives and packets at the item, the other kinds at their library screen', () => {
    expect(hashOfHit({ kind: 'directive', id: 'dir-57' })).toBe('#/directives/dir-57');
    expect(hashOfHit({ kind: 'packet', id: 'pk 1' })).toBe('#/packets/pk%201');
    expect(hashOfHit({ kind: 'talkingPoint', id: 'tp-1' })).toBe('#/talkingPoints');
    expect(hashOfHit({ kind: 'qaItem', id: 'qa-1' })).toBe('#/qa');
    expect(hashOfHit({ kind: 'template', id: 'tpl-1' })).toBe('#/templates');
    expect([opensItem({ kind: 'directive' }), opensItem({ kind: 'talkingPoint' })]).toEqual([true, false]);
  });
});
