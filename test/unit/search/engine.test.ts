// The search engine on real documents: folding, exact-accent ranking, symbols, fields, phrases, kinds, snippets, updates, snapshots.
import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../shared/search/engine.js';
import { directiveDocuments, packetDocuments, talkingPointDocuments, type SearchKind } from '../../../shared/search/documents.js';
import type { SearchHit, SearchResults } from '../../../shared/search/results.js';
import { foldVietnamese } from '../../../shared/text/normalize.js';
import { DIRECTIVES, PACKETS, TALKING_POINTS, directive, fixtureEngine, packet, talkingPoint } from './fixtures.js';

function ids(results: SearchResults, kind: SearchKind): string[] {
  return results.groups.find((g) => g.kind === kind)?.hits.map((h) => h.id) ?? [];
}

function highlighted(hit: SearchHit): string[] {
  return hit.snippetHighlights.map((h) => hit.snippet.slice(h.start, h.end));
}

describe('diacritics and ranking', () => {
  const engine = fixtureEngine();

  it('ranks the exact accented word above words that only fold to it', () => {
    const found = ids(engine.search('quyền'), 'talkingPoint');
    expect(found[0]).toBe('tpExactAcc');
    expect(found).toContain('tpFoldedOnly');
    expect(found.indexOf('tpExactAcc')).toBeLessThan(found.indexOf('tpFoldedOnly'));
  });

  it('ranks "quyến" first when that is what was typed', () => {
    expect(ids(engine.search('quyến'), 'talkingPoint')[0]).toBe('tpFoldedOnly');
  });

  it('finds every accent variant, and text typed without accents, from a query without accents', () => {
    expect(new Set(ids(engine.search('quyen'), 'talkingPoint'))).toEqual(new Set(['tpExactAcc', 'tpFoldedOnly', 'tpUnaccent']));
  });

  it('finds "quyền con người" from "quyen con nguoi" (and the unaccented note from the accented query)', () => {
    expect(ids(engine.search('quyen con nguoi'), 'talkingPoint')).toEqual(expect.arrayContaining(['tpExactAcc', 'tpUnaccent']));
    expect(ids(engine.search('quyền con người'), 'talkingPoint')).toContain('tpUnaccent');
    expect(ids(engine.search('quyen con nguoi'), 'directive')).toEqual(['dir1079qd']);
  });

  it('folds đ and capitals, and accepts NFD input', () => {
    expect(ids(engine.search('DE AN'), 'directive')).toContain('dir1079qd');
    expect(ids(engine.search('đề án'.normalize('NFD')), 'directive')).toContain('dir1079qd');
  });

  it('matches the last word as a prefix while it is typed, but not after a space', () => {
    expect(ids(engine.search('xuất khẩ'), 'talkingPoint')).toEqual(['tpEconomy']);
    expect(ids(engine.search('xuất khẩ '), 'talkingPoint')).toEqual([]);
  });

  it('tolerates one typo in words of four letters or more, only when nothing matches as typed', () => {
    expect(ids(engine.search('hien phap '), 'qaItem')).toEqual(['qaReligion1']);
    expect(ids(engine.search('hien phqp '), 'qaItem')).toEqual(['qaReligion1']);
    expect(ids(engine.search('tôn gieo '), 'qaItem')).toEqual(['qaReligion1']);
    // "quyết" occurs (Quyết định), so "quyền" and "quyến", one letter off, are not offered.
    expect(ids(engine.search('quyết '), 'directive')).toEqual(['dir1079qd']);
    expect(ids(engine.search('quyết '), 'talkingPoint')).toEqual([]);
    expect(engine.search('abc ').groups).toEqual([]);
  });
});

describe('symbols', () => {
  const engine = fixtureEngine();

  it.each([
    ['57-KL', 'dir57klTW'],
    ['57-KL/TW', 'dir57klTW'],
    ['1079/QĐ', 'dir1079qd'],
    ['1079/QD', 'dir1079qd'],
    ['1079/qđ-ttg', 'dir1079qd'],
    ['09/2017/NĐ-CP', 'dir09nd2017'],
    ['09/2017', 'dir09nd2017'],
  ])('"%s" puts %s first', (query, id) => {
    expect(ids(engine.search(query), 'directive')[0]).toBe(id);
  });

  it('does not confuse 57-KL with 157-KL', () => {
    expect(ids(engine.search('57-KL'), 'directive')).toEqual(['dir57klTW']);
  });

  it('finds documents that cite a symbol in their text, with the symbol highlighted whole', () => {
    const hit = engine.search('57-KL').groups.find((g) => g.kind === 'talkingPoint')?.hits[0];
    expect(hit?.id).toBe('tpEconomy');
    expect(hit && highlighted(hit)).toEqual(['57-KL/TW']);
  });
});

describe('fields and phrases', () => {
  const engine = fixtureEngine();

  it('searches one field with field:value', () => {
    expect(ids(engine.search('symbol:57-KL'), 'directive')).toEqual(['dir57klTW']);
    expect(engine.search('symbol:57-KL').groups.map((g) => g.kind)).toEqual(['directive']);
    expect(ids(engine.search('type:"Kết luận"'), 'directive').sort()).toEqual(['dir157klTW', 'dir57klTW']);
    expect(ids(engine.search('loai:"ket luan"'), 'directive').sort()).toEqual(['dir157klTW', 'dir57klTW']);
    expect(ids(engine.search('issuer:"bo chinh tri"'), 'directive')).toEqual(['dir57klTW']);
    expect(ids(engine.search('outlet:reuters'), 'qaItem')).toEqual(['qaReligion1']);
  });

  it('matches a tag by its slug, with or without accents', () => {
    for (const query of ['tag:nhan-quyen', 'tag:nhân-quyền', 'tag:"nhân quyền"', 'the:nhan-quyen']) {
      const results = engine.search(query);
      expect(ids(results, 'talkingPoint'), query).toEqual(['tpExactAcc']);
      expect(ids(results, 'directive'), query).toEqual(['dir1079qd']);
    }
  });

  it('requires a quoted phrase to appear in that order', () => {
    expect(ids(engine.search('"con người nơi"'), 'talkingPoint')).toEqual(['tpFoldedOnly']);
    expect(ids(engine.search('"nơi người con"'), 'talkingPoint')).toEqual([]);
    expect(ids(engine.search('"quyen con nguoi"'), 'talkingPoint').sort()).toEqual(['tpExactAcc', 'tpUnaccent']);
  });

  it('treats an unknown field name as words', () => {
    expect(ids(engine.search('kinh:tế'), 'talkingPoint')).toEqual(['tpEconomy']);
  });
});

describe('results', () => {
  const engine = fixtureEngine();

  it('groups by kind, best group first, and filters kinds', () => {
    const all = engine.search('quyền con người');
    expect(new Set(all.groups.map((g) => g.kind))).toEqual(new Set(['directive', 'talkingPoint', 'packet']));
    const scores = all.groups.map((g) => g.hits[0]?.score ?? 0);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(engine.search('quyền con người', { kinds: ['packet'] }).groups.map((g) => g.kind)).toEqual(['packet']);
  });

  it('returns one hit per packet with the matched section', () => {
    const group = engine.search('xuất khẩu').groups.find((g) => g.kind === 'packet');
    expect(group?.hits).toHaveLength(1);
    expect(group?.hits[0]).toMatchObject({ id: 'pkJanuary1', sectionId: 'secEconomy', subtitle: 'II. Kinh tế', field: 'body' });
    expect(engine.search('1079/QĐ', { kinds: ['packet'] }).groups[0]?.hits[0]?.sectionId).toBe('secRights');
  });

  it('limits hits per kind and says when there are more', () => {
    const limited = engine.search('quyen', { kinds: ['talkingPoint'], limit: 2 });
    expect(limited.groups[0]?.hits).toHaveLength(2);
    expect(limited.groups[0]?.more).toBe(true);
    expect(engine.search('quyen', { kinds: ['talkingPoint'], limit: 3 }).groups[0]?.more).toBe(false);
  });

  it('highlights the matched words in the snippet and the title, with offsets into NFC strings', () => {
    const hit = engine.search('quyen con nguoi', { kinds: ['talkingPoint'] }).groups[0]?.hits.find((h) => h.id === 'tpExactAcc');
    expect(hit).toBeDefined();
    if (!hit) return;
    expect(hit.snippet).toBe(hit.snippet.normalize('NFC'));
    expect(highlighted(hit).map(foldVietnamese)).toEqual(['quyen', 'con', 'nguoi']);
    expect(hit.titleHighlights.map((h) => hit.title.slice(h.start, h.end))).toEqual(['quyền', 'con', 'người']);
  });

  it('names the field the snippet comes from; a title-only match shows the start of the body', () => {
    const byTitle = engine.search('trưởng', { kinds: ['talkingPoint'] }).groups[0]?.hits[0];
    expect(byTitle).toMatchObject({ id: 'tpEconomy', field: 'title', snippetHighlights: [] });
    expect(byTitle?.snippet.startsWith('Kim ngạch')).toBe(true);
    expect(engine.search('symbol:1079').groups[0]?.hits[0]).toMatchObject({ field: 'symbol', snippet: '1079/QĐ-TTg' });
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(engine.search('').groups).toEqual([]);
    expect(engine.search('  …, ; ').groups).toEqual([]);
  });
});

describe('incremental updates and snapshots', () => {
  it('adds, replaces and removes items', () => {
    const engine = fixtureEngine();
    const added = talkingPoint('tpNewOne1', 'Biển Đông', 'Chủ quyền biển đảo được bảo vệ bằng biện pháp hòa bình.');
    engine.setItem('talkingPoint', added.id, talkingPointDocuments(added));
    expect(ids(engine.search('bien dao'), 'talkingPoint')).toEqual(['tpNewOne1']);

    const edited = { ...added, message: talkingPoint('x1234567', 't', 'Hợp tác nghề cá.').message, updatedAt: '2026-02-01T09:00:00.000+07:00' };
    engine.setItem('talkingPoint', edited.id, talkingPointDocuments(edited));
    expect(ids(engine.search('bien dao'), 'talkingPoint')).toEqual([]);
    expect(ids(engine.search('nghe ca'), 'talkingPoint')).toEqual(['tpNewOne1']);
    expect(engine.stamps().get('talkingPoint/tpNewOne1')).toBe('2026-02-01T09:00:00.000+07:00');

    expect(engine.removeItem('talkingPoint', 'tpNewOne1')).toBe(true);
    expect(ids(engine.search('nghe ca'), 'talkingPoint')).toEqual([]);
    expect(engine.removeItem('talkingPoint', 'tpNewOne1')).toBe(false);
  });

  it('replaces all sections of a packet when it is saved again', () => {
    const engine = fixtureEngine();
    const before = engine.documentCount;
    const next = packet('pkJanuary1', 'Họp báo thường kỳ tháng 1 năm 2026', [{ id: 'secOnlyOne', title: 'I. Duy nhất', text: 'Nội dung mới về môi trường.' }]);
    engine.setItem('packet', next.id, packetDocuments(next));
    expect(engine.documentCount).toBe(before - 4 + 2);
    expect(engine.search('xuất khẩu', { kinds: ['packet'] }).groups).toEqual([]);
    expect(engine.search('moi truong').groups[0]?.hits[0]).toMatchObject({ id: 'pkJanuary1', sectionId: 'secOnlyOne' });
  });

  it('restores from a JSON snapshot with the same results', () => {
    const engine = fixtureEngine();
    engine.removeItem('directive', 'dir157klTW');
    const restored = SearchEngine.restore(JSON.parse(JSON.stringify(engine.snapshot())));
    for (const query of ['quyền', 'quyen con nguoi', '57-KL', 'tag:nhan-quyen', '"con người nơi"', 'xuất khẩ', 'hien phqp ']) {
      expect(restored.search(query), query).toEqual(engine.search(query));
    }
    expect(restored.stamps()).toEqual(engine.stamps());
    expect(restored.itemCount).toBe(DIRECTIVES.length - 1 + TALKING_POINTS.length + 1 + 1 + PACKETS.length);
    const later = directive('dirLater01', { type: 'Chỉ thị', symbol: '12/CT-TTg', number: '12', title: 'tăng cường kỷ cương' });
    restored.setItem('directive', later.id, directiveDocuments(later));
    expect(ids(restored.search('12/CT'), 'directive')).toEqual(['dirLater01']);
  });

  it('refuses a snapshot whose documents and index disagree', () => {
    const snapshot = fixtureEngine().snapshot();
    expect(() => SearchEngine.restore({ ...snapshot, documents: snapshot.documents.slice(1) })).toThrow();
    const [first] = snapshot.documents;
    if (!first) throw new Error('fixtures index documents');
    const stranger = { ...first, id: 'directive/nobody' };
    expect(() => SearchEngine.restore({ ...snapshot, documents: [...snapshot.documents.slice(1), stranger] })).toThrow();
  });
});
