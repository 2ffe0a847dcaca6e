// The search palette in Chromium: Ctrl+K over the seeded starter directives, typing without diacritics, highlighted
// snippets, keyboard navigation across the grouped listbox, opening the directive at its detail, a packet at the matched
// section with the words pointed out, Escape and focus return.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { docFromText } from '../../shared/model/index.js';
import { vi as viText } from '../../renderer/src/i18n/vi.js';
import { directiveRow } from './support/directive-grid.js';
import { hostCall } from './support/host-call.js';
import { useSharedApp } from './support/session.js';
import { createStarterDirectives } from './support/starter.js';

const KL57_HEADING = 'Kết luận số 57-KL/TW';

const TALKING_POINT = {
  title: 'Chủ động cung cấp thông tin đối ngoại chính thống',
  message: docFromText('Việt Nam chủ động, kịp thời cung cấp thông tin chính thống về đường lối đối ngoại độc lập, tự chủ.'),
  topic: 'Thông tin đối ngoại',
  houseRole: 'pillar' as const,
  tags: ['doi-ngoai'],
};

/** A packet whose third section, far down, holds words found nowhere else ("Mường Nhé"). */
const FAR_SECTION_ID = 'search-e2e-section-3';
const FILLER = Array.from({ length: 40 }, (_, n) => `Đoạn ${n + 1}: công tác thông tin cơ sở được duy trì thường xuyên trong tháng.`).join('\n');
const PACKET = {
  title: 'Họp báo định kỳ tháng 12',
  period: { kind: 'month' as const, year: 2026, month: 12 },
  sections: [
    { id: 'search-e2e-section-1', title: 'Tình hình chung', content: docFromText('Tình hình kinh tế - xã hội ổn định.') },
    { id: 'search-e2e-section-2', title: 'Nhân quyền', content: docFromText('Công tác nhân quyền trong tháng.') },
    { id: FAR_SECTION_ID, title: 'Các địa phương', content: docFromText(`${FILLER}\nHuyện Mường Nhé hoàn thành sớm kế hoạch năm.`) },
  ],
};

// Page-side expressions (the test's tsconfig has no DOM types).
const SELECTED_TEXT = `getSelection()?.toString() ?? ''`;
const SELECTION_PLACE = `(() => {
  const range = getSelection().getRangeAt(0);
  const rect = range.getBoundingClientRect();
  const section = range.startContainer.parentElement?.closest('section[data-section-id]');
  return { top: rect.top, bottom: rect.bottom, height: innerHeight, section: section?.getAttribute('data-section-id') ?? null };
})()`;
/** Ancestors of the main region that have been scrolled (the app's shell must never move: only the content area scrolls). */
const SHIFTED_SHELL = `(() => {
  const shifted = [];
  for (let element = document.getElementById('main')?.parentElement; element; element = element.parentElement) {
    if (element.scrollTop !== 0) shifted.push(element.tagName + '.' + element.className + ':' + element.scrollTop);
  }
  return shifted;
})()`;
const HIGHLIGHTED_TEXTS = `[...(CSS.highlights.get('search-match') ?? [])].map((range) => range.toString())`;

let packetId: string;

function palette(page: Page): Locator {
  return page.getByRole('dialog', { name: viText.search.title, exact: true });
}

function searchBox(page: Page): Locator {
  return palette(page).getByRole('combobox', { name: viText.search.inputLabel, exact: true });
}

/** Opens the palette with Ctrl+K (or the sidebar's button) and types `query`; resolves once the answer to that very query is shown. */
async function search(page: Page, query: string, open: 'keys' | 'button' = 'keys'): Promise<Locator> {
  if (open === 'keys') await page.keyboard.press('Control+k');
  else await page.getByRole('navigation', { name: viText.nav.label }).getByRole('button', { name: viText.search.open, exact: true }).click();
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

const session = useSharedApp({
  prepare: async (host) => {
    await createStarterDirectives(host.url);
    await hostCall(host.url, 'talkingPoints', 'create', { fields: TALKING_POINT });
    const packet = await hostCall(host.url, 'packets', 'create', { fields: PACKET });
    packetId = packet.id;
  },
});

describe('search palette', () => {
  it('finds 57-KL/TW typed without diacritics, highlights the match and opens it with ↓ and Enter', async () => {
    const { page } = session.app;
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
    await session.app.screenshot('search-palette');

    expect(await activeOptionText(page)).toBe(await results.getByRole('option').first().textContent());
    expect(await arrowDownTo(page, results, '57-KL/TW')).toContain('57-KL/TW');
    await page.keyboard.press('Enter');
    await palette(page).waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 1, name: KL57_HEADING, exact: true }).waitFor();
    expect(new URL(page.url()).hash).toMatch(/^#\/directives\/.+/);
    // The matched words are pointed out on the directive's page.
    await expect.poll(() => page.evaluate<string[]>(HIGHLIGHTED_TEXTS)).not.toEqual([]);
    const pointedOut = (await page.evaluate<string[]>(HIGHLIGHTED_TEXTS)).map((word) => word.toLocaleLowerCase('vi'));
    expect(pointedOut).toEqual(expect.arrayContaining(['thông', 'tin', 'đối', 'ngoại']));
    await session.app.screenshot('search-palette-directive-match');
    expect(await page.evaluate<string[]>(SHIFTED_SHELL), 'the shell stays in place').toEqual([]);
    session.app.assertNoProblems();
  });

  it('puts the directive first for its symbol "57-KL" and opens it with Enter', async () => {
    const { page } = session.app;
    await page.getByRole('navigation', { name: viText.nav.label }).getByRole('link', { name: viText.nav.packets, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: viText.nav.packets, exact: true }).waitFor();
    const results = await search(page, '57-KL');
    const first = results.getByRole('option').first();
    expect(await first.textContent()).toContain('57-KL/TW');
    expect((await first.locator('mark').allTextContents()).some((mark) => mark.startsWith('57-KL'))).toBe(true);
    expect(await activeOptionText(page)).toContain('57-KL/TW');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: KL57_HEADING, exact: true }).waitFor();
    session.app.assertNoProblems();
  });

  it('shows the field-syntax hints, an empty state, and closes on Escape with focus back on the search button', async () => {
    const { page } = session.app;
    const button = page.getByRole('navigation', { name: viText.nav.label }).getByRole('button', { name: viText.search.open, exact: true });
    await button.click();
    await palette(page).getByText(viText.search.hintSymbol, { exact: true }).waitFor();
    await searchBox(page).fill('zzzqqxx khongcogi');
    await palette(page).getByText(viText.search.empty.replace('{{query}}', 'zzzqqxx khongcogi'), { exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await palette(page).waitFor({ state: 'detached' });
    expect(await button.and(page.locator(':focus')).count(), 'focus is back on the search button').toBe(1);
    session.app.assertNoProblems();
  });

  it('groups directives and talking points under their headings, and ↓ crosses into the next group to open a talking point', async () => {
    const { page } = session.app;
    const results = await search(page, 'thong tin doi ngoai');
    const directives = results.getByRole('group', { name: new RegExp(`^${viText.search.kinds.directive}`) });
    const points = results.getByRole('group', { name: new RegExp(`^${viText.search.kinds.talkingPoint}`) });
    await Promise.all([directives.waitFor(), points.waitFor()]);
    expect(await points.getByRole('option').count()).toBe(1);
    expect(await points.getByRole('option').textContent()).toContain(TALKING_POINT.title);
    await session.app.screenshot('search-palette-groups');
    expect(await arrowDownTo(page, results, TALKING_POINT.title)).toContain(TALKING_POINT.title);
    await page.keyboard.press('Enter');
    await palette(page).waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 1, name: viText.nav.talkingPoints, exact: true }).waitFor();
    session.app.assertNoProblems();
  });

  it('opens a packet hit typed without diacritics at its third section, scrolled to the words and pointing them out', async () => {
    const { page } = session.app;
    const results = await search(page, 'muong nhe');
    const packets = results.getByRole('group', { name: new RegExp(`^${viText.search.kinds.packet}`) });
    await packets.waitFor();
    const option = packets.getByRole('option').filter({ hasText: PACKET.title });
    expect(await option.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['Mường', 'Nhé']));
    expect(await arrowDownTo(page, results, PACKET.title)).toContain('Các địa phương');
    await page.keyboard.press('Enter');
    await palette(page).waitFor({ state: 'detached' });

    const composer = page.getByTestId('composer');
    await composer.waitFor();
    expect(await composer.getAttribute('data-packet-id')).toBe(packetId);
    const hash = new URL(page.url()).hash;
    expect(hash.startsWith(`#/packets/${packetId}?`), hash).toBe(true);
    expect(new URLSearchParams(hash.slice(hash.indexOf('?') + 1)).get('section')).toBe(FAR_SECTION_ID);
    const outline = page.getByRole('navigation', { name: viText.packetComposer.outline.label, exact: true });
    await expect.poll(() => outline.locator('[aria-current="true"]').getAttribute('data-section-id')).toBe(FAR_SECTION_ID);
    await page.locator(`section[data-section-id="${FAR_SECTION_ID}"]`).waitFor({ state: 'visible' });

    // The first matched word is selected, on screen (the section is 41 paragraphs long), and every match is highlighted.
    await expect.poll(() => page.evaluate<string>(SELECTED_TEXT)).toBe('Mường');
    const place = await page.evaluate<{ top: number; bottom: number; height: number; section: string | null }>(SELECTION_PLACE);
    expect(place.section).toBe(FAR_SECTION_ID);
    expect(place.top, JSON.stringify(place)).toBeGreaterThan(0);
    expect(place.bottom, JSON.stringify(place)).toBeLessThan(place.height);
    const highlighted = await page.evaluate<string[]>(HIGHLIGHTED_TEXTS);
    expect(highlighted).toEqual(['Mường', 'Nhé']);
    await session.app.screenshot('search-palette-packet-section');
    expect(await page.evaluate<string[]>(SHIFTED_SHELL), 'the shell stays in place').toEqual([]);

    // Another hit in the packet already open moves the composer to that section (no reload of the packet). In the
    // editor Ctrl+K makes a link, so the palette opens from the sidebar.
    const again = await search(page, 'kinh te xa hoi', 'button');
    expect(await arrowDownTo(page, again, 'Tình hình chung')).toContain(PACKET.title);
    await page.keyboard.press('Enter');
    await palette(page).waitFor({ state: 'detached' });
    await expect.poll(() => outline.locator('[aria-current="true"]').getAttribute('data-section-id')).toBe('search-e2e-section-1');
    await expect.poll(() => page.evaluate<string>(SELECTED_TEXT)).toBe('kinh');

    // The same hit once more, after moving to another section (the address is unchanged): back at the match.
    await outline.getByRole('button', { name: /Nhân quyền/ }).click();
    await expect.poll(() => outline.locator('[aria-current="true"]').getAttribute('data-section-id')).toBe('search-e2e-section-2');
    const same = await search(page, 'kinh te xa hoi', 'button');
    expect(await arrowDownTo(page, same, 'Tình hình chung')).toContain(PACKET.title);
    await page.keyboard.press('Enter');
    await palette(page).waitFor({ state: 'detached' });
    await expect.poll(() => outline.locator('[aria-current="true"]').getAttribute('data-section-id')).toBe('search-e2e-section-1');
    await expect.poll(() => page.evaluate<string>(SELECTED_TEXT)).toBe('kinh');
    session.app.assertNoProblems();
  });
});
