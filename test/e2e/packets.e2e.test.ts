// The packet flow in Chromium: template → packet → a talking point, a Q&A item, a citation and an internal note inserted with the
// keyboard → preflight shows the unfilled variable and the internal note → fixed → approved and locked → reopened with a version.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { vi as viText } from '../../renderer/src/i18n/vi.js';
import { templateSchema } from '../../shared/model/index.js';
import { RESOURCES_DIR } from './host/paths.js';
import { hostCall } from './support/host-call.js';
import { useAppPerTest } from './support/session.js';

const TEMPLATE_FILE = path.join(RESOURCES_DIR, 'templates', 'thong-tin-dinh-ky-hang-thang.json');
const text = viText.packetComposer;

const session = useAppPerTest();

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function saved(page: Page): Promise<void> {
  await page.locator('[data-testid="composer"][data-save-state="saved"]').waitFor();
}

/** Ctrl+/ in the editor, then the palette entry, then a search and Enter in the picker. */
async function insertWithKeyboard(page: Page, kind: string, query?: string, beforeEnter?: () => Promise<unknown>): Promise<void> {
  await page.keyboard.press('Control+/');
  const palette = page.getByRole('dialog', { name: text.insert.paletteTitle });
  await palette.waitFor();
  await palette.getByRole('button', { name: new RegExp(`^${escape(kind)}`) }).click();
  if (query === undefined) return;
  const search = page.getByRole('combobox');
  await search.fill(query);
  await beforeEnter?.();
  await search.press('Enter');
  await page.getByRole('combobox').waitFor({ state: 'detached' });
}

describe('packet composer (vi)', () => {
  it('goes from a template to an approved, locked packet and reopens it as a new version', async () => {
    const { host, app } = await session.open({ route: '#/packets', seed: ['sample'] });
    const { page, screenshot } = app;
    await page.getByRole('heading', { level: 2, name: viText.packets.schedule.title }).waitFor();
    await screenshot('packets-1-list');

    // A new packet from the monthly template: every variable filled but the venue (dia_diem).
    const template = templateSchema.parse(JSON.parse(await readFile(TEMPLATE_FILE, 'utf8')));
    await page.getByRole('button', { name: viText.packets.create.button }).click();
    const dialog = page.getByRole('dialog', { name: viText.packets.create.title });
    await dialog.getByLabel(viText.packets.create.template).selectOption(template.id);
    const values: Record<string, string> = {
      co_quan_chu_quan: 'UBND TỈNH HÒA BÌNH',
      co_quan: 'Sở Thông tin và Truyền thông',
      dia_danh: 'Hòa Bình',
      ngay_hop_bao: '25/11/2026',
      nguoi_phat_ngon: 'Nguyễn Văn An',
      chuc_vu_nguoi_phat_ngon: 'Giám đốc Sở',
      lien_he_nguoi_phat_ngon: '0218 3852 000, stttt@hoabinh.gov.vn',
    };
    for (const variable of template.variables) {
      const value = values[variable.name];
      if (value) await dialog.getByLabel(variable.label, { exact: true }).fill(value);
    }
    await screenshot('packets-2-new-packet-form');
    await dialog.getByRole('button', { name: viText.packets.create.submit }).click();
    const composer = page.getByTestId('composer');
    await composer.waitFor();
    await screenshot('packets-3-composer');

    // Insert a talking point, a Q&A item, a citation and an internal note into the first section, by keyboard.
    const firstSection = template.sections[0];
    if (!firstSection) throw new Error('the template has sections');
    const editor = page.getByRole('textbox', { name: text.section.editorLabel.replace('{{title}}', firstSection.title) });
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Trong tháng, tỉnh tiếp tục triển khai ');
    await insertWithKeyboard(page, text.insert.kinds.citation, '57-kl', () => screenshot('packets-3b-citation-picker'));
    await page.keyboard.type(' về công tác thông tin đối ngoại.');
    await insertWithKeyboard(page, text.insert.kinds.talkingPoint, 'tru cot 2 minh bach');
    await insertWithKeyboard(page, text.insert.kinds.qa, 'lien he thong tin chinh thuc');
    await insertWithKeyboard(page, text.insert.kinds.internalNote);
    await page.keyboard.type('Chỉ nêu khi phóng viên hỏi trực tiếp.');
    await expect.poll(() => editor.locator('[data-directive-id="starter-57-kl-tw"]').count()).toBe(1);
    await expect.poll(() => editor.locator('[data-reference-kind="talkingPoint"]').count()).toBe(1);
    await expect.poll(() => editor.locator('[data-reference-kind="qa"]').count()).toBe(1);
    await expect.poll(() => editor.locator('[data-type="internalNote"]').count()).toBe(1);
    await saved(page);
    await screenshot('packets-4-inserted');

    // Preflight for the press handout: the empty venue is an error, the note a warning; both point at their place.
    await page.getByRole('button', { name: text.panels.preflight, exact: true }).click();
    const preflight = page.getByTestId('preflight-panel');
    await preflight.getByTestId('preflight-summary').waitFor();
    const unfilled = preflight.locator('li[data-finding-code="unfilled_variable"]');
    await expect.poll(() => unfilled.count()).toBeGreaterThan(0);
    expect(await unfilled.first().textContent()).toContain('dia_diem');
    expect(await preflight.locator('li[data-finding-code="internal_note_in_public"]').count()).toBe(1);
    await screenshot('packets-5-preflight');
    await unfilled.first().getByRole('button').click();
    await expect.poll(() => page.locator('[data-testid^="section-editor-"] :focus').count()).toBe(1);

    // Fix: fill the venue in the variables panel, check again: no errors left.
    await page.getByRole('button', { name: text.panels.variables, exact: true }).click();
    await page.locator('[data-variable-name="dia_diem"] input').fill('Hội trường Sở Thông tin và Truyền thông');
    await saved(page);
    await page.getByRole('button', { name: text.panels.preflight, exact: true }).click();
    await page.getByTestId('preflight-panel').getByRole('button', { name: viText.packetChecks.run }).click();
    await expect.poll(() => page.getByTestId('preflight-summary').textContent()).toMatch(/^0 lỗi|Không có lỗi/);
    expect(await page.locator('li[data-severity="error"]').count()).toBe(0);
    await screenshot('packets-6-fixed');

    // Send for review, approve with the approver's name: locked, read-only, save refused.
    await page.getByRole('button', { name: viText.packetStatus.steps.submit }).click();
    await expect.poll(() => page.getByTestId('packet-status').textContent()).toBe(viText.packets.status.in_review);
    await page.getByRole('button', { name: viText.packetStatus.steps.approve }).click();
    const approve = page.getByRole('dialog', { name: viText.packetStatus.approveTitle });
    await approve.getByLabel(viText.packetStatus.approver).fill('Phó Giám đốc Lê Văn Cường');
    await approve.getByRole('button', { name: viText.packetStatus.approveConfirm }).click();
    await page.getByTestId('locked-banner').waitFor();
    expect(await page.getByTestId('packet-status').textContent()).toBe(viText.packets.status.approved);
    expect(await editor.getAttribute('contenteditable')).toBe('false');
    const packetId = (await composer.getAttribute('data-packet-id')) ?? '';
    const stored = await hostCall(host.url, 'packets', 'get', { id: packetId });
    expect(stored).toEqual(expect.objectContaining({ status: 'approved', approvedBy: 'Phó Giám đốc Lê Văn Cường' }));
    await expect(hostCall(host.url, 'packets', 'save', { id: packetId, fields: { title: 'x', period: stored.period } })).rejects.toThrow(/locked/);
    await screenshot('packets-7-approved-locked');

    // Reopen: a draft again, the approved content kept as a version.
    await page.getByTestId('locked-banner').getByRole('button', { name: viText.packetStatus.steps.reopen }).click();
    await page.getByRole('alertdialog', { name: viText.packetStatus.reopenTitle }).getByRole('button', { name: viText.packetStatus.reopenConfirm }).click();
    await page.getByTestId('locked-banner').waitFor({ state: 'detached' });
    expect(await page.getByTestId('packet-status').textContent()).toBe(viText.packets.status.draft);
    expect(await editor.getAttribute('contenteditable')).toBe('true');
    const versions = await hostCall(host.url, 'versions', 'list', { packetId });
    expect(versions.map((v) => [v.reason, v.status])).toEqual([
      ['reopen', 'approved'],
      ['status', 'approved'],
      ['status', 'in_review'],
    ]);
    await page.getByRole('button', { name: text.panels.versions, exact: true }).click();
    await page.getByTestId('versions-panel').locator('[data-version="3"]').waitFor();
    await screenshot('packets-8-reopened-versions');
  });

  it('deletes a draft packet after confirming and puts it back from the notice', async () => {
    const { host, app } = await session.open({ route: '#/packets', seed: ['sample'] });
    const { page } = app;
    const [sample] = await hostCall(host.url, 'packets', 'list', {});
    if (!sample) throw new Error('the sample packet is missing');
    const row = page.locator(`[data-testid="packet-row"][data-packet-id="${sample.id}"]`);
    await row.waitFor();
    await row.getByRole('button', { name: new RegExp(`^${escape(viText.packets.delete.button.replace('{{title}}', ''))}`) }).click();
    await page.getByRole('alertdialog', { name: viText.packets.delete.title }).getByRole('button', { name: viText.packets.delete.confirm, exact: true }).click();
    await row.waitFor({ state: 'detached' });
    expect(await hostCall(host.url, 'packets', 'list', {})).toEqual([]);
    await page.getByRole('button', { name: viText.common.undo, exact: true }).click();
    await row.waitFor();
    expect((await hostCall(host.url, 'packets', 'get', { id: sample.id })).updatedAt).toBe(sample.updatedAt);
  });
});
