// The import merge rules as a table: local document, incoming document and the shared version → new, update, same, conflict or older.
import { describe, expect, it } from 'vitest';
import { classify, sameContent, unchangedSinceShared, type MergeStatus, type Versioned } from '../../../shared/exchange/merge.js';
import { isSafeAttachmentName, maxNestingDepth } from '../../../shared/exchange/safe-read.js';

type Doc = Versioned & { title: string };
const T0 = '2026-11-01T08:00:00.000+07:00';
const T1 = '2026-11-02T08:00:00.000+07:00';
const T2 = '2026-11-03T08:00:00.000+07:00';
const T2_UTC = '2026-11-03T01:00:00.000Z';
const T3 = '2026-11-04T08:00:00.000+07:00';

const doc = (title: string, updatedAt: string, createdAt = T0): Doc => ({ id: 'item-000001', createdAt, updatedAt, title });

const CASES: Array<[string, Doc, Doc | undefined, string | undefined, MergeStatus]> = [
  ['absent locally', doc('A', T1), undefined, undefined, 'new'],
  ['identical', doc('A', T1), doc('A', T1), undefined, 'same'],
  ['same content, other timestamps', doc('A', T3), doc('A', T1), T1, 'same'],
  ['newer, local is the shared version', doc('B', T2), doc('A', T1), T1, 'update'],
  ['newer, shared version given in another offset', doc('B', T3), doc('A', T2), T2_UTC, 'update'],
  ['newer, never shared, local never edited', doc('B', T2), doc('A', T0), undefined, 'update'],
  ['newer, never shared, local edited', doc('B', T2), doc('A', T1), undefined, 'conflict'],
  ['newer, local edited after the shared version', doc('B', T3), doc('C', T2), T1, 'conflict'],
  ['same instant, different content', doc('B', T2), doc('A', T2), T2, 'conflict'],
  ['older than local', doc('B', T1), doc('A', T2), T1, 'older'],
  ['older than local, local edited since', doc('B', T1), doc('A', T3), T2, 'older'],
  ['older than local, never shared', doc('B', T1), doc('A', T3), undefined, 'older'],
  ['changed after the shared version, but local changed later', doc('B', T2), doc('C', T3), T1, 'conflict'],
];

describe('classify', () => {
  it.each(CASES)('%s → %s', (_name, incoming, local, shared, expected) => {
    expect(classify(incoming, local, shared)).toBe(expected);
  });

  it('compares content without regard to key order', () => {
    const a: Versioned & { nested: object } = { id: 'x-000001', createdAt: T0, updatedAt: T1, nested: { b: 1, a: 2 } };
    const b: Versioned & { nested: object } = { nested: { a: 2, b: 1 }, updatedAt: T2, createdAt: T0, id: 'x-000001' };
    expect(sameContent(a, b)).toBe(true);
    const c: Versioned & { nested: object } = { ...b, nested: { a: 2, b: 3 } };
    expect(sameContent(a, c)).toBe(false);
  });

  it('treats a document with no shared record as unchanged only when never edited', () => {
    expect(unchangedSinceShared(doc('A', T0), undefined)).toBe(true);
    expect(unchangedSinceShared(doc('A', T1), undefined)).toBe(false);
    expect(unchangedSinceShared(doc('A', T1), T1)).toBe(true);
  });
});

describe('attachment names', () => {
  it.each(['Kết luận 57.pdf', 'bao-cao..final.docx', 'QĐ 1079 (bản chính).pdf'])('accepts %s', (name) => {
    expect(isSafeAttachmentName(name)).toBe(true);
  });
  it.each(['../etc/passwd', '..', '.', '/etc/passwd', 'C:\\Windows\\x.pdf', 'C:x.pdf', '\\\\server\\share\\a', 'a\u0000.pdf', 'CON', 'nul.txt', 'com1.pdf', 'LPT9', 'tên.', 'tên ', ''])(
    'refuses %j',
    (name) => {
      expect(isSafeAttachmentName(name)).toBe(false);
    },
  );
});

describe('nesting depth', () => {
  it('counts brackets outside strings only', () => {
    expect(maxNestingDepth('{"a":[1,{"b":"[[[[{{{"}]}')).toBe(3);
    expect(maxNestingDepth('{"a":"\\"[[["}')).toBe(1);
    expect(maxNestingDepth('['.repeat(100_000))).toBe(100_000);
  });
});
