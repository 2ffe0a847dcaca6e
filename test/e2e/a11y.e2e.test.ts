// axe-core (WCAG 2.0/2.1 A and AA, best practices) on every main screen and dialog with the starter registry and the sample
// library loaded: no serious or critical violation. axe runs under the app's real CSP (see support/axe.ts). No rule is switched
// off: every violation found was fixed in the components (none was a false positive).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en as enText } from '../../renderer/src/i18n/en.js';
import { vi as viText } from '../../renderer/src/i18n/vi.js';
import { talkingPointFieldsSchema } from '../../shared/model/index.js';
import { describeViolations, seriousViolations } from './support/axe.js';
import { directiveRow } from './support/directive-grid.js';
import { downloadFrom } from './support/downloads.js';
import { hostCall } from './support/host-call.js';
import { useSharedApp } from './support/session.js';

const SAMPLE_PACKET_ID = 'sample-packet-nhan-quyen-2023-12';
const DRAFT_TITLE = 'Họp báo thường kỳ (bản nháp để xóa)';

async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  const violations = await seriousViolations(page);
  // Soft: one run lists the violations of every screen and dialog, not only of the first one.
  expect.soft(violations, describeViolations(screen, violations)).toEqual([]);
}

/** Opens a route the way a bookmark or the search palette does (the sidebar route is tested in keyboard.e2e.test.ts). */
async function setHash(page: Page, hash: string): Promise<void> {
  await page.evaluate((target) => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = target;
  }, hash);
}

async function goTo(page: Page, hash: string, heading: string): Promise<void> {
  await setHash(page, hash);
  await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
}

function dialogNamed(page: Page, name: string) {
  return page.getByRole('dialog', { name, exact: true });
}

const session = useSharedApp({
  route: '#/packets',
  seed: ['starterRegistry', 'sample'],
  prepare: async (host) => {
    await hostCall(host.url, 'packets', 'create', { fields: { title: DRAFT_TITLE, period: { kind: 'month', year: 2026, month: 12 } } });
  },
});

describe('accessibility (axe-core, serious and critical)', () => {
  it('packets: schedule and packet list, new-packet dialog, delete confirmation', async () => {
    const { page } = session.app;
    await page.getByRole('heading', { level: 2, name: viText.packets.schedule.title }).waitFor();
    await page.getByRole('table', { name: viText.packets.list.label }).waitFor();
    await expectNoSeriousViolations(page, 'packets');

    await page.getByRole('button', { name: viText.packets.create.button }).click();
    const create = dialogNamed(page, viText.packets.create.title);
    await create.waitFor();
    await expectNoSeriousViolations(page, 'new-packet dialog');
    await page.keyboard.press('Escape');
    await create.waitFor({ state: 'detached' });

    const row = page.getByTestId('packet-row').filter({ hasText: DRAFT_TITLE });
    await row.getByRole('button', { name: viText.packets.delete.button.replace('{{title}}', DRAFT_TITLE) }).click();
    const confirm = page.getByRole('alertdialog', { name: viText.packets.delete.title, exact: true });
    await confirm.waitFor();
    await expectNoSeriousViolations(page, 'confirm dialog');
    await confirm.getByRole('button', { name: viText.common.cancel, exact: true }).click();
    await confirm.waitFor({ state: 'detached' });

    await row.getByRole('button', { name: viText.packets.rollForward.button, exact: true }).click();
    const rollForward = dialogNamed(page, viText.packets.rollForward.title);
    await rollForward.waitFor();
    await expectNoSeriousViolations(page, 'roll-forward dialog');
    await page.keyboard.press('Escape');
    await rollForward.waitFor({ state: 'detached' });
    session.app.assertNoProblems();
  });

  it('packet composer with the sample packet, the export step and the PDF export dialog', async () => {
    const { page } = session.app;
    await setHash(page, `#/packets/${SAMPLE_PACKET_ID}`);
    await page.locator('[data-testid="composer"][data-save-state="saved"]').waitFor();
    await expectNoSeriousViolations(page, 'composer');

    const panels = page.getByRole('group', { name: viText.packetComposer.panels.label });
    for (const panel of ['variables', 'preflight', 'versions', 'cited'] as const) {
      const button = panels.getByRole('button', { name: viText.packetComposer.panels[panel], exact: true });
      await button.click();
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
      await expectNoSeriousViolations(page, `composer panel ${panel}`);
    }
    await page.locator('.rich-text').first().click();
    await page.keyboard.press('Control+/');
    const insertPalette = dialogNamed(page, viText.packetComposer.insert.paletteTitle);
    await insertPalette.waitFor();
    await expectNoSeriousViolations(page, 'insert palette (Ctrl+/)');
    await page.keyboard.press('Escape');
    await insertPalette.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: viText.packetComposer.export }).click();
    const gate = dialogNamed(page, viText.packetExport.title);
    await gate.getByText(viText.packetChecks.profiles.handout).click();
    await gate.getByText(viText.packetExport.clean).waitFor();
    await expectNoSeriousViolations(page, 'export step (preflight gate)');
    await gate.getByRole('button', { name: viText.packetExport.export, exact: true }).click();

    const exportText = viText.pdfExport;
    const exportDialog = dialogNamed(page, exportText.title.replace('{{profile}}', exportText.profiles.handout));
    await exportDialog.waitFor();
    await expectNoSeriousViolations(page, 'export dialog');
    await exportDialog.getByRole('button', { name: exportText.start, exact: true }).click();
    await exportDialog.getByTestId('export-report').waitFor({ timeout: 60_000 });
    await exportDialog.getByTestId('export-preview').getByRole('img').first().waitFor();
    await expectNoSeriousViolations(page, 'export dialog with report and preview');
    await page.keyboard.press('Escape');
    await exportDialog.waitFor({ state: 'detached' });
    session.app.assertNoProblems();
  });

  it('directives: list and a directive detail', async () => {
    const { page } = session.app;
    await goTo(page, '#/directives', viText.nav.directives);
    await directiveRow(page, viText.directives.gridLabel, '57-KL/TW').waitFor();
    await expectNoSeriousViolations(page, 'directives');

    const directive = (await hostCall(session.host.url, 'directives', 'list', {})).find((d) => d.symbol === '57-KL/TW');
    expect(directive).toBeDefined();
    await setHash(page, `#/directives/${directive?.id ?? ''}`);
    await page.getByRole('button', { name: viText.directiveDetail.edit, exact: true }).waitFor();
    await expectNoSeriousViolations(page, 'directive detail');

    await goTo(page, '#/directives', viText.nav.directives);
    await page.getByRole('button', { name: viText.pasteCitations.button, exact: true }).click();
    const paste = dialogNamed(page, viText.pasteCitations.title);
    await paste.getByLabel(viText.pasteCitations.textLabel, { exact: true }).fill('Căn cứ Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị; Quyết định số 1079/QĐ-TTg ngày 14/9/2022 của Thủ tướng Chính phủ;');
    await paste.getByRole('status').getByText(/\d/).first().waitFor();
    await expectNoSeriousViolations(page, 'paste citations dialog');
    await page.keyboard.press('Escape');
    await paste.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: viText.directives.newButton, exact: true }).click();
    const form = dialogNamed(page, viText.directiveForm.createTitle);
    await form.waitFor();
    await expectNoSeriousViolations(page, 'new directive form');
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
    session.app.assertNoProblems();
  });

  it('talking points: list and the editor of a sample talking point', async () => {
    const { page } = session.app;
    await goTo(page, '#/talkingPoints', viText.nav.talkingPoints);
    const list = page.getByRole('listbox', { name: viText.library.tp.listLabel });
    await list.getByRole('option').first().waitFor();
    await expectNoSeriousViolations(page, 'talking points');

    await list.getByRole('option').first().dblclick();
    await page.getByTestId('tp-title').waitFor();
    await expectNoSeriousViolations(page, 'talking point editor');
    // WCAG 3.1.2 (language of parts, which axe cannot judge): the English version is marked as English, the message as Vietnamese.
    expect(await page.getByTestId('tp-message-en').getByRole('textbox').getAttribute('lang')).toBe('en');
    expect(await page.getByTestId('tp-message').getByRole('textbox').getAttribute('lang')).toBe('vi');
    await page.getByTestId('approve-button').click();
    await page.getByTestId('approver-name').waitFor();
    await expectNoSeriousViolations(page, 'approval dialog');
    await page.keyboard.press('Escape');
    await page.getByTestId('approver-name').waitFor({ state: 'detached' });
    await page.getByTestId('editor-back').click();
    session.app.assertNoProblems();
  });

  it('Q&A: list and the editor of a sample question', async () => {
    const { page } = session.app;
    await goTo(page, '#/qa', viText.nav.qa);
    const list = page.getByRole('listbox', { name: viText.library.qa.listLabel });
    await list.getByRole('option').first().waitFor();
    await expectNoSeriousViolations(page, 'Q&A');

    await list.getByRole('option').first().dblclick();
    await page.getByTestId('editor-back').waitFor();
    await expectNoSeriousViolations(page, 'Q&A editor');
    await page.getByTestId('editor-back').click();
    session.app.assertNoProblems();
  });

  it('templates, settings, the exchange import preview and the about dialog', async () => {
    const { page } = session.app;
    await goTo(page, '#/templates', viText.nav.templates);
    await page.getByRole('heading', { level: 2, name: viText.library.tpl.builtIn }).waitFor();
    await expectNoSeriousViolations(page, 'templates');

    await goTo(page, '#/settings', viText.nav.settings);
    await page.getByRole('table', { name: viText.backups.listLabel }).or(page.getByText(viText.backups.empty)).first().waitFor();
    await expectNoSeriousViolations(page, 'settings');

    // The import preview of an earlier export of the library: one item deleted since (new), one edited since.
    const exchange = page.getByRole('region', { name: viText.exchange.heading });
    const exported = await downloadFrom(exchange.getByRole('button', { name: viText.exchange.exportLibrary }));
    const [deleted, edited] = await hostCall(session.host.url, 'talkingPoints', 'list', {});
    if (!deleted || !edited) throw new Error('the sample library has at least two talking points');
    await hostCall(session.host.url, 'talkingPoints', 'delete', { id: deleted.id });
    const fields = talkingPointFieldsSchema.parse(Object.fromEntries(Object.keys(talkingPointFieldsSchema.shape).map((key) => [key, Reflect.get(edited, key)])));
    await hostCall(session.host.url, 'talkingPoints', 'update', { id: edited.id, fields: { ...fields, title: `${fields.title} (sửa sau khi xuất)` } });
    await page.getByTestId('exchange-file').setInputFiles({ name: exported.fileName, mimeType: 'application/json', buffer: exported.bytes });
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    await expectNoSeriousViolations(page, 'exchange import preview');
    await session.app.screenshot('a11y-exchange-preview');
    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'detached' });

    await page.getByRole('navigation', { name: viText.nav.label }).getByRole('button', { name: viText.nav.about, exact: true }).click();
    const about = dialogNamed(page, viText.about.title);
    await about.waitFor();
    await expectNoSeriousViolations(page, 'about dialog');
    await page.keyboard.press('Escape');
    await about.waitFor({ state: 'detached' });
    session.app.assertNoProblems();
  });

  it('search palette open with results', async () => {
    const { page } = session.app;
    await goTo(page, '#/directives', viText.nav.directives);
    await page.keyboard.press('Control+k');
    const palette = dialogNamed(page, viText.search.title);
    await palette.getByRole('combobox', { name: viText.search.inputLabel, exact: true }).fill('thong tin doi ngoai');
    await palette.getByRole('listbox', { name: viText.search.resultsLabel, exact: true }).getByRole('option').first().waitFor();
    await expectNoSeriousViolations(page, 'search palette');
    await page.keyboard.press('Escape');
    await palette.waitFor({ state: 'detached' });
    session.app.assertNoProblems();
  });

  it('every main screen in English (longer labels, other names) as well', async () => {
    const { page } = session.app;
    await hostCall(session.host.url, 'settings', 'update', { fields: { language: 'en' } });
    await session.app.reload();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    for (const screen of ['packets', 'directives', 'talkingPoints', 'qa', 'templates', 'settings'] as const) {
      await goTo(page, `#/${screen}`, enText.nav[screen]);
      await page.locator(`[data-app-ready="true"][data-screen="${screen}"]`).waitFor();
      await expectNoSeriousViolations(page, `${screen} (en)`);
    }
    await setHash(page, `#/packets/${SAMPLE_PACKET_ID}`);
    await page.locator('[data-testid="composer"][data-save-state="saved"]').waitFor();
    await expectNoSeriousViolations(page, 'composer (en)');
    session.app.assertNoProblems();
  });
});
