// Every main screen in Vietnamese and, after switching the language in Settings, in English (screenshots of each),
// with the library seeded from the app's starter registry.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en as enText } from '../../renderer/src/i18n/en.js';
import { vi as viText, type Messages } from '../../renderer/src/i18n/vi.js';
import { directiveRow } from './support/directive-grid.js';
import { hostCall } from './support/host-call.js';
import { useSharedApp } from './support/session.js';
import { createStarterDirectives } from './support/starter.js';

type ScreenId = keyof Messages['screens'];
const SCREENS = Object.keys(viText.screens) as ScreenId[];

let starterCount: number;

/** Opens `screen` from the navigation and waits until its heading and its main content are there. */
async function visit(page: Page, text: Messages, screen: ScreenId): Promise<void> {
  await page.getByRole('navigation', { name: text.nav.label }).getByRole('link', { name: text.nav[screen], exact: true }).click();
  await page.getByRole('heading', { level: 1, name: text.nav[screen], exact: true }).waitFor();
  if (screen === 'directives') {
    await directiveRow(page, text.directives.gridLabel, '57-KL/TW').waitFor();
  } else if (screen === 'templates') {
    await page.getByRole('heading', { level: 2, name: text.library.tpl.builtIn }).waitFor();
  } else if (screen === 'talkingPoints' || screen === 'qa') {
    await page.getByRole('heading', { level: 2, name: screen === 'qa' ? text.library.qa.emptyTitle : text.library.tp.emptyTitle }).waitFor();
  } else if (screen === 'settings') {
    await page.getByRole('table', { name: text.backups.listLabel }).or(page.getByText(text.backups.empty)).first().waitFor();
  } else {
    await page.getByRole('heading', { level: 2, name: text.packets.schedule.title }).waitFor();
  }
  expect(await page.locator('a[aria-current="page"]').textContent()).toBe(text.nav[screen]);
}

const session = useSharedApp({
  prepare: async (host) => {
    starterCount = await createStarterDirectives(host.url);
  },
});

describe('main screens', () => {
  it('shows every screen in Vietnamese by default', async () => {
    const { page } = session.app;
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    for (const screen of SCREENS) {
      await visit(page, viText, screen);
      await session.app.screenshot(`vi-${screen}`);
    }
    await visit(page, viText, 'directives');
    await page.getByText(viText.directives.countAll.replace('{{total}}', String(starterCount)), { exact: true }).waitFor();
    session.app.assertNoProblems();
  });

  it('switches the interface to English in Settings, and the choice survives a reload', async () => {
    const { page } = session.app;
    await visit(page, viText, 'settings');
    await page.getByLabel(viText.settings.language, { exact: true }).selectOption('en');
    await page.getByRole('heading', { level: 1, name: enText.nav.settings, exact: true }).waitFor();
    const status = page.getByRole('status');
    const confirmation = status.getByText(enText.settings.languageSaved).or(status.getByText(viText.settings.languageSaved));
    await confirmation.waitFor();
    expect.soft(await confirmation.textContent(), 'the confirmation is in the language just chosen').toBe(enText.settings.languageSaved);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const navLabels = await page.getByRole('navigation', { name: enText.nav.label }).getByRole('link').allTextContents();
    expect(navLabels).toEqual(SCREENS.map((screen) => enText.nav[screen]));
    expect((await hostCall(session.host.url, 'settings', 'get', {})).language).toBe('en');

    await session.app.reload();
    for (const screen of SCREENS) {
      await visit(page, enText, screen);
      await session.app.screenshot(`en-${screen}`);
    }
    await visit(page, enText, 'directives');
    const row = directiveRow(page, enText.directives.gridLabel, '57-KL/TW');
    expect(await row.getByRole('gridcell').first().textContent()).toBe('Conclusion');
    session.app.assertNoProblems();
  });
});
