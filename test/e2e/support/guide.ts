// Helpers for the user guide's walk-through (guide-screenshots.e2e.test.ts): screenshot places and stills, message patterns, shared steps.
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { Messages } from '../../../renderer/src/i18n/vi.js';
import { templateSchema, type Language, type Template } from '../../../shared/model/index.js';
import { REPO_ROOT, RESOURCES_DIR } from '../host/paths.js';
import { SCREENSHOT_DIR } from './app-page.js';

const UPDATE_DOCS = process.env.SPOKESDESK_UPDATE_DOCS === '1';
const GUIDE_IMAGES = UPDATE_DOCS ? path.join(REPO_ROOT, 'docs', 'guide', 'img') : path.join(SCREENSHOT_DIR, 'guide');
export const README_IMAGES = UPDATE_DOCS ? path.join(REPO_ROOT, 'docs', 'screenshots') : path.join(SCREENSHOT_DIR, 'guide', 'readme');

/** What shot() touches in the page (the node-side tsconfig has no DOM types). */
interface ShotGlobals {
  document: {
    fonts: { ready: Promise<unknown> };
    documentElement: { style: { caretColor: string } };
    querySelectorAll(selector: string): Iterable<{ style: { visibility: string } }>;
  };
}

/** "Tìm thấy {{count}} văn bản." → /Tìm thấy .+? văn bản\./ (a message with any values). */
export function pattern(message: string): RegExp {
  const parts = message.split(/\{\{\w+\}\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(parts.join('.+?'));
}

/** The message with its placeholders filled in, as i18next would. */
export function fill(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
}

/**
 * Saves `target` (the whole window by default) once fonts are loaded, with no caret, animation, hover or toast (toasts come
 * and go with timing; the guide describes them in words). Styles are set through the CSSOM: the app's CSP refuses inline style sheets.
 */
export async function shot(page: Page, file: string, target?: Locator, leftOf?: Locator): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const still = (hidden: boolean) =>
    page.evaluate((hide) => {
      const { document } = globalThis as unknown as ShotGlobals;
      document.documentElement.style.caretColor = hide ? 'transparent' : '';
      for (const toasts of document.querySelectorAll('.toasts')) toasts.style.visibility = hide ? 'hidden' : '';
      return document.fonts.ready.then(() => undefined);
    }, hidden);
  await still(true);
  await page.mouse.move(1279, 799);
  const options = { path: file, animations: 'disabled', caret: 'initial' } as const;
  const [box, cut] = await Promise.all([target?.boundingBox(), leftOf?.boundingBox()]);
  if (box && cut) {
    const [left, top] = [cut.x + cut.width, cut.y];
    await page.screenshot({ ...options, clip: { x: left, y: top, width: box.x + box.width - left, height: box.y + box.height - top } });
  } else {
    await (target ? target.screenshot(options) : page.screenshot(options));
  }
  await still(false);
}

/** `target` (the whole window by default); with `leftOf`, only the part of `target` right of and level with `leftOf`. */
export function guideShot(page: Page, language: Language, name: string, target?: Locator, leftOf?: Locator): Promise<void> {
  return shot(page, path.join(GUIDE_IMAGES, language, `${name}.png`), target, leftOf);
}

export async function goTo(page: Page, text: Messages, screen: 'packets' | 'directives' | 'settings'): Promise<void> {
  await page.getByRole('navigation', { name: text.nav.label }).getByRole('link', { name: text.nav[screen], exact: true }).click();
  await page.getByRole('heading', { level: 1, name: text.nav[screen], exact: true }).waitFor();
}

/** Ctrl+/ in the editor, an entry of the insert palette, a search without diacritics, then a click on the item titled `title`. */
export async function insert(page: Page, text: Messages, kind: 'citation' | 'talkingPoint', query: string, title: string, paletteShot?: (palette: Locator) => Promise<void>): Promise<void> {
  await page.keyboard.press('Control+/');
  const palette = page.getByRole('dialog', { name: text.packetComposer.insert.paletteTitle });
  await palette.getByRole('button', { name: text.packetComposer.insert.kinds[kind] }).waitFor();
  await paletteShot?.(palette);
  await palette.getByRole('button', { name: text.packetComposer.insert.kinds[kind] }).click();
  const search = page.getByRole('combobox');
  await search.fill(query);
  await page.getByRole('option').filter({ has: page.getByText(title, { exact: true }) }).click();
  await search.waitFor({ state: 'detached' });
}

/**
 * The schedule's first briefing not prepared yet, due from today on when there is one (else an overdue one), and its
 * template. What is due depends on today's date: the quarter view is used when this month has nothing left to prepare.
 */
export async function nextBriefingToPrepare(page: Page, language: Language, text: Messages): Promise<{ row: Locator; template: Template }> {
  const schedule = text.packets.schedule;
  const startable = page.getByTestId('schedule-row').filter({ has: page.getByRole('button', { name: schedule.start, exact: true }) });
  await page.getByTestId('schedule-row').or(page.getByText(schedule.empty)).first().waitFor();
  if ((await startable.count()) === 0) await page.getByRole('button', { name: schedule.quarter, exact: true }).click();
  await startable.first().waitFor();
  const upcoming = startable.filter({ hasNotText: pattern(schedule.overdueBy_other) }).filter({ hasNotText: pattern(schedule.overdueBy_one) });
  const row = (await upcoming.count()) > 0 ? upcoming.first() : startable.first();
  const rowText = (await row.textContent()) ?? '';
  const files = await readdir(path.join(RESOURCES_DIR, 'templates'));
  const templates = await Promise.all(files.map(async (file) => templateSchema.parse(JSON.parse(await readFile(path.join(RESOURCES_DIR, 'templates', file), 'utf8')))));
  const nameOf = (template: Template) => (language === 'en' && template.nameEn ? template.nameEn : template.name);
  const template = templates.filter((candidate) => rowText.includes(nameOf(candidate))).sort((a, b) => nameOf(b).length - nameOf(a).length)[0];
  if (!template) throw new Error(`no built-in template named in the schedule row "${rowText}"`);
  return { row, template };
}
