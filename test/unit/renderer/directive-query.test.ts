// Directive list filtering (diacritics-insensitive, word-start), sorting and facets, as the library screen uses them.
import { describe, expect, it } from 'vitest';
import type { Directive } from '../../../shared/model/directive';
import {
  DEFAULT_SORT,
  EMPTY_FILTER,
  NO_ISSUER,
  NO_YEAR,
  containsWordStart,
  directiveFacets,
  filterDirectives,
  indexDirectives,
  sortDirectives,
  type DirectiveSort,
} from '../../../renderer/src/directives/query';

let serial = 0;
function directive(fields: Partial<Directive>): Directive {
  serial += 1;
  return {
    id: `directive${String(serial).padStart(4, '0')}`,
    schemaVersion: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    type: 'Kết luận',
    number: '',
    symbol: '',
    issueDate: null,
    issuer: '',
    issuerTerm: null,
    title: '',
    titleEn: '',
    status: 'in_force',
    supersededBy: null,
    effectiveFrom: null,
    effectiveTo: null,
    excerpts: [],
    tags: [],
    notes: '',
    attachment: null,
    ...fields,
  };
}

const kl57 = directive({ symbol: '57-KL/TW', number: '57', issueDate: '2023-06-15', issuer: 'Bộ Chính trị', title: 'tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới' });
const kl157 = directive({ symbol: '157-KL/TW', number: '157', issueDate: '2021-01-04', issuer: 'Ban Bí thư', title: 'một vấn đề khác' });
const nq57 = directive({ type: 'Nghị quyết', symbol: '57-NQ/TW', number: '57', issueDate: '2024-12-22', issuer: 'Bộ Chính trị', title: 'đột phá phát triển khoa học, công nghệ', status: 'in_force' });
const qd1079 = directive({ type: 'Quyết định', symbol: '1079/QĐ-TTg', number: '1079', issueDate: '2022-09-14', issuer: 'Thủ tướng Chính phủ', title: 'phê duyệt Đề án truyền thông về quyền con người ở Việt Nam', tags: ['nhân quyền'] });
const undated = directive({ type: 'Công văn', symbol: '7554/VP-KGVX', number: '7554', title: 'phổ biến Kết luận số 57-KL/TW', status: 'expired' });
const all = [kl57, kl157, nq57, qd1079, undated];
const index = indexDirectives(all);
const collator = new Intl.Collator('vi-VN', { numeric: true, sensitivity: 'base' });
const ids = (list: ReadonlyArray<{ directive: Directive } | Directive>) => list.map((item) => ('directive' in item ? item.directive.id : item.id));

describe('filterDirectives', () => {
  it('matches without diacritics: "quyen con nguoi" finds "quyền con người"', () => {
    expect(ids(filterDirectives(index, { ...EMPTY_FILTER, text: 'quyen con nguoi' }))).toEqual([qd1079.id]);
  });

  it('matches a symbol typed in lower case at the start of a word: "57-kl" finds 57-KL/TW, not 157-KL/TW', () => {
    expect(ids(filterDirectives(index, { ...EMPTY_FILTER, text: '57-kl' }))).toEqual([kl57.id, undated.id]);
  });

  it('folds đ and Đ: "qd-ttg" finds 1079/QĐ-TTg and NFD input matches NFC data', () => {
    expect(ids(filterDirectives(index, { ...EMPTY_FILTER, text: 'qd-ttg' }))).toEqual([qd1079.id]);
    expect(ids(filterDirectives(index, { ...EMPTY_FILTER, text: 'quyền con người'.normalize('NFD') }))).toEqual([qd1079.id]);
  });

  it('searches tags and the English type name', () => {
    expect(ids(filterDirectives(index, { ...EMPTY_FILTER, text: 'nhan quyen' }))).toEqual([qd1079.id]);
    expect(ids(filterDirectives(index, { ...EMPTY_FILTER, text: 'decision' }))).toEqual([qd1079.id]);
  });

  it('combines type, issuer, year and status filters', () => {
    expect(ids(filterDirectives(index, { ...EMPTY_FILTER, type: 'Kết luận' }))).toEqual([kl57.id, kl157.id]);
    expect(ids(filterDirectives(index, { ...EMPTY_FILTER, issuer: 'Bộ Chính trị', year: '2024' }))).toEqual([nq57.id]);
    expect(ids(filterDirectives(index, { ...EMPTY_FILTER, year: NO_YEAR }))).toEqual([undated.id]);
    expect(ids(filterDirectives(index, { ...EMPTY_FILTER, issuer: NO_ISSUER }))).toEqual([undated.id]);
    expect(ids(filterDirectives(index, { ...EMPTY_FILTER, status: 'expired', text: 'kgvx' }))).toEqual([undated.id]);
  });
});

describe('containsWordStart', () => {
  it('accepts a token at the start of the text or after a non-letter, rejects one inside a word', () => {
    expect(containsWordStart('57-kl/tw', 'kl/tw')).toBe(true);
    expect(containsWordStart('157-kl/tw', '57-kl')).toBe(false);
    expect(containsWordStart('157-kl/tw 57-kl/tw', '57-kl')).toBe(true);
  });
});

describe('sortDirectives', () => {
  const options = { collator, typeLabel: (type: string) => type };
  const sorted = (sort: DirectiveSort) => ids(sortDirectives(index, sort, options));

  it('sorts by issue date, newest first by default, undated last', () => {
    expect(sorted(DEFAULT_SORT)).toEqual([nq57.id, kl57.id, qd1079.id, kl157.id, undated.id]);
    expect(sorted({ key: 'issueDate', direction: 'ascending' })).toEqual([kl157.id, qd1079.id, kl57.id, nq57.id, undated.id]);
  });

  it('sorts symbols numerically and types by Vietnamese collation', () => {
    expect(sorted({ key: 'symbol', direction: 'ascending' })).toEqual([kl57.id, nq57.id, kl157.id, qd1079.id, undated.id]);
    expect(sorted({ key: 'type', direction: 'ascending' }).slice(0, 3)).toEqual([undated.id, kl57.id, kl157.id]);
  });

  it('sorts issuers with empty ones last in both directions', () => {
    expect(sorted({ key: 'issuer', direction: 'descending' }).at(-1)).toBe(undated.id);
    expect(sorted({ key: 'issuer', direction: 'ascending' }).at(-1)).toBe(undated.id);
  });
});

describe('directiveFacets', () => {
  it('offers only values present, years newest first, types in the table order', () => {
    const facets = directiveFacets(index, collator);
    expect(facets.years).toEqual(['2024', '2023', '2022', '2021']);
    expect(facets.types).toEqual(['Kết luận', 'Nghị quyết', 'Quyết định', 'Công văn']);
    expect(facets.issuers).toEqual(['Ban Bí thư', 'Bộ Chính trị', 'Thủ tướng Chính phủ']);
    expect(facets.hasUndated).toBe(true);
    expect(facets.hasNoIssuer).toBe(true);
  });
});
