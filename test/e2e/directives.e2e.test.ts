// The directive library in Chromium: a Vietnamese directive survives a restart of the host on the same data folder,
// and a malformed symbol is refused with the Vietnamese message.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vi as viText } from '../../renderer/src/i18n/vi.js';
import type { AppPage } from './support/app-page.js';
import { directiveRow } from './support/directive-grid.js';
import { hostCall } from './support/host-call.js';
import { useAppPerTest } from './support/session.js';

const KL57 = {
  symbol: '57-KL/TW',
  issueDate: '15/6/2023',
  issuer: 'Bộ Chính trị',
  issuerTerm: 'XIII',
  title: 'tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới',
  excerpt: 'Thông tin đối ngoại là một bộ phận quan trọng của công tác đối ngoại của Đảng, Nhà nước và toàn dân; “người Việt Nam ở nước ngoài” là lực lượng quan trọng.',
};

const session = useAppPerTest();
/** One data folder for the whole file: the second test finds what the first one saved. */
let dataDir: string;

async function openOn(folder: string): Promise<AppPage> {
  return (await session.open({ dataDir: folder })).app;
}

/** The fixed part of a message before its interpolation ("Đã thêm văn bản " of "Đã thêm văn bản {{name}}."). */
function textBefore(message: string, placeholder: string): string {
  const at = message.indexOf(placeholder);
  if (at <= 0) throw new Error(`"${message}" does not start with fixed text before ${placeholder}`);
  return message.slice(0, at);
}

function row(page: Page, symbol: string): Locator {
  return directiveRow(page, viText.directives.gridLabel, symbol);
}

function formDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: viText.directiveForm.createTitle });
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'spokesdesk-e2e-directives-'));
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('directive library (vi)', () => {
  it('creates a directive typed in Vietnamese and finds it intact after the host restarts on the same folder', async () => {
    const { page, screenshot } = await openOn(dataDir);
    await page.getByRole('heading', { level: 1, name: viText.nav.directives }).waitFor();
    await page.getByText(viText.directives.emptyLibraryTitle).waitFor();
    await screenshot('vi-directives-empty');

    await page.getByRole('button', { name: viText.directives.newButton }).click();
    const dialog = formDialog(page);
    await dialog.waitFor();
    await dialog.getByLabel(viText.directiveForm.type, { exact: true }).selectOption('Kết luận');
    await dialog.getByLabel(viText.directiveForm.symbol, { exact: true }).fill(KL57.symbol);
    await dialog.getByLabel(viText.directiveForm.issueDate, { exact: true }).fill(KL57.issueDate);
    await dialog.getByLabel(viText.directiveForm.issuer, { exact: true }).fill(KL57.issuer);
    await dialog.getByLabel(viText.directiveForm.issuerTerm, { exact: true }).fill(KL57.issuerTerm);
    // Typed decomposed (as some Vietnamese keyboards produce it): it must be stored and shown precomposed (NFC).
    await dialog.getByLabel(viText.directiveForm.title, { exact: true }).fill(KL57.title.normalize('NFD'));
    await dialog.getByRole('button', { name: viText.directiveForm.addExcerpt }).click();
    await dialog.getByLabel(viText.directiveForm.excerptText, { exact: true }).fill(KL57.excerpt);
    // The number is taken from the symbol when the symbol box is left.
    await expect.poll(() => dialog.getByLabel(viText.directiveForm.number, { exact: true }).inputValue()).toBe('57');
    await screenshot('vi-directive-form');
    await dialog.getByRole('button', { name: viText.common.save, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    const created = row(page, KL57.symbol);
    await created.waitFor();
    expect(await created.textContent()).toContain(KL57.title);
    await page.getByRole('status').getByText(textBefore(viText.directives.created, '{{name}}')).waitFor();
    await screenshot('vi-directives-one');
    await session.closeAll();

    const reopened = await openOn(dataDir);
    const restoredRow = row(reopened.page, KL57.symbol);
    await restoredRow.waitFor();
    await restoredRow.dblclick();
    // Double-click opens the directive's detail screen; "Sửa" there opens the form.
    await reopened.page.getByRole('heading', { level: 1, name: 'Kết luận số 57-KL/TW', exact: true }).waitFor();
    await reopened.page.getByRole('button', { name: viText.directiveDetail.edit, exact: true }).click();
    const edit = reopened.page.getByRole('dialog', { name: textBefore(viText.directiveForm.editTitle, '{{name}}') });
    await edit.waitFor();
    expect(await edit.getByLabel(viText.directiveForm.title, { exact: true }).inputValue()).toBe(KL57.title);
    expect(await edit.getByLabel(viText.directiveForm.excerptText, { exact: true }).inputValue()).toBe(KL57.excerpt);
    expect(await edit.getByLabel(viText.directiveForm.issueDate, { exact: true }).inputValue()).toBe('15/06/2023');
    await reopened.screenshot('vi-directive-edit');

    const stored = await hostCall(reopened.page.url(), 'directives', 'list', {});
    expect(stored).toHaveLength(1);
    const [directive] = stored;
    expect(directive).toMatchObject({ type: 'Kết luận', number: '57', symbol: KL57.symbol, issueDate: '2023-06-15', issuer: KL57.issuer, issuerTerm: KL57.issuerTerm });
    expect(directive?.title).toBe(KL57.title);
    expect(directive?.title).toBe(directive?.title.normalize('NFC'));
    expect(directive?.excerpts.map((e) => e.text)).toEqual([KL57.excerpt]);
  });

  it('refuses a malformed symbol with the Vietnamese message and saves nothing', async () => {
    const { page, screenshot } = await openOn(dataDir);
    await row(page, KL57.symbol).waitFor();
    await page.getByRole('button', { name: viText.directives.newButton }).click();
    const dialog = formDialog(page);
    await dialog.waitFor();
    const symbol = dialog.getByLabel(viText.directiveForm.symbol, { exact: true });
    await symbol.fill('57 KL/TW');
    await dialog.getByLabel(viText.directiveForm.title, { exact: true }).fill('một văn bản có ký hiệu sai');
    await dialog.getByRole('button', { name: viText.common.save, exact: true }).click();

    await dialog.getByText(viText.validation.symbolFormat, { exact: true }).waitFor();
    expect(await symbol.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id)).toBe(await symbol.getAttribute('id'));
    await dialog.getByRole('alert').waitFor();
    await screenshot('vi-directive-form-invalid-symbol');

    const stored = await hostCall(page.url(), 'directives', 'list', {});
    expect(stored.map((d) => d.symbol)).toEqual([KL57.symbol]);
  });
});
