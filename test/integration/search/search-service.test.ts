// The search service behind openServices: the worker really answers, changes are indexed at once, the index file persists and heals.
import { readFile, writeFile } from 'node:fs/promises';
import { threadId } from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';
import { indexFilePath } from '../../../electron/services/search/index-file.js';
import type { SearchKind } from '../../../shared/search/documents.js';
import { SearchEngine } from '../../../shared/search/engine.js';
import type { SearchResults } from '../../../shared/search/results.js';
import { call, directiveInput, failure, open, tempDir } from '../storage/helpers.js';
import { packet, talkingPoint } from '../../unit/search/fixtures.js';

function ids(results: SearchResults, kind: SearchKind): string[] {
  return results.groups.find((g) => g.kind === kind)?.hits.map((h) => h.id) ?? [];
}

describe('search.query through the services', () => {
  it('answers from the worker thread, never from an engine on the main thread', async () => {
    const { services } = await open(await tempDir());
    const created = await call(services, 'directives', 'create', { fields: directiveInput(1079, { title: 'phê duyệt Đề án tuyên truyền về quyền con người' }) });
    const onMain = vi.spyOn(SearchEngine.prototype, 'search');
    try {
      const results = await call(services, 'search', 'query', { q: 'quyen con nguoi' });
      expect(ids(results, 'directive')).toEqual([created.id]);
      expect(onMain).not.toHaveBeenCalled();
      expect(services.search.workerThreadId).not.toBe(threadId);
    } finally {
      onMain.mockRestore();
    }
  });

  it('indexes creates, updates, deletes and undos as they happen', async () => {
    const { services } = await open(await tempDir());
    const query = (q: string) => call(services, 'search', 'query', { q });
    const first = await call(services, 'directives', 'create', { fields: directiveInput(57, { type: 'Kết luận', symbol: '57-KL/TW', number: '57', title: 'về công tác thông tin đối ngoại' }) });
    expect(ids(await query('57-KL'), 'directive')).toEqual([first.id]);

    const updated = await call(services, 'directives', 'update', { id: first.id, fields: { ...directiveInput(57, { type: 'Kết luận', symbol: '57-KL/TW', number: '57' }), title: 'về bảo vệ nền tảng tư tưởng' } });
    expect(ids(await query('thong tin doi ngoai'), 'directive')).toEqual([]);
    expect(ids(await query('nen tang tu tuong'), 'directive')).toEqual([first.id]);

    await call(services, 'directives', 'delete', { id: first.id });
    expect((await query('57-KL')).groups).toEqual([]);
    await call(services, 'directives', 'undoDelete', { directive: updated });
    expect(ids(await query('57-KL'), 'directive')).toEqual([first.id]);
  });

  it('reads packet files in the worker: the matched section is named, and a deleted packet disappears', async () => {
    const { services } = await open(await tempDir(), { warmUpSearch: true });
    await services.search.idle();
    const saved = packet('pkSearch01', 'Họp báo thường kỳ tháng 3', [
      { id: 'secIntro01', title: 'I. Khai mạc', text: 'Chào mừng các nhà báo.' },
      { id: 'secSea0001', title: 'II. Biển Đông', text: 'Việt Nam kiên quyết bảo vệ chủ quyền biển đảo bằng biện pháp hòa bình.' },
    ]);
    await services.stores().packets.put(saved);
    await services.search.changed({ packets: true });
    const hit = (await call(services, 'search', 'query', { q: 'chu quyen bien dao', kinds: ['packet'] })).groups[0]?.hits[0];
    expect(hit).toMatchObject({ id: 'pkSearch01', sectionId: 'secSea0001', subtitle: 'II. Biển Đông', title: 'Họp báo thường kỳ tháng 3' });
    // Typed without accents, "bien" also matches "biện" (biện pháp): every spelling that folds to it is highlighted.
    expect(hit && hit.snippetHighlights.map((h) => hit.snippet.slice(h.start, h.end))).toEqual(['chủ', 'quyền', 'biển', 'đảo', 'biện']);

    await services.stores().packets.remove('pkSearch01');
    await services.search.changed({ packets: true });
    expect((await call(services, 'search', 'query', { q: 'chu quyen bien dao' })).groups).toEqual([]);
  });

  it('indexes talking points once the lazily read collection is loaded', async () => {
    const { services } = await open(await tempDir(), { warmUpSearch: true });
    await services.search.idle();
    await (await services.stores().talkingPoints.ready()).put(talkingPoint('tpRights01', 'Quyền con người', 'Bảo đảm quyền con người là mục tiêu nhất quán.'));
    await services.search.changed({ packets: false });
    expect(ids(await call(services, 'search', 'query', { q: 'quyền con người' }), 'talkingPoint')).toEqual(['tpRights01']);
  });

  it('refuses malformed queries before they reach the worker', async () => {
    const { services } = await open(await tempDir());
    expect((await failure(call(services, 'search', 'query', { q: 'x'.repeat(501) }))).code).toBe('validation');
    expect((await failure(call(services, 'search', 'query', { q: 'x', kinds: ['poem' as SearchKind] }))).code).toBe('validation');
    expect((await failure(call(services, 'search', 'query', { q: 'x', limit: 0 }))).code).toBe('validation');
  });
});

describe('the persisted index', () => {
  it('is loaded at the next start instead of being rebuilt, and caught up with what changed meanwhile', async () => {
    const dataDir = await tempDir();
    const session1 = await open(dataDir);
    const kept = await call(session1.services, 'directives', 'create', { fields: directiveInput(9, { title: 'quy định chi tiết việc phát ngôn' }) });
    const edited = await call(session1.services, 'directives', 'create', { fields: directiveInput(10, { title: 'bản cũ về hội nghị' }) });
    expect(await call(session1.services, 'search', 'query', { q: 'phat ngon' })).toBeTruthy();
    expect((await session1.services.search.persist()).written).toBe(true);
    await session1.services.close();

    const session2 = await open(dataDir);
    const report = await session2.services.search.loadReport();
    expect(report.problem).toBeNull();
    expect(report.fingerprint).toMatch(/^[a-f0-9]{64}$/);
    expect(new Map(report.stamps).get(`directive/${kept.id}`)).toBe(kept.updatedAt);
    // A few edits are not worth writing the file for: the next start catches up from the stamps.
    await call(session2.services, 'directives', 'update', { id: edited.id, fields: directiveInput(10, { title: 'bản mới về tập huấn' }) });
    await session2.services.close();

    const session3 = await open(dataDir);
    expect(new Map((await session3.services.search.loadReport()).stamps).get(`directive/${edited.id}`)).toBe(edited.updatedAt);
    await session3.services.search.idle();
    expect(ids(await call(session3.services, 'search', 'query', { q: 'tap huan' }), 'directive')).toEqual([edited.id]);
    expect(ids(await call(session3.services, 'search', 'query', { q: 'hoi nghi' }), 'directive')).toEqual([]);
    expect(ids(await call(session3.services, 'search', 'query', { q: 'phat ngon' }), 'directive')).toEqual([kept.id]);
  });

  it.each([
    ['garbage', () => 'not json {', 'damaged'],
    ['truncated', (text: string) => text.slice(0, Math.floor(text.length / 2)), 'damaged'],
    ['tampered content', (text: string) => text.replace('quy định chi tiết', 'quy định khác'), 'damaged'],
    ['wrong types', (text: string) => JSON.stringify({ ...JSON.parse(text), savedAt: 17 }), 'damaged'],
    ['built by older rules', (text: string) => JSON.stringify({ ...JSON.parse(text), analyzer: 0 }), 'outdated'],
  ])('is rebuilt, and the problem logged, when it is %s', async (_name, damage, problem) => {
    const dataDir = await tempDir();
    const session1 = await open(dataDir);
    const directive = await call(session1.services, 'directives', 'create', { fields: directiveInput(9, { title: 'quy định chi tiết việc phát ngôn' }) });
    await call(session1.services, 'search', 'query', { q: 'x' });
    await session1.services.search.persist();
    await session1.services.close();
    const file = indexFilePath(dataDir);
    await writeFile(file, damage(await readFile(file, 'utf8')));

    const log = vi.fn();
    const session2 = await open(dataDir, { log });
    expect((await session2.services.search.loadReport()).problem).toBe(problem);
    // Queries do not wait for a rebuild from nothing; this test does.
    await session2.services.search.idle();
    expect(ids(await call(session2.services, 'search', 'query', { q: 'phat ngon' }), 'directive')).toEqual([directive.id]);
    expect(log.mock.calls.some(([message]) => /search\/index\.json .*rebuilding it/.test(String(message)))).toBe(true);
    expect(session2.services.stores().settings.get()).toBeTruthy();
    // A rebuild is worth writing: the file is whole again after close.
    await session2.services.close();
    const session3 = await open(dataDir);
    expect((await session3.services.search.loadReport()).problem).toBeNull();
  });
});
