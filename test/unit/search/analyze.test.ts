// Folding, tokenising (symbols, tags), query parsing and snippets: the pieces the engine is built from.
import { describe, expect, it } from 'vitest';
import { compoundPieces, indexTokens, phraseKey, queryTokens, tagSlug, termForms } from '../../../shared/search/analyze.js';
import { fieldOf, parseQuery } from '../../../shared/search/query.js';
import { highlightRanges, makeSnippet, phraseMatcher, SNIPPET_LENGTH } from '../../../shared/search/snippet.js';
import { foldVietnamese } from '../../../shared/text/normalize.js';

describe('folding', () => {
  it.each([
    ['Quyền con người', 'quyen con nguoi'],
    ['ĐẢNG CỘNG SẢN', 'dang cong san'],
    ['Nghị định 09/2017/NĐ-CP', 'nghi dinh 09/2017/nd-cp'],
    ['Thừa Thiên Huế', 'thua thien hue'],
    ['quyền'.normalize('NFD'), 'quyen'],
  ])('folds %s to %s', (text, folded) => {
    expect(foldVietnamese(text)).toBe(folded);
  });

  it('indexes a word under its exact lower-case form and, when it has marks, its folded form', () => {
    expect(termForms('Quyền')).toEqual(['quyền', 'quyen']);
    expect(termForms('con')).toEqual(['con']);
    expect(termForms('Đảng')).toEqual(['đảng', 'dang']);
    expect(termForms('quyền'.normalize('NFD'))).toEqual(['quyền', 'quyen']);
  });
});

describe('tokenising', () => {
  it('keeps a symbol whole and adds its tails and parts', () => {
    expect(compoundPieces('09/2017/NĐ-CP')).toEqual(['09/2017/NĐ-CP', '2017/NĐ-CP', 'NĐ-CP', '09', '2017', 'NĐ', 'CP']);
    expect(compoundPieces('57-KL/TW')).toEqual(['57-KL/TW', 'KL/TW', '57', 'KL', 'TW']);
    expect(compoundPieces('thông')).toEqual(['thông']);
  });

  it('splits text into words and symbols, punctuation apart', () => {
    expect(indexTokens('Theo Kết luận 57-KL/TW, (ngày 15/6/2023).')).toEqual([
      'Theo', 'Kết', 'luận', '57-KL/TW', 'KL/TW', '57', 'KL', 'TW', 'ngày', '15/6/2023', '6/2023', '15', '6', '2023',
    ]);
  });

  it('keeps query symbols whole, lower-cased and NFC', () => {
    expect(queryTokens('1079/QĐ quyền'.normalize('NFD'))).toEqual(['1079/qđ', 'quyền']);
  });

  it('turns a tag into one compound and a phrase into folded words', () => {
    expect(tagSlug('nhân quyền')).toBe('nhân-quyền');
    expect(tagSlug('  kinh tế - xã hội ')).toBe('kinh-tế-xã-hội');
    expect(phraseKey('Quyền con-người, nơi đây')).toBe('quyen con nguoi noi day');
  });
});

describe('query syntax', () => {
  it('parses words, phrases and field clauses', () => {
    expect(parseQuery('symbol:57-KL tag:"nhân quyền" hội nghị')).toEqual({
      clauses: [
        { field: 'symbol', terms: ['57-kl'], phrase: null },
        { field: 'tags', terms: ['nhân', 'quyền'], phrase: 'nhan quyen' },
        { field: null, terms: ['hội'], phrase: null },
        { field: null, terms: ['nghị'], phrase: null },
      ],
      typing: true,
    });
  });

  it('knows Vietnamese field names, with or without accents', () => {
    expect(fieldOf('loại')).toBe('type');
    expect(fieldOf('KYHIEU')).toBe('symbol');
    expect(fieldOf('thẻ')).toBe('tags');
    expect(fieldOf('colour')).toBeNull();
  });

  it('reads an unclosed quote to the end, and a trailing space as a finished word', () => {
    expect(parseQuery('"quyền con').clauses).toEqual([{ field: null, terms: ['quyền', 'con'], phrase: 'quyen con' }]);
    expect(parseQuery('quyền ').typing).toBe(false);
  });

  it('caps the number of terms', () => {
    const terms = parseQuery(Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ')).clauses.flatMap((c) => c.terms);
    expect(terms).toHaveLength(24);
  });
});

describe('snippets', () => {
  const text =
    'Mở đầu. '.repeat(40) +
    'Việt Nam luôn bảo đảm quyền con người.\nNgười dân được hưởng các quyền cơ bản. ' +
    'Kết thúc. '.repeat(40);

  it('finds folded terms in any accented spelling, whole words only', () => {
    const ranges = highlightRanges('Quyền, quyến và QUYỀN; quyenx không', new Set(['quyen']));
    expect(ranges).toEqual([
      { start: 0, end: 5 },
      { start: 7, end: 12 },
      { start: 16, end: 21 },
    ]);
  });

  it('finds an exact accented term only as written (any case)', () => {
    expect(highlightRanges('Quyền, quyến và QUYỀN', new Set(['quyền'])).length).toBe(2);
  });

  it('highlights a part of a symbol, and escapes regular-expression characters', () => {
    expect(highlightRanges('Kết luận 57-KL/TW.', new Set(['kl']))).toEqual([{ start: 12, end: 14 }]);
    expect(highlightRanges('a (b) cxd', new Set(['c.d']))).toEqual([]);
    expect(highlightRanges('a (b) cxd', new Set(['(b)']))).toEqual([{ start: 2, end: 5 }]);
  });

  it('cuts a passage around the densest cluster of hits, with ellipses and shifted ranges', () => {
    const snippet = makeSnippet(text, new Set(['quyen', 'con', 'nguoi']));
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(SNIPPET_LENGTH + 2);
    expect(snippet.text).not.toContain('\n');
    expect(snippet.highlights.map((h) => foldVietnamese(snippet.text.slice(h.start, h.end)))).toEqual(['quyen', 'con', 'nguoi', 'nguoi', 'quyen']);
  });

  it('shows the start of the text when nothing is highlighted', () => {
    expect(makeSnippet('Ngắn gọn.', new Set())).toEqual({ text: 'Ngắn gọn.', highlights: [] });
    expect(makeSnippet(text, new Set()).text.startsWith('Mở đầu.')).toBe(true);
  });

  it('matches a phrase across punctuation in any accented spelling', () => {
    const holds = phraseMatcher('quyen con nguoi');
    expect(holds('bảo đảm Quyền con-người.')).toBe(true);
    expect(holds('quyền của con người')).toBe(false);
    expect(holds('xquyền con người')).toBe(false);
    expect(holds('xquyền con người, quyền con người')).toBe(true);
    expect(holds('quyền con ngườii')).toBe(false);
  });
});
