// The user guide's walk-through in Chromium, in Vietnamese then English: each step asserts what the guide says the screen shows and
// takes its screenshot (docs/guide/img/<lang>/ and docs/screenshots/ with SPOKESDESK_UPDATE_DOCS=1, else test-results/e2e/guide/).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en as enText } from '../../renderer/src/i18n/en.js';
import { vi as viText, type Messages } from '../../renderer/src/i18n/vi.js';
import type { Language, SettingsPatch } from '../../shared/model/index.js';
import { startHost, type Host } from './host/host.js';
import { openApp, type AppPage, type PageGlobals } from './support/app-page.js';
import { launchChromium } from './support/chromium.js';
import { directiveRow } from './support/directive-grid.js';
import { fill, goTo, guideShot, insert, nextBriefingToPrepare, pattern, README_IMAGES, shot } from './support/guide.js';
import { hostCall } from './support/host-call.js';

const SAMPLE_PACKET_ID = 'sample-packet-nhan-quyen-2023-12';
/** A legal-basis block with two documents the starter registry holds and one it does not. */
const BASIS_BLOCK =
  'Căn cứ Nghị định số 09/2017/NĐ-CP ngày 09/02/2017 của Chính phủ quy định chi tiết việc phát ngôn và cung cấp thông tin cho báo chí của các cơ quan hành chính nhà nước; Căn cứ Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới; Căn cứ Kế hoạch số 125/KH-UBND ngày 10/3/2026 của Ủy ban nhân dân tỉnh Hòa Bình về công tác thông tin đối ngoại năm 2026;';
const NEW_IN_BLOCK = '125/KH-UBND';
/** Typed without diacritics, as a tired officer would. */
const SEARCH_QUERY = 'thong tin doi ngoai';
const SETTINGS = {
  parentAgencyName: 'UBND TỈNH HÒA BÌNH',
  agencyName: 'Sở Văn hóa, Thể thao và Du lịch',
  placeName: 'Hòa Bình',
  spokespersonName: 'Nguyễn Văn An',
  spokespersonTitle: 'Phó Giám đốc Sở',
  contactPhone: '0218 3852 000',
  contactEmail: 'vhttdl@hoabinh.gov.vn',
};

let browser: Browser;
let host: Host;
let app: AppPage;
/** The library exported in the Vietnamese pass, edited as another office would, re-imported in both passes. */
let exchangeFile: { name: string; bytes: Buffer } | undefined;
/** Kết luận 57-KL/TW: cited in the composer, edited on both sides of the exchange. */
let kl57Id: string;

/** Changes settings the way the renderer does, through window.spokesdesk, then reloads the app. */
async function updateSettings(fields: SettingsPatch): Promise<void> {
  const result = await app.page.evaluate((patch) => (globalThis as unknown as PageGlobals).spokesdesk.settings.update({ fields: patch }), fields);
  expect(result.ok, JSON.stringify(result)).toBe(true);
  await app.reload();
}

/** The first-run wizard's three steps (agency and place prefilled from Settings), stopping at the last one. */
async function firstRun(page: Page, language: Language, text: Messages): Promise<void> {
  for (const step of ['language', 'identity', 'content'] as const) {
    await page.getByRole('heading', { level: 1, name: text.firstRun[step].heading, exact: true }).waitFor();
    await guideShot(page, language, `first-run-${step}`);
    if (step !== 'content') await page.getByRole('button', { name: text.firstRun.actions.next, exact: true }).click();
  }
}

/** Schedule → "Soạn gói" → new-packet dialog → composer: a sentence citing 57-KL/TW and a talking point → preflight → the export gate. */
async function composePacket(page: Page, language: Language, text: Messages): Promise<void> {
  await goTo(page, text, 'packets');
  const { row, template } = await nextBriefingToPrepare(page, language, text);
  await guideShot(page, language, 'schedule');

  const start = row.getByRole('button', { name: text.packets.schedule.start, exact: true });
  await start.click();
  const dialog = page.getByRole('dialog', { name: text.packets.create.title });
  expect(await dialog.getByLabel(text.packets.create.template).inputValue()).toBe(template.id);
  const spokesperson = template.variables.find((variable) => variable.name === 'nguoi_phat_ngon');
  const label = language === 'en' && spokesperson?.labelEn ? spokesperson.labelEn : spokesperson?.label;
  if (label) expect(await dialog.getByLabel(label, { exact: true }).inputValue(), 'prefilled from Settings').toBe(SETTINGS.spokespersonName);
  await guideShot(page, language, 'new-packet');
  await dialog.getByRole('button', { name: text.packets.create.submit, exact: true }).click();
  const composer = page.getByTestId('composer');
  await composer.waitFor();

  const firstSection = template.sections[0];
  if (!firstSection) throw new Error('the template has sections');
  const editor = page.getByRole('textbox', { name: fill(text.packetComposer.section.editorLabel, { title: firstSection.title }) });
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Thực hiện ');
  await insert(page, text, 'citation', 'ket luan 57', 'Kết luận số 57-KL/TW', (palette) => guideShot(page, language, 'insert-palette', palette));
  await page.keyboard.type(', Sở tiếp tục đẩy mạnh công tác thông tin đối ngoại.');
  await page.keyboard.press('Enter');
  await insert(page, text, 'talkingPoint', 'tru cot 2', 'Trụ cột 2: Thông tin chủ động, định kỳ, minh bạch');
  await expect.poll(() => editor.locator(`[data-directive-id="${kl57Id}"]`).count()).toBe(1);
  await expect.poll(() => editor.locator('[data-reference-kind="talkingPoint"]').count()).toBe(1);
  await page.locator('[data-testid="composer"][data-save-state="saved"]').waitFor();
  await page.getByRole('button', { name: text.packetComposer.panels.cited, exact: true }).click();
  const cited = page.getByRole('complementary', { name: text.packetComposer.panels.cited });
  await cited.getByRole('listitem').filter({ hasText: /^Kết luận số 57-KL\/TW/ }).waitFor();
  await guideShot(page, language, 'composer', page.getByRole('main'), page.getByRole('navigation', { name: text.packetComposer.outline.label }));

  await page.getByRole('button', { name: text.packetComposer.panels.preflight, exact: true }).click();
  const preflight = page.getByTestId('preflight-panel');
  await preflight.getByTestId('preflight-summary').waitFor();
  await expect.poll(() => preflight.locator('li[data-finding-code="unfilled_variable"]').count(), { message: 'the venue is left empty' }).toBeGreaterThan(0);
  await guideShot(page, language, 'preflight', page.getByRole('main'));
  if (language === 'vi') await shot(page, path.join(README_IMAGES, 'composer-vi.png'), page.getByRole('main'));

  await page.getByRole('button', { name: text.packetComposer.export }).click();
  const gate = page.getByRole('dialog', { name: text.packetExport.title, exact: true });
  await gate.getByRole('radio', { name: text.packetChecks.profiles.handout }).check();
  await gate.getByText(pattern(text.packetExport.errors_other)).or(gate.getByText(pattern(text.packetExport.errors_one))).first().waitFor();
  await gate.getByRole('button', { name: text.packetExport.overrideAndExport }).waitFor();
  await guideShot(page, language, 'export-gate', gate);
  await gate.getByRole('button', { name: text.common.cancel, exact: true }).click();
  await gate.waitFor({ state: 'detached' });
}

/** The sample packet (clean) → press handout → ND 30 layout → preview of every page → copies for journalists. */
async function exportSample(page: Page, language: Language, text: Messages): Promise<void> {
  await page.goto(`${host.url}#/packets/${SAMPLE_PACKET_ID}`);
  await page.locator(`[data-testid="composer"][data-packet-id="${SAMPLE_PACKET_ID}"]`).waitFor();
  await page.getByRole('button', { name: text.packetComposer.export }).click();
  const gate = page.getByRole('dialog', { name: text.packetExport.title, exact: true });
  await gate.getByRole('radio', { name: text.packetChecks.profiles.handout }).check();
  await gate.getByText(text.packetExport.clean).waitFor();
  await gate.getByRole('button', { name: text.packetExport.export, exact: true }).click();

  const dialog = page.getByRole('dialog', { name: fill(text.pdfExport.title, { profile: text.pdfExport.profiles.handout }) });
  await dialog.getByLabel(text.pdfExport.preset).selectOption('nd30');
  await dialog.getByRole('button', { name: text.pdfExport.start, exact: true }).click();
  const report = dialog.getByTestId('export-report');
  await report.waitFor();
  const pages = new RegExp(pattern(text.pdfExport.pages_other).source.replace('.+?', '(\\d+)'));
  await expect.poll(async () => pages.test((await report.textContent()) ?? '')).toBe(true);
  const reportText = (await report.textContent()) ?? '';
  expect(reportText).toContain(text.pdfExport.missingNone);
  expect(reportText).toContain(text.pdfExport.excludedTitle);
  const pageCount = Number(pages.exec(reportText)?.[1]);
  await expect.poll(() => dialog.getByTestId('export-preview').getByRole('img').count()).toBe(pageCount);
  await guideShot(page, language, 'export');
  await dialog.getByTestId('export-preview').getByRole('img').first().scrollIntoViewIfNeeded();
  await guideShot(page, language, 'export-preview', dialog);

  const print = dialog.getByRole('region', { name: text.pdfExport.printTitle });
  await print.getByLabel(text.pdfExport.copies).fill('120');
  expect(await print.getByRole('button', { name: text.pdfExport.print }).isEnabled()).toBe(true);
  await print.scrollIntoViewIfNeeded();
  await guideShot(page, language, 'print', dialog);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
}

/** The registry, a directive's citations, and a pasted legal-basis block (one new document, two known ones). */
async function directives(page: Page, language: Language, text: Messages): Promise<void> {
  await goTo(page, text, 'directives');
  await directiveRow(page, text.directives.gridLabel, '57-KL/TW').waitFor();
  await guideShot(page, language, 'directives');
  if (language === 'vi') await shot(page, path.join(README_IMAGES, 'directives-vi.png'));

  await directiveRow(page, text.directives.gridLabel, '57-KL/TW').dblclick();
  await page.getByRole('heading', { level: 1, name: /57-KL\/TW/ }).waitFor();
  const citations = page.getByRole('region', { name: text.citations.heading });
  await citations.getByRole('button', { name: fill(text.citations.copyLabel, { style: text.citations.style.short }), exact: true }).waitFor();
  await guideShot(page, language, 'directive-detail');
  await page.getByRole('button', { name: text.directiveDetail.backToList }).click();

  await page.getByRole('button', { name: text.pasteCitations.button, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: text.pasteCitations.title });
  await dialog.getByLabel(text.pasteCitations.textLabel, { exact: true }).fill(BASIS_BLOCK);
  await dialog.getByRole('status').getByText(fill(text.pasteCitations.found_other, { count: 3 }), { exact: true }).waitFor();
  const row = (symbol: string) => dialog.locator('tbody').filter({ has: page.getByRole('cell', { name: symbol, exact: true }) });
  await row(NEW_IN_BLOCK).getByText(text.pasteCitations.action.create, { exact: true }).waitFor();
  await row('57-KL/TW').getByText(text.pasteCitations.action.unchanged, { exact: true }).waitFor();
  await dialog.getByRole('button', { name: fill(text.pasteCitations.submitCreate_one, { count: 1 }), exact: true }).waitFor();
  await guideShot(page, language, 'paste-citations');
  await dialog.getByRole('button', { name: text.common.cancel, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** Exports the library, then makes the file another office's: 57-KL/TW edited on both sides (a conflict), one directive added. */
async function prepareExchangeFile(page: Page, text: Messages): Promise<{ name: string; bytes: Buffer }> {
  const panel = page.getByRole('region', { name: text.exchange.heading });
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: text.exchange.exportLibrary }).click()]);
  const file = JSON.parse(await readFile(await download.path(), 'utf8')) as { directives: Array<Record<string, unknown>> };
  const local = await hostCall(host.url, 'directives', 'get', { id: kl57Id });
  const { id: _id, schemaVersion, createdAt: _created, updatedAt, ...fields } = local;
  await hostCall(host.url, 'directives', 'update', { id: kl57Id, fields: { ...fields, notes: 'Trích dẫn trong báo cáo tháng 11.' }, expectedUpdatedAt: updatedAt });
  const later = new Date(Date.now() + 60_000).toISOString();
  file.directives = file.directives.map((directive) => (directive.id === kl57Id ? { ...directive, notes: 'Bản của Sở Ngoại vụ.', updatedAt: later } : directive));
  file.directives.push({
    id: 'hoa-binh-kh-125-2026',
    schemaVersion,
    createdAt: later,
    updatedAt: later,
    type: 'Kế hoạch',
    number: '125',
    symbol: '125/KH-UBND',
    issueDate: '2026-03-10',
    issuer: 'Ủy ban nhân dân tỉnh Hòa Bình',
    title: 'công tác thông tin đối ngoại năm 2026',
  });
  return { name: 'thu-vien-so-ngoai-vu.spokesdesk', bytes: Buffer.from(JSON.stringify(file), 'utf8') };
}

/** Settings: the import preview of another office's file (a conflict to settle, a new directive) and the backups. */
async function exchangeAndBackups(page: Page, language: Language, text: Messages): Promise<void> {
  await goTo(page, text, 'settings');
  exchangeFile ??= await prepareExchangeFile(page, text);
  await page.getByTestId('exchange-file').setInputFiles({ name: exchangeFile.name, mimeType: 'application/json', buffer: exchangeFile.bytes });
  const preview = page.getByRole('dialog', { name: fill(text.exchange.previewTitle, { fileName: exchangeFile.name }) });
  await preview.getByTestId('import-preview').waitFor();
  const groups = await preview.locator('.exchange-group').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-status')));
  expect(groups.slice(0, 2)).toEqual(['conflict', 'new']);
  await preview.getByText(fill(text.exchange.unresolved, { count: 1 })).waitFor();
  const apply = preview.getByRole('button', { name: text.exchange.apply, exact: true });
  expect(await apply.isDisabled(), 'a conflict needs a choice first').toBe(true);
  await preview.getByRole('radio', { name: text.exchange.resolutions.both }).check();
  expect(await apply.isEnabled()).toBe(true);
  await guideShot(page, language, 'exchange-import');
  await preview.getByRole('button', { name: text.exchange.cancel, exact: true }).click();
  await preview.waitFor({ state: 'detached' });

  const backups = page.getByRole('region', { name: text.backups.heading });
  await backups.getByRole('button', { name: text.backups.createNow, exact: true }).click();
  const manual = backups.getByRole('table', { name: text.backups.listLabel }).getByRole('row').filter({ hasText: text.backups.reason.manual });
  await expect.poll(() => manual.count()).toBeGreaterThan(0);
  await backups.scrollIntoViewIfNeeded();
  await guideShot(page, language, 'backups', backups);
}

/** Ctrl+K, a query typed without diacritics, results grouped by kind. */
async function searchPalette(page: Page, language: Language, text: Messages): Promise<void> {
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: text.search.title, exact: true });
  const box = palette.getByRole('combobox', { name: text.search.inputLabel, exact: true });
  await box.fill(SEARCH_QUERY);
  const results = palette.getByRole('listbox', { name: text.search.resultsLabel, exact: true });
  await results.getByRole('option').filter({ hasText: 'thông tin đối ngoại' }).first().waitFor();
  for (const kind of ['directive', 'talkingPoint', 'qaItem'] as const) await results.getByText(text.search.kinds[kind], { exact: true }).first().waitFor();
  await guideShot(page, language, 'search');
  await page.keyboard.press('Escape');
  await palette.waitFor({ state: 'detached' });
}

/** What the wizard's last step offers (the starter registry, the sample), loaded as it would: the walk-through needs real content. */
async function loadLibrary(): Promise<void> {
  await hostCall(host.url, 'directives', 'importStarter', {});
  await hostCall(host.url, 'talkingPoints', 'loadSample', {});
  const kl57 = (await hostCall(host.url, 'directives', 'list', {})).find((directive) => directive.symbol === '57-KL/TW');
  if (!kl57) throw new Error('the starter registry holds 57-KL/TW');
  kl57Id = kl57.id;
}

async function walkThrough(language: Language, text: Messages): Promise<void> {
  const { page } = app;
  expect(await page.locator('html').getAttribute('lang')).toBe(language);
  await firstRun(page, language, text);
  if (language === 'vi') await loadLibrary();
  await updateSettings({ firstRunDone: true });
  await composePacket(page, language, text);
  await exportSample(page, language, text);
  await directives(page, language, text);
  await exchangeAndBackups(page, language, text);
  await searchPalette(page, language, text);
  app.assertNoProblems();
}

beforeAll(async () => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'spokesdesk-e2e-guide-'));
  [host, browser] = await Promise.all([startHost({ dataDir }), launchChromium()]);
  // The office's identity, and first run not done yet: the walk-through starts with the wizard.
  await hostCall(host.url, 'settings', 'update', { fields: { ...SETTINGS, firstRunDone: false } });
  app = await openApp(browser, host.url);
});

afterAll(async () => {
  await app?.close();
  await browser?.close();
  await host?.close();
  if (host) await rm(host.dataDir, { recursive: true, force: true });
});

describe('user guide walk-through', () => {
  it('shows every step of the guide in Vietnamese', async () => {
    await walkThrough('vi', viText);
  });

  it('shows the same steps in English after the language is switched through the bridge', async () => {
    await updateSettings({ language: 'en', firstRunDone: false });
    await walkThrough('en', enText);
  });
});
