// upsertMany and the starter registry on a real data folder: a document is never stored twice, each item succeeds or fails alone.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../shared/citations/index.js';
import type { DirectiveFieldsInput } from '../../../shared/model/index.js';
import { call, failure, open, tempDir } from '../storage/helpers.js';

const BASIS_BLOCK =
  'Căn cứ Luật Báo chí số 103/2016/QH13 ngày 05 tháng 4 năm 2016; Căn cứ Nghị định số 09/2017/NĐ-CP ngày 09/02/2017 của Chính phủ quy định chi tiết việc phát ngôn và cung cấp thông tin cho báo chí của các cơ quan hành chính nhà nước; Căn cứ Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới;';

/** What the paste dialog sends for a piece of text: the parsed citations as directive fields. */
function citationsOf(text: string): Array<{ fields: DirectiveFieldsInput }> {
  return parse(text).map((c) => ({
    fields: { type: c.type, number: c.number, symbol: c.symbol, issueDate: c.date, issuer: c.issuer ?? '', issuerTerm: c.term, title: c.title ?? '' },
  }));
}

describe('directives.upsertMany', () => {
  it('adds the citations of a legal-basis block, and pasting the block again adds nothing', async () => {
    const { services } = await open(await tempDir());
    const first = await call(services, 'directives', 'upsertMany', { items: citationsOf(BASIS_BLOCK) });
    expect(first).toMatchObject({ created: 3, updated: 0, unchanged: 0, failed: 0 });
    expect(first.outcomes.map((o) => o.status)).toEqual(['created', 'created', 'created']);

    const again = await call(services, 'directives', 'upsertMany', { items: citationsOf(BASIS_BLOCK) });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3, failed: 0 });
    const list = await call(services, 'directives', 'list', {});
    expect(list.map((d) => d.symbol).sort()).toEqual(['09/2017/NĐ-CP', '103/2016/QH13', '57-KL/TW']);
  });

  it('updates a stored document named again with more fields, keeping what the citation does not give', async () => {
    const { services } = await open(await tempDir());
    const stored = await call(services, 'directives', 'create', {
      fields: { type: 'Kết luận', symbol: '57-KL/TW', issuer: 'Bộ Chính trị', title: 'tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới', tags: ['ttđn'], notes: 'ghi chú' },
    });
    const result = await call(services, 'directives', 'upsertMany', {
      items: citationsOf('Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị khóa XIII về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới'),
    });
    expect(result).toMatchObject({ created: 0, updated: 1, failed: 0 });
    const [outcome] = result.outcomes;
    if (outcome?.status !== 'updated') throw new Error(`expected an update, got ${JSON.stringify(outcome)}`);
    expect(outcome.directive).toMatchObject({ id: stored.id, number: '57', issueDate: '2023-06-15', issuerTerm: 'XIII', tags: ['ttđn'], notes: 'ghi chú' });
    // The parser capitalises the subject; the stored wording is kept since it reads the same.
    expect(outcome.directive.title).toBe(stored.title);
    expect(outcome.directive.updatedAt > stored.updatedAt).toBe(true);
    expect(await call(services, 'directives', 'list', {})).toHaveLength(1);
  });

  it('keeps 57-KL/TW and 57-NQ/TW apart, and a law cited without its issuer is the stored law', async () => {
    const { services } = await open(await tempDir());
    await call(services, 'directives', 'create', { fields: { type: 'Luật', number: '103', symbol: '103/2016/QH13', issuer: 'Quốc hội', title: 'Báo chí' } });
    await call(services, 'directives', 'create', { fields: { type: 'Kết luận', symbol: '57-KL/TW', issuer: 'Bộ Chính trị', title: 'thông tin đối ngoại' } });
    const result = await call(services, 'directives', 'upsertMany', {
      items: citationsOf('Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ; Luật Báo chí số 103/2016/QH13 ngày 05 tháng 4 năm 2016'),
    });
    expect(result.outcomes.map((o) => o.status)).toEqual(['created', 'updated']);
    const list = await call(services, 'directives', 'list', {});
    expect(list.map((d) => d.symbol).sort()).toEqual(['103/2016/QH13', '57-KL/TW', '57-NQ/TW']);
    expect(list.find((d) => d.symbol === '103/2016/QH13')).toMatchObject({ issuer: 'Quốc hội', issueDate: '2016-04-05' });
  });

  it('fails a bad item alone and adds the rest; the same document twice in one batch is stored once', async () => {
    const { services } = await open(await tempDir());
    const result = await call(services, 'directives', 'upsertMany', {
      items: [
        { fields: { type: 'Chỉ thị', symbol: '07/CT-TTg', issuer: 'Thủ tướng Chính phủ', title: 'tăng cường công tác truyền thông chính sách' } },
        { fields: { type: 'Kết luận', symbol: '57 KL/TW', title: 'ký hiệu sai dạng' } },
        { fields: { type: 'Khác' } },
        { fields: { type: 'Chỉ thị', symbol: '07/CT-TTg', issueDate: '2023-03-21' } },
        { fields: { type: 'Quyết định', symbol: '1079/QĐ-TTg', title: 'phê duyệt Đề án', supersededBy: 'no-such-directive' } },
      ],
    });
    expect(result.outcomes.map((o) => o.status)).toEqual(['created', 'failed', 'failed', 'unchanged', 'failed']);
    expect(result).toMatchObject({ created: 1, failed: 3 });
    const errors = result.outcomes.flatMap((o) => (o.status === 'failed' ? [o.error] : []));
    expect(errors.map((e) => e.code)).toEqual(['validation', 'validation', 'validation']);
    expect(errors[0]?.issues.map((i) => i.message)).toContain('validation.symbolFormat');
    expect(errors[1]?.issues.map((i) => i.message)).toContain('validation.symbolOrTitle');
    expect(errors[2]?.issues.map((i) => i.message)).toContain('validation.supersededByUnknown');
    const list = await call(services, 'directives', 'list', {});
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ symbol: '07/CT-TTg', issueDate: '2023-03-21' });
  });

  it('refuses an empty batch and items that are not objects before anything runs', async () => {
    const { services } = await open(await tempDir());
    expect((await failure(call(services, 'directives', 'upsertMany', { items: [] }))).code).toBe('validation');
    expect(await call(services, 'directives', 'list', {})).toEqual([]);
  });
});

describe('the starter registry', () => {
  it('reports its size, imports it once, and a second import adds nothing', async () => {
    const dir = await tempDir();
    const { services } = await open(dir);
    const bundled: unknown[] = JSON.parse(await readFile(path.resolve('resources/starter/directives.json'), 'utf8'));
    expect(await call(services, 'directives', 'starterStatus', {})).toEqual({ total: bundled.length, present: 0 });

    const first = await call(services, 'directives', 'importStarter', {});
    expect(first.added).toHaveLength(bundled.length);
    expect(first.present).toBe(0);
    const again = await call(services, 'directives', 'importStarter', {});
    expect(again).toEqual({ added: [], present: bundled.length });
    expect(await call(services, 'directives', 'list', {})).toHaveLength(bundled.length);
    expect(await call(services, 'directives', 'starterStatus', {})).toEqual({ total: bundled.length, present: bundled.length });

    // Superseded-by links between starter directives still point at stored directives.
    const press2016 = await call(services, 'directives', 'get', { id: 'starter-103-2016-qh13' });
    expect(press2016.supersededBy).toBe('starter-126-2025-qh15');
    await services.close();
    const reopened = await open(dir);
    expect(await call(reopened.services, 'directives', 'list', {})).toHaveLength(bundled.length);
  });

  it('does not add a starter directive the user already typed in, and links to the user’s copy', async () => {
    const { services } = await open(await tempDir());
    const mine = await call(services, 'directives', 'create', {
      fields: { type: 'Luật', number: '126', symbol: '126/2025/QH15', issuer: 'Quốc hội', title: 'Báo chí', notes: 'bản của tôi' },
    });
    const result = await call(services, 'directives', 'importStarter', {});
    expect(result.present).toBe(1);
    expect(result.added.map((d) => d.id)).not.toContain('starter-126-2025-qh15');
    const list = await call(services, 'directives', 'list', {});
    expect(list.filter((d) => d.symbol === '126/2025/QH15')).toEqual([mine]);
    expect(list.find((d) => d.id === 'starter-103-2016-qh13')?.supersededBy).toBe(mine.id);
  });
});
