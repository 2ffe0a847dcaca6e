// First run: the wizard walked by keyboard in Vietnamese (starter registry only), in English with the sample on a folder that already has content, and skipped.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { DirectiveFieldsInput } from '../../shared/model/index.js';
import { en as enText } from '../../renderer/src/i18n/en.js';
import { vi as viText, type Messages } from '../../renderer/src/i18n/vi.js';
import type { Host } from './host/host.js';
import { describeViolations, seriousViolations } from './support/axe.js';
import { hostCall } from './support/host-call.js';
import { useAppPerTest, type OpenedApp } from './support/session.js';
import { starterDirectiveFields } from './support/starter.js';

const session = useAppPerTest();

async function openWizard(seed?: (host: Host) => Promise<void>): Promise<OpenedApp> {
  const opened = await session.open({ firstRun: true, prepare: seed });
  await opened.page.locator('[data-first-run="true"]').waitFor();
  return opened;
}

/** The step heading is shown and has the keyboard focus (each step starts there). */
async function expectStep(page: Page, heading: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
  await page.locator('#firstrun-heading:focus').waitFor();
}

/** axe-core (WCAG A/AA, best practices): no serious or critical violation on what the wizard shows now. */
async function expectAccessible(page: Page, state: string): Promise<void> {
  const violations = await seriousViolations(page);
  expect.soft(violations, describeViolations(`first run: ${state}`, violations)).toEqual([]);
}

async function expectSchedule(page: Page, text: Messages): Promise<void> {
  await page.locator('[data-app-ready="true"][data-screen="packets"]').waitFor();
  await page.getByRole('heading', { level: 2, name: text.packets.schedule.title }).waitFor();
  expect(await page.locator('[data-first-run]').count()).toBe(0);
  expect(new URL(page.url()).hash).toBe('#/packets');
}

async function counts(host: Host) {
  const [directives, talkingPoints, qaItems, packets] = await Promise.all([
    hostCall(host.url, 'directives', 'list', {}),
    hostCall(host.url, 'talkingPoints', 'list', {}),
    hostCall(host.url, 'qa', 'list', {}),
    hostCall(host.url, 'packets', 'list', {}),
  ]);
  return { directives: directives.length, talkingPoints: talkingPoints.length, qaItems: qaItems.length, packets: packets.length };
}

const fr = viText.firstRun;

describe('first run', () => {
  it('walks the wizard in Vietnamese by keyboard, saves the settings, loads the starter registry only and lands on the schedule', async () => {
    const { host, app } = await openWizard();
    const { page } = app;
    const starterTotal = (await starterDirectiveFields()).length;
    expect(await hostCall(host.url, 'settings', 'get', {})).toMatchObject({ firstRunDone: false });

    await expectStep(page, fr.language.heading);
    expect(await page.getByRole('radio', { name: /Tiếng Việt/ }).isChecked()).toBe(true);
    await app.screenshot('first-run-1-language-1280');
    await expectAccessible(page, 'language');
    await page.keyboard.press('Enter');

    await expectStep(page, fr.identity.heading);
    await page.keyboard.press('Enter');
    // Nothing typed: the two required fields are named inline, and the first of them takes the focus.
    await page.getByRole('alert').getByText(fr.identity.fixErrors_other.replace('{{count}}', '2')).waitFor();
    const agency = page.getByRole('textbox', { name: viText.settings.agencyName, exact: true });
    expect(await agency.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText(viText.validation.required).count()).toBe(2);
    await agency.and(page.locator(':focus')).waitFor();
    await app.screenshot('first-run-2-identity-errors-1280');
    await expectAccessible(page, 'identity with errors');

    const typeField = async (text: string) => {
      await page.keyboard.type(text);
      await page.keyboard.press('Tab');
    };
    await typeField('Ủy ban nhân dân tỉnh Hậu Giang');
    await typeField('');
    await typeField('Hậu Giang');
    await typeField('Nguyễn Văn An');
    await typeField('Chánh Văn phòng UBND tỉnh');
    await typeField('0293 3 878 001');
    await page.keyboard.type('vanphong@haugiang');
    await page.keyboard.press('Enter');
    await page.getByText(viText.validation.email).waitFor();
    await page.keyboard.type('.gov.vn');
    await app.screenshot('first-run-2-identity-1280');
    await page.keyboard.press('Enter');

    await expectStep(page, fr.content.heading);
    const starter = page.getByRole('checkbox', { name: new RegExp(fr.content.starter) });
    const sample = page.getByRole('checkbox', { name: new RegExp(fr.content.sample) });
    expect(await starter.isChecked()).toBe(true);
    expect(await sample.isChecked()).toBe(false);
    await page.getByText(fr.content.starterHint_other.replace('{{count}}', String(starterTotal))).waitFor();
    expect(await page.getByText(fr.content.existingTitle).count(), 'an empty folder is not said to have content').toBe(0);
    await app.screenshot('first-run-3-content-1280');
    await expectAccessible(page, 'content');
    await page.setViewportSize({ width: 1024, height: 700 });
    await app.screenshot('first-run-3-content-1024');

    // Esc changes nothing; Back returns to the filled-in step 2 with the heading focused.
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { level: 1, name: fr.content.heading }).waitFor();
    await page.getByRole('button', { name: fr.actions.back, exact: true }).focus();
    await page.keyboard.press('Enter');
    await expectStep(page, fr.identity.heading);
    expect(await page.getByRole('textbox', { name: viText.settings.placeName, exact: true }).inputValue()).toBe('Hậu Giang');
    await app.screenshot('first-run-2-identity-1024');
    await page.keyboard.press('Enter');
    await expectStep(page, fr.content.heading);
    await page.keyboard.press('Enter');

    await expectSchedule(page, viText);
    await page.getByText(fr.done).waitFor();
    // The keyboard continues from the app's main region, not from the top of an empty page.
    await page.locator('#main:focus').waitFor();
    await app.screenshot('first-run-done-schedule-1024');

    const settings = await hostCall(host.url, 'settings', 'get', {});
    expect(settings).toMatchObject({
      firstRunDone: true,
      language: 'vi',
      agencyName: 'Ủy ban nhân dân tỉnh Hậu Giang',
      parentAgencyName: '',
      placeName: 'Hậu Giang',
      spokespersonName: 'Nguyễn Văn An',
      spokespersonTitle: 'Chánh Văn phòng UBND tỉnh',
      contactPhone: '0293 3 878 001',
      contactEmail: 'vanphong@haugiang.gov.vn',
    });
    expect(await counts(host)).toEqual({ directives: starterTotal, talkingPoints: 0, qaItems: 0, packets: 0 });
    expect(await hostCall(host.url, 'talkingPoints', 'sampleStatus', {})).toMatchObject({ present: 0 });
    app.assertNoProblems();
  });

  it('switches the wizard to English at once, tells a folder with content what it holds, loads the sample, and stays done after a reload', async () => {
    const { host, app } = await openWizard(async (seeded) => {
      // An upgraded user's folder: a directive of their own, not one of the starter registry.
      const fields = {
        type: 'Quyết định',
        number: '999',
        symbol: '999/QĐ-UBND',
        issueDate: '2024-03-01',
        issuer: 'Ủy ban nhân dân tỉnh Hậu Giang',
        title: 'ban hành Quy chế phát ngôn và cung cấp thông tin cho báo chí',
      } satisfies DirectiveFieldsInput;
      await hostCall(seeded.url, 'directives', 'create', { fields });
    });
    const { page } = app;
    const en = enText.firstRun;

    await expectStep(page, fr.language.heading);
    await page.getByRole('radio', { name: /English/ }).check();
    await page.getByRole('heading', { level: 1, name: en.language.heading, exact: true }).waitFor();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    await app.screenshot('first-run-1-language-en-1280');
    await page.keyboard.press('Enter');

    await expectStep(page, en.identity.heading);
    await page.getByRole('textbox', { name: enText.settings.agencyName, exact: true }).fill('Bộ Ngoại giao');
    await page.getByRole('textbox', { name: enText.settings.placeName, exact: true }).fill('Hà Nội');
    await page.getByRole('button', { name: en.actions.next, exact: true }).click();

    await expectStep(page, en.content.heading);
    await page.getByText(en.content.existingTitle).waitFor();
    await page.getByText(en.content.existingCounts.directives.replace('{{count}}', '1'), { exact: true }).waitFor();
    await page.getByText(en.content.existingCounts.packets.replace('{{count}}', '0'), { exact: true }).waitFor();
    const starter = page.getByRole('checkbox', { name: new RegExp(en.content.starter) });
    expect(await starter.isChecked(), 'directives exist, so the starter registry is not preselected').toBe(false);
    await page.getByRole('checkbox', { name: new RegExp(en.content.sample) }).check();
    await app.screenshot('first-run-3-content-existing-en-1280');
    await expectAccessible(page, 'content, folder with content, English');
    await page.setViewportSize({ width: 1024, height: 700 });
    await app.screenshot('first-run-3-content-existing-en-1024');
    await page.getByRole('button', { name: en.actions.finish, exact: true }).click();

    await expectSchedule(page, enText);
    await page.getByText(en.done).waitFor();
    const settings = await hostCall(host.url, 'settings', 'get', {});
    expect(settings).toMatchObject({ firstRunDone: true, language: 'en', agencyName: 'Bộ Ngoại giao', placeName: 'Hà Nội' });
    const sampleStatus = await hostCall(host.url, 'talkingPoints', 'sampleStatus', {});
    expect(sampleStatus.present).toBe(sampleStatus.total);
    const after = await counts(host);
    expect(after.packets).toBe(1);
    expect(after.talkingPoints + after.qaItems).toBe(sampleStatus.total);
    const starterStatus = await hostCall(host.url, 'directives', 'starterStatus', {});
    expect(starterStatus.present, 'only the directives the sample cites came with it').toBeLessThan(starterStatus.total);
    expect(after.directives).toBe(1 + starterStatus.present);

    await app.reload();
    await expectSchedule(page, enText);
    app.assertNoProblems();
  });

  it('"Bỏ qua" saves first run as done without loading anything and opens the schedule', async () => {
    const { host, app } = await openWizard();
    const { page } = app;
    await expectStep(page, fr.language.heading);
    await page.keyboard.press('Enter');
    await expectStep(page, fr.identity.heading);
    await page.getByRole('textbox', { name: viText.settings.agencyName, exact: true }).fill('Sở Thông tin và Truyền thông');
    await page.getByRole('textbox', { name: viText.settings.contactEmail, exact: true }).fill('not-an-address');
    await page.getByRole('button', { name: fr.actions.skip, exact: true }).click();

    await expectSchedule(page, viText);
    await page.getByText(fr.skipped).waitFor();
    // What was typed and valid is kept; the invalid e-mail is not saved.
    expect(await hostCall(host.url, 'settings', 'get', {})).toMatchObject({ firstRunDone: true, agencyName: 'Sở Thông tin và Truyền thông', contactEmail: '' });
    expect(await counts(host)).toEqual({ directives: 0, talkingPoints: 0, qaItems: 0, packets: 0 });
    app.assertNoProblems();
  });
});
