// The search palette in Chromium: Ctrl+K over the seeded starter directives, typing without diacritics, highlighted
// snippets, keyboard navigation across the grouped listbox, opening the directive at its detail, Escape and focus return.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { docFromText } from '../../shared/model/index.js';
import { vi as viText } from '../../renderer/src/i18n/vi.js';
import { startHost, type Host } from './host/host.js';
import { openApp, type AppPage } from './support/app-page.js';
import { launchChromium } from './support/chromium.js';
import { directiveRow } from './support/directive-grid.js';
import { hostCall } from './support/host-call.js';
import { starterDirectiveFields } from './support/starter.js';

const KL57_HEADING = 'Kết luận số 57-KL/TW';
const KL57_TITLE = 'tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới';

const TALKING_POINT = {
  title: 'Chủ động cung cấp thông tin đối ngoại chính thống',
  message: docFromText('Việt Nam chủ động, kịp thời cung cấp thông tin chính thống về đường lối đối ngoại độc lập, tự chủ.'),
  topic: 'Thông tin đối ngoại',
  houseRole: 'pillar' as const,
  tags: ['doi-ngoai'],
};

let browser: Browser;
let host: Host;
let app: AppPage;

function palette(page: Page): Locator {
  return page.getByRole('dialog', { name: viText.search.title, exact: true });
}

function searchBox(page: Page): Locator {
  return palette(page).getByRole('combobox', { name: viText.search.inputLabel, exact: true });
}

/** Opens the palette with Ctrl+K and types `query`; resolves once the answer to that very query is shown. */
async function search(page: Page, query: string): Promise<Locator> {
  await page.keyboard.press('Control+k');
  const box = searchBox(page);
  await box.waitFor();
  expect(await box.and(page.locator(':focus')).count(), 'the search box has focus').toBe(1);
  await box.fill(query);
  const status = palette(page).getByRole('status');
  await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 10_000 }).toMatch(/\d/);
  return palette(page).getByRole('listbox', { name: viText.search.resultsLabel, exact: true });
}

/** Presses ↓ until the active option contains `text` (at most once round the list); the option's text. */
async function arrowDownTo(page: Page, results: Locator, text: string): Promise<string> {
  const total = await results.getByRole('option').count();
  for (let step = 0; step < total; step++) {
    await page.keyboard.press('ArrowDown');
    const active = await activeOptionText(page);
    if (active.includes(text)) return active;
  }
  throw new Error(`no option with ${text} among ${total}`);
}

async function activeOptionText(page: Page): Promise<string> {
  const activeId = await searchBox(page).getAttribute('aria-activedescendant');
  expect(activeId, 'the box points at the active option').toBeTruthy();
  const option = page.locator(`[id="${activeId ?? ''}"]`);
  expect(await option.getAttribute('aria-selected')).toBe('true');
  return (await option.textContent()) ?? '';
}

beforeAll(async () => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'spokesdesk-e2e-search-'));
  [host, browser] = await Promise.all([startHost({ dataDir }), launchChromium()]);
  for (const fields of await starterDirectiveFields()) await hostCall(host.url, 'directives', 'create', { fields });
  await hostCall(host.url, 'talkingPoints', 'create', { fields: TALKING_POINT });
  // The index catches up with writes shortly after they are acknowledged: wait until it holds what the tests look for.
  await vi.waitFor(
    async () => {
      const { groups } = await hostCall(host.url, 'search', 'query', { q: 'thong tin doi ngoai' });
      const titles = groups.flatMap((group) => group.hits.map((hit) => hit.title));
      if (!titles.includes(KL57_TITLE) || !titles.includes(TALKING_POINT.title)) throw new Error(`not indexed yet: ${titles.join(' | ')}`);
    },
    { timeout: 10_000, interval: 100 },
  );
  app = await openApp(browser, host.url);
});

afterAll(async () => {
  await app?.close();
  await browser?.close();
  await host?.close();
  if (host) await rm(host.dataDir, { recursive: true, force: true });
});

describe('search palette', () => {
  it('finds 57-KL/TW typed without diacritics, highlights the match and opens it with ↓ and Enter', async () => {
    const { page } = app;
    await directiveRow(page, viText.directives.gridLabel, '57-KL/TW').waitFor();
    const results = await search(page, 'thong tin doi ngoai');

    const group = results.getByRole('group', { name: new RegExp(`^${viText.search.kinds.directive}`) });
    await group.waitFor();
    const options = group.getByRole('option');
    const texts = await options.allTextContents();
    const target = texts.findIndex((text) => text.includes('57-KL/TW'));
    expect(target, `57-KL/TW among ${JSON.stringify(texts)}`).toBeGreaterThanOrEqual(0);
    const hit = options.nth(target);
    const marks = await hit.locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.map((mark) => mark.toLocaleLowerCase('vi'))).toEqual(expect.arrayContaining(['thông', 'tin', 'đối', 'ngoại']));
    await app.screenshot('search-palette');

    expect(await activeOptionText(page)).toBe(await results.getByRole('option').first().textContent());
    expect(await arrowDownTo(page, results, '57-KL/TW')).toContain('57-KL/TW');
    await page.keyboard.press('Enter');
    await palette(page).waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 1, name: KL57_HEADING, exact: true }).waitFor();
    expect(new URL(page.url()).hash).toMatch(/^#\/directives\/.+/);
    app.assertNoProblems();
  });

  it('puts the directive first for its symbol "57-KL" and opens it with Enter', async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: viText.nav.label }).getByRole('link', { name: viText.nav.packets, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: viText.nav.packets, exact: true }).waitFor();
    const results = await search(page, '57-KL');
    const first = results.getByRole('option').first();
    expect(await first.textContent()).toContain('57-KL/TW');
    expect((await first.locator('mark').allTextContents()).some((mark) => mark.startsWith('57-KL'))).toBe(true);
    expect(await activeOptionText(page)).toContain('57-KL/TW');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: KL57_HEADING, exact: true }).waitFor();
    app.assertNoProblems();
  });

  it('shows the field-syntax hints, an empty state, and closes on Escape with focus back on the search button', async () => {
    const { page } = app;
    const button = page.getByRole('navigation', { name: viText.nav.label }).getByRole('button', { name: viText.search.open, exact: true });
    await button.click();
    await palette(page).getByText(viText.search.hintSymbol, { exact: true }).waitFor();
    await searchBox(page).fill('zzzqqxx khongcogi');
    await palette(page).getByText(viText.search.empty.replace('{{query}}', 'zzzqqxx khongcogi'), { exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await palette(page).waitFor({ state: 'detached' });
    expect(await button.and(page.locator(':focus')).count(), 'focus is back on the search button').toBe(1);
    app.assertNoProblems();
  });

  it('groups directives and talking points under their headings, and ↓ crosses into the next group to open a talking point', async () => {
    const { page } = app;
    const results = await search(page, 'thong tin doi ngoai');
    const directives = results.getByRole('group', { name: new RegExp(`^${viText.search.kinds.directive}`) });
    const points = results.getByRole('group', { name: new RegExp(`^${viText.search.kinds.talkingPoint}`) });
    await Promise.all([directives.waitFor(), points.waitFor()]);
    expect(await points.getByRole('option').count()).toBe(1);
    expect(await points.getByRole('option').textContent()).toContain(TALKING_POINT.title);
    await app.screenshot('search-palette-groups');
    expect(await arrowDownTo(page, results, TALKING_POINT.title)).toContain(TALKING_POINT.title);
    await page.keyboard.press('Enter');
    await palette(page).waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 1, name: viText.nav.talkingPoints, exact: true }).waitFor();
    app.assertNoProblems();
  });
});
