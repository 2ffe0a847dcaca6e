// Bulk writes (starter registry, sample library, exchange import, backup restore) are all found by the very next search.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services/types.js';
import { parseSampleTalkingPoints, parseStarterDirectives } from '../../../shared/content/bundle.js';
import type { SearchKind } from '../../../shared/search/documents.js';
import { foldVietnamese } from '../../../shared/text/normalize.js';
import { directive, qaItem, talkingPoint } from '../../unit/search/fixtures.js';
import { call, open, tempDir } from '../storage/helpers.js';

async function found(services: Services, q: string, kind: SearchKind, id: string): Promise<boolean> {
  const results = await call(services, 'search', 'query', { q, kinds: [kind], limit: 50 });
  return results.groups.some((group) => group.hits.some((hit) => hit.id === id));
}

/** A library the office already had: the index, started after the bulk write, reads it in several batches. */
async function ownDirectives(services: Services, count: number): Promise<void> {
  const own = Array.from({ length: count }, (_, i) =>
    directive(`dirOwn${String(i).padStart(4, '0')}`, { type: 'Công văn', symbol: `${1000 + i}/VPCP-TH`, number: String(1000 + i), title: `về việc phối hợp số ${i}` }),
  );
  await services.stores().directives.putMany(own);
}

// The search worker starts on the first query here (the CLI, the test host); the app warms it up at start.
describe('the search index after a bulk write', () => {
  it('finds every starter directive by its symbol right after importStarter', async () => {
    const { services } = await open(await tempDir());
    await ownDirectives(services, 450);
    const starter = parseStarterDirectives(JSON.parse(await readFile('resources/starter/directives.json', 'utf8')));
    const { added } = await call(services, 'directives', 'importStarter', {});
    expect(added).toHaveLength(starter.length);
    const missing: string[] = [];
    for (const item of added) if (item.symbol && !(await found(services, item.symbol, 'directive', item.id))) missing.push(item.symbol);
    expect(missing).toEqual([]);
  });

  it('finds a sample talking point typed without diacritics right after loadSample', async () => {
    const { services } = await open(await tempDir());
    const [first] = parseSampleTalkingPoints(JSON.parse(await readFile('resources/sample/talking-points.json', 'utf8')));
    if (!first) throw new Error('the sample holds talking points');
    await call(services, 'talkingPoints', 'loadSample', {});
    const folded = foldVietnamese(first.title);
    expect(folded).not.toBe(first.title);
    expect(await found(services, folded, 'talkingPoint', first.id)).toBe(true);
  });

  it('finds every item an exchange import added', async () => {
    const sender = await open(await tempDir());
    const points = Array.from({ length: 40 }, (_, i) => talkingPoint(`tpSent${String(i).padStart(3, '0')}`, `Điểm tin gửi số ${i} về hợp tác vùng Mekong`, `Nội dung trao đổi số ${i}.`));
    const questions = Array.from({ length: 20 }, (_, i) => qaItem(`qaSent${String(i).padStart(3, '0')}`, `Câu hỏi gửi số ${i} về hợp tác vùng Mekong?`, `Trả lời số ${i}.`));
    const stores = sender.services.stores();
    await (await stores.talkingPoints.ready()).putMany(points);
    await (await stores.qaItems.ready()).putMany(questions);
    const file = await call(sender.services, 'exchange', 'exportLibrary', { all: true });

    const { services } = await open(await tempDir());
    await ownDirectives(services, 450);
    const preview = await call(services, 'exchange', 'previewImport', { fileName: 'thu-vien.spokesdesk', bytes: file.bytes });
    await call(services, 'exchange', 'applyImport', { token: preview.token, resolutions: {} });
    const missing: string[] = [];
    for (const [i, point] of points.entries()) if (!(await found(services, `diem tin gui so ${i}`, 'talkingPoint', point.id))) missing.push(point.id);
    for (const [i, question] of questions.entries()) if (!(await found(services, `cau hoi gui so ${i}`, 'qaItem', question.id))) missing.push(question.id);
    expect(missing).toEqual([]);
  });

  it.each([
    ['started by the first query', false],
    ['warmed up at start', true],
  ])('matches the restored library right after restoreBackup (%s)', async (_name, warmUpSearch) => {
    const dataDir = await tempDir();
    const first = await open(dataDir, { warmUpSearch });
    const kept = talkingPoint('tpKept0001', 'Phát triển kinh tế biển bền vững', 'Nội dung.');
    const later = talkingPoint('tpLater001', 'Chuyển đổi số quốc gia', 'Nội dung.');
    const laterDirective = directive('dirLater01', { type: 'Nghị quyết', symbol: '52-NQ/TW', number: '52', title: 'về chủ trương tham gia cách mạng công nghiệp' });
    await (await first.services.stores().talkingPoints.ready()).put(kept);
    // The search index is saved with the talking point in it, so the next start loads it from the file.
    await call(first.services, 'search', 'query', { q: 'kinh te bien' });
    await first.services.search.persist();
    await first.services.close();

    const { services } = await open(dataDir, { warmUpSearch });
    const backup = await call(services, 'system', 'createBackup', {});
    await (await services.stores().talkingPoints.ready()).put(later);
    await services.stores().directives.put(laterDirective);
    await services.search.changed({ packets: false });
    expect(await found(services, 'chuyen doi so', 'talkingPoint', later.id)).toBe(true);
    expect(await found(services, '52-NQ', 'directive', laterDirective.id)).toBe(true);

    await call(services, 'system', 'restoreBackup', { id: backup.id });
    expect(await found(services, 'chuyen doi so', 'talkingPoint', later.id)).toBe(false);
    expect(await found(services, '52-NQ', 'directive', laterDirective.id)).toBe(false);
    expect(await found(services, 'kinh te bien', 'talkingPoint', kept.id)).toBe(true);
  });
});
