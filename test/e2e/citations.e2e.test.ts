// Citations in Chromium: paste a legal-basis block, add its three directives, open one, copy its short citation from the clipboard,
// attach and open a file; paste a known directive again and get an update, never a second copy; load the starter registry.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { vi as viText } from '../../renderer/src/i18n/vi.js';
import { directiveRow } from './support/directive-grid.js';
import { hostCall } from './support/host-call.js';
import { useAppPerTest, type OpenedApp } from './support/session.js';

const BASIS_BLOCK =
  'Căn cứ Luật Báo chí số 103/2016/QH13 ngày 05 tháng 4 năm 2016; Căn cứ Nghị định số 09/2017/NĐ-CP ngày 09/02/2017 của Chính phủ quy định chi tiết việc phát ngôn và cung cấp thông tin cho báo chí của các cơ quan hành chính nhà nước; Căn cứ Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới;';

/** 57-KL/TW again (now with the Politburo's term), a document sharing its number, and a malformed Party symbol. */
const SECOND_PASTE =
  'Thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị khóa XIII về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới và Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; Nghị quyết số 18/NQ-TW ngày 25/10/2017 của Ban Chấp hành Trung ương về một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả.';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');

/** What the page's globalThis offers for reading the clipboard back (the node-side tsconfig has no DOM types). */
interface ClipboardGlobals {
  navigator: { clipboard: { readText(): Promise<string> } };
}

const session = useAppPerTest();

/** "Tìm thấy 3 văn bản." from "Tìm thấy {{count}} văn bản." */
function fill(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
}

function pasteDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: viText.pasteCitations.title });
}

function pasteRow(dialog: Locator, symbol: string): Locator {
  return dialog.locator('tbody').filter({ has: dialog.page().getByRole('cell', { name: symbol, exact: true }) });
}

async function openPaste(page: Page, text: string): Promise<Locator> {
  await page.getByRole('button', { name: viText.pasteCitations.button, exact: true }).click();
  const dialog = pasteDialog(page);
  await dialog.waitFor();
  await dialog.getByLabel(viText.pasteCitations.textLabel, { exact: true }).fill(text);
  return dialog;
}

async function start(): Promise<OpenedApp> {
  const opened = await session.open();
  await opened.app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(opened.host.url).origin });
  return opened;
}

describe('citations (vi)', () => {
  it('adds the three directives of a pasted legal-basis block, opens one and copies its short citation', async () => {
    const { page, host, app } = await start();
    await page.getByText(viText.directives.emptyLibraryTitle).waitFor();

    const dialog = await openPaste(page, BASIS_BLOCK);
    await dialog.getByRole('status').getByText(fill(viText.pasteCitations.found_other, { count: 3 }), { exact: true }).waitFor();
    for (const [name, symbol] of [
      ['Luật Báo chí (103/2016/QH13)', '103/2016/QH13'],
      ['Nghị định số 09/2017/NĐ-CP', '09/2017/NĐ-CP'],
      ['Kết luận số 57-KL/TW', '57-KL/TW'],
    ] as const) {
      const row = pasteRow(dialog, symbol);
      expect(await row.getByRole('checkbox', { name: fill(viText.pasteCitations.select, { name }) }).isChecked(), name).toBe(true);
      await row.getByText(viText.pasteCitations.action.create, { exact: true }).waitFor();
    }
    await app.screenshot('vi-paste-citations');
    await dialog.getByRole('button', { name: fill(viText.pasteCitations.submitCreate_other, { count: 3 }), exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').getByText(fill(viText.pasteCitations.doneCreated_other, { count: 3 })).waitFor();
    for (const symbol of ['103/2016/QH13', '09/2017/NĐ-CP', '57-KL/TW']) await directiveRow(page, viText.directives.gridLabel, symbol).waitFor();

    await directiveRow(page, viText.directives.gridLabel, '57-KL/TW').dblclick();
    await page.getByRole('heading', { level: 1, name: 'Kết luận số 57-KL/TW', exact: true }).waitFor();
    expect(page.url()).toMatch(/#\/directives\/[A-Za-z0-9_-]+$/);
    await page.getByText('ngày 15 tháng 6 năm 2023', { exact: true }).waitFor();
    const copyShort = page.getByRole('button', { name: fill(viText.citations.copyLabel, { style: viText.citations.style.short }), exact: true });
    await copyShort.click();
    await copyShort.getByText(viText.citations.copied, { exact: true }).waitFor();
    expect(await page.evaluate(() => (globalThis as unknown as ClipboardGlobals).navigator.clipboard.readText())).toBe('Kết luận số 57-KL/TW');

    // Attach a PDF: it is copied into the data folder by content hash; "Mở tệp" hands that file to the system.
    await page.locator('input[type="file"]').setInputFiles({ name: 'Kết luận 57-KL-TW.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByText('Kết luận 57-KL-TW.pdf', { exact: true }).waitFor();
    await page.getByRole('button', { name: viText.attachments.open, exact: true }).click();
    const stored = path.join(host.dataDir, 'attachments', `${createHash('sha256').update(PDF).digest('hex')}.pdf`);
    await expect.poll(() => host.openedAttachments).toEqual([stored]);
    expect(await readFile(stored)).toEqual(PDF);
    await page.getByRole('region', { name: viText.attachments.heading }).scrollIntoViewIfNeeded();
    await app.screenshot('vi-directive-detail-attachment');

    // Back in the list, the same document pasted again (with its term) is offered as an update, not a second copy.
    await page.getByRole('button', { name: viText.directiveDetail.backToList }).click();
    const again = await openPaste(page, SECOND_PASTE);
    await again.getByRole('status').getByText(fill(viText.pasteCitations.found_other, { count: 3 }), { exact: true }).waitFor();
    const known = pasteRow(again, '57-KL/TW');
    await known.getByText(viText.pasteCitations.action.update, { exact: true }).waitFor();
    await known.getByText(`${viText.pasteCitations.field.issuerTerm}: ${viText.pasteCitations.emptyValue} → XIII`, { exact: true }).waitFor();
    await pasteRow(again, '57-NQ/TW').getByText('đừng nhầm 57-NQ/TW với 57-KL/TW', { exact: false }).waitFor();
    const malformed = pasteRow(again, '18-NQ/TW');
    await malformed.getByText(fill(viText.citations.warning.party_symbol_malformed, { written: '18/NQ-TW', suggestion: '18-NQ/TW' }), { exact: true }).waitFor();
    await app.screenshot('vi-paste-citations-update');
    await again.getByRole('button', { name: fill(viText.pasteCitations.submitBoth, { created: 2, updated: 1 }), exact: true }).click();
    await again.waitFor({ state: 'detached' });
    await page.getByRole('status').getByText(fill(viText.pasteCitations.doneBoth, { created: 2, updated: 1 })).waitFor();

    const stored57 = (await hostCall(host.url, 'directives', 'list', {})).filter((d) => d.symbol === '57-KL/TW');
    expect(stored57).toHaveLength(1);
    expect(stored57[0]).toMatchObject({ issuerTerm: 'XIII', attachment: { fileName: 'Kết luận 57-KL-TW.pdf' } });
    const symbols = (await hostCall(host.url, 'directives', 'list', {})).map((d) => d.symbol).sort();
    expect(symbols).toEqual(['09/2017/NĐ-CP', '103/2016/QH13', '18-NQ/TW', '57-KL/TW', '57-NQ/TW']);

    // The detail now warns that 57-NQ/TW shares the number, and links to it.
    await directiveRow(page, viText.directives.gridLabel, '57-KL/TW').dblclick();
    const warnings = page.getByRole('region', { name: viText.directiveDetail.warningsHeading });
    await warnings.getByText('đừng nhầm 57-KL/TW với 57-NQ/TW', { exact: false }).waitFor();
    await app.screenshot('vi-directive-detail');
    app.assertNoProblems();
  });

  it('offers the starter registry in an empty library and loads it once', async () => {
    const { page, host, app } = await start();
    const starter: unknown[] = JSON.parse(await readFile(path.resolve('resources/starter/directives.json'), 'utf8'));
    const load = page.getByRole('button', { name: fill(viText.starter.load, { count: starter.length }), exact: true });
    await load.waitFor();
    await app.screenshot('vi-directives-starter-offer');
    await load.click();
    await page.getByRole('status').getByText(fill(viText.starter.loaded_other, { count: starter.length })).waitFor();
    await page.getByText(fill(viText.directives.countAll, { total: starter.length }), { exact: true }).waitFor();
    expect(await hostCall(host.url, 'directives', 'list', {})).toHaveLength(starter.length);

    // A superseded law links to the law that replaces it.
    await directiveRow(page, viText.directives.gridLabel, '103/2016/QH13').dblclick();
    await page.getByRole('heading', { level: 1, name: 'Luật Báo chí (103/2016/QH13)', exact: true }).waitFor();
    await app.screenshot('vi-directive-detail-superseded');
    await page.getByRole('note').getByRole('link', { name: 'Luật Báo chí (126/2025/QH15)', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Luật Báo chí (126/2025/QH15)', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Luật Báo chí (103/2016/QH13)', exact: true }).waitFor();
    await app.screenshot('vi-directive-detail-starter');
    app.assertNoProblems();
  });
});
