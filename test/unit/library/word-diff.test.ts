// Word diff: readable changes on Vietnamese text, exact reconstruction of both sides, one inserted word found as one insertion, huge rewrites capped.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_WORD_EDITS, diffTokens, diffWords, hasChanges, type DiffPart } from '../../../shared/library/word-diff.js';

const side = (parts: readonly DiffPart[], drop: 'insert' | 'delete'): string => parts.filter((p) => p.op !== drop).map((p) => p.text).join('');
const normalised = (text: string): string => diffTokens(text).join('');

describe('diffWords', () => {
  it.each<[string, string, string, DiffPart[]]>([
    [
      'word inserted and phrase appended',
      'Việt Nam nhất quán bảo đảm quyền con người.',
      'Việt Nam luôn nhất quán bảo đảm và thúc đẩy quyền con người.',
      [
        { op: 'equal', text: 'Việt Nam ' },
        { op: 'insert', text: 'luôn ' },
        { op: 'equal', text: 'nhất quán bảo đảm' },
        { op: 'insert', text: ' và thúc đẩy' },
        { op: 'equal', text: ' quyền con người.' },
      ],
    ],
    ['replacement is one deletion then one insertion, not confetti', 'tăng 15% so với cùng kỳ', 'giảm 3,5% so với cùng kỳ', [
      { op: 'delete', text: 'tăng 15%' },
      { op: 'insert', text: 'giảm 3,5%' },
      { op: 'equal', text: ' so với cùng kỳ' },
    ]],
    ['line breaks are kept as breaks', 'một\nhai ba', 'một\nhai bốn\nnăm', [
      { op: 'equal', text: 'một\nhai ' },
      { op: 'delete', text: 'ba' },
      { op: 'insert', text: 'bốn\nnăm' },
    ]],
    ['from nothing', '', 'văn bản mới', [{ op: 'insert', text: 'văn bản mới' }]],
    ['to nothing', 'văn bản cũ', '', [{ op: 'delete', text: 'văn bản cũ' }]],
    ['extra spaces and NFD are not changes', 'quyền  con   người', 'quye\u0302\u0300n con người', [{ op: 'equal', text: 'quyền con người' }]],
  ])('%s', (_name, before, after, expected) => {
    expect(diffWords(before, after)).toEqual(expected);
  });

  const words = fc.array(fc.constantFrom('quyền', 'con', 'người', 'báo', 'chí', '15%', 'Việt', 'Nam', '\n'), { maxLength: 40 });
  const text = (list: readonly string[]): string => list.join(' ');

  it('gives back both texts exactly (whitespace normalised)', () => {
    fc.assert(
      fc.property(words, words, (a, b) => {
        const parts = diffWords(text(a), text(b));
        expect(side(parts, 'insert')).toBe(normalised(text(a)));
        expect(side(parts, 'delete')).toBe(normalised(text(b)));
        expect(hasChanges(parts)).toBe(normalised(text(a)) !== normalised(text(b)));
      }),
    );
  });

  it('finds one inserted word as one insertion and nothing else', () => {
    fc.assert(
      fc.property(words, fc.nat(), (list, at) => {
        const position = list.length === 0 ? 0 : at % (list.length + 1);
        const after = [...list.slice(0, position), 'MỚI', ...list.slice(position)];
        const changes = diffWords(text(list), text(after)).filter((p) => p.op !== 'equal');
        expect(changes).toHaveLength(1);
        expect(changes[0]?.op).toBe('insert');
        expect(changes[0]?.text.trim()).toBe('MỚI');
      }),
    );
  });

  it('reports a total rewrite beyond the edit limit as one deletion and one insertion', () => {
    const count = MAX_WORD_EDITS;
    const before = Array.from({ length: count }, (_, i) => `a${i}`).join(' ');
    const after = Array.from({ length: count }, (_, i) => `b${i}`).join(' ');
    const parts = diffWords(`đầu ${before} cuối`, `đầu ${after} cuối`);
    expect(parts.map((p) => p.op)).toEqual(['equal', 'delete', 'insert', 'equal']);
    expect(side(parts, 'insert')).toBe(`đầu ${before} cuối`);
    expect(side(parts, 'delete')).toBe(`đầu ${after} cuối`);
  });
});
