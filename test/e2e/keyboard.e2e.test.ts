// Main flows by keyboard alone (sidebar → directive → back; library item → back; new packet → composer; PDF export), Escape
// closing dialogs with focus back on the opener, and a visible focus ring on every sidebar and dialog control reached with Tab.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { vi as viText } from '../../renderer/src/i18n/vi.js';
import { focusInfo, isFocused, MAX_TABS, tabTo, type FocusInfo } from './support/focus.js';
import { hostCall } from './support/host-call.js';
import { useAppPerTest, type OpenedApp } from './support/session.js';

const SAMPLE_PACKET_ID = 'sample-packet-nhan-quyen-2023-12';

const session = useAppPerTest();

function sidebar(page: Page): Locator {
  return page.getByRole('navigation', { name: viText.nav.label });
}

function openSeeded(route: string): Promise<OpenedApp> {
  return session.open({ route, seed: ['starterRegistry', 'sample'] });
}

describe('keyboard only', () => {
  it('goes from the sidebar to Directives, opens one with Enter and comes back to the list where it was', async () => {
    const { page, app } = await openSeeded('#/packets');
    await page.getByRole('heading', { level: 1, name: viText.nav.packets, exact: true }).waitFor();

    // Tab into the sidebar, then ↓ from the open screen's link to the next one.
    await tabTo(page, sidebar(page).getByRole('link', { name: viText.nav.packets, exact: true }));
    await page.keyboard.press('ArrowDown');
    expect(await isFocused(sidebar(page).getByRole('link', { name: viText.nav.directives, exact: true })), '↓ moves to Directives').toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: viText.nav.directives, exact: true }).waitFor();

    const grid = page.getByRole('grid', { name: viText.directives.gridLabel });
    await grid.getByRole('row').nth(1).waitFor();
    await tabTo(page, grid);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const activeRowId = await grid.getAttribute('aria-activedescendant');
    expect(activeRowId, 'arrow keys choose a row').toBeTruthy();
    expect((await focusInfo(page)).indicator, 'the focused grid shows a focus ring').toBe(true);
    const activeTitle = (await page.locator(`[id="${activeRowId ?? ''}"]`).textContent()) ?? '';
    await page.keyboard.press('Enter');

    const back = page.getByRole('button', { name: viText.directiveDetail.backToList, exact: true }).first();
    await back.waitFor();
    expect(new URL(page.url()).hash).toMatch(/^#\/directives\/.+/);
    const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    // The heading is "<type> số <symbol>"; the chosen row holds the same symbol.
    expect(activeTitle, 'the detail shows the row that was chosen').toContain(heading.split(' ').at(-1));
    await tabTo(page, back);
    await app.screenshot('keyboard-directive-detail-focus');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: viText.nav.directives, exact: true }).waitFor();
    await expect.poll(() => isFocused(grid), { message: 'focus is back on the list' }).toBe(true);
    expect(await grid.getAttribute('aria-activedescendant'), 'on the same row').toBe(activeRowId);
  });

  it('opens a talking point and a Q&A item from their lists with Enter and comes back to the same item', async () => {
    const { page, app } = await openSeeded('#/talkingPoints');
    for (const [screen, listLabel] of [
      ['talkingPoints', viText.library.tp.listLabel],
      ['qa', viText.library.qa.listLabel],
    ] as const) {
      await tabTo(page, sidebar(page).getByRole('link', { name: viText.nav[screen], exact: true }), 'Shift+Tab');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: viText.nav[screen], exact: true }).waitFor();
      const list = page.getByRole('listbox', { name: listLabel });
      await list.getByRole('option').first().waitFor();
      await tabTo(page, list);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      const activeOption = await list.getAttribute('aria-activedescendant');
      expect(activeOption, `${screen}: arrow keys choose an item`).toBeTruthy();
      expect((await focusInfo(page)).indicator, `${screen}: the focused list shows a focus ring`).toBe(true);
      if (screen === 'qa') await app.screenshot('keyboard-qa-list-focus');
      await page.keyboard.press('Enter');

      const back = page.getByTestId('editor-back');
      await back.waitFor();
      expect((await focusInfo(page)).inMain, `${screen}: focus continues in the editor`).toBe(true);
      await tabTo(page, back);
      await page.keyboard.press('Enter');
      await list.waitFor();
      await expect.poll(() => isFocused(list), { message: `${screen}: focus is back on the list` }).toBe(true);
      expect(await list.getAttribute('aria-activedescendant'), `${screen}: on the same item`).toBe(activeOption);
    }
  });

  it('deletes a directive with the Delete key after confirming, and undoes it from the notice by keyboard', async () => {
    const { page, host } = await openSeeded('#/directives');
    const grid = page.getByRole('grid', { name: viText.directives.gridLabel });
    await grid.getByRole('row').nth(1).waitFor();
    const before = (await hostCall(host.url, 'directives', 'list', {})).length;
    await tabTo(page, grid);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Delete');
    const confirm = page.getByRole('alertdialog', { name: viText.directives.deleteTitle, exact: true });
    await confirm.waitFor();
    expect(await isFocused(confirm.getByRole('button', { name: viText.directives.deleteConfirm, exact: true }))).toBe(true);
    await page.keyboard.press('Enter');
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(async () => (await hostCall(host.url, 'directives', 'list', {})).length).toBe(before - 1);
    await expect.poll(() => isFocused(grid), { message: 'focus is back on the list' }).toBe(true);

    // The notice's Undo is reached with Tab (its timer stops while it has focus).
    await tabTo(page, page.getByRole('button', { name: viText.common.undo, exact: true }));
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await hostCall(host.url, 'directives', 'list', {})).length).toBe(before);
  });

  it('creates a packet from the new-packet dialog and reaches its composer', async () => {
    const { page, host, app } = await openSeeded('#/packets');
    await page.getByRole('heading', { level: 2, name: viText.packets.schedule.title }).waitFor();
    const create = page.getByRole('button', { name: viText.packets.create.button, exact: true });
    await tabTo(page, create);
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: viText.packets.create.title, exact: true });
    await dialog.waitFor();
    expect((await focusInfo(page)).inDialog, 'focus moves into the dialog').toBe(true);
    const titleField = dialog.getByLabel(viText.packets.create.packetTitle, { exact: true });
    await tabTo(page, titleField);
    const title = 'Họp báo thường kỳ tạo bằng bàn phím';
    await page.keyboard.type(title);
    await app.screenshot('keyboard-new-packet-dialog-focus');
    await page.keyboard.press('Enter');

    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('composer').waitFor();
    expect(new URL(page.url()).hash).toMatch(/^#\/packets\/.+/);
    const packets = await hostCall(host.url, 'packets', 'list', {});
    expect(packets.map((packet) => packet.title)).toContain(title);
    expect((await focusInfo(page)).inMain, 'focus continues in the composer, not from the top of the page').toBe(true);

    // Back to the list: the keyboard continues at the packet it left.
    await tabTo(page, page.getByRole('button', { name: viText.packetComposer.back, exact: true }));
    await page.keyboard.press('Enter');
    const row = page.getByTestId('packet-row').filter({ hasText: title }).getByRole('button', { name: title, exact: true });
    await row.waitFor();
    await expect.poll(() => isFocused(row), { message: 'focus is on the packet just closed' }).toBe(true);
  });

  it('exports the sample packet to PDF by keyboard, and Escape brings focus back to the composer\'s export button', async () => {
    const { page, app } = await openSeeded(`#/packets/${SAMPLE_PACKET_ID}`);
    await page.locator('[data-testid="composer"][data-save-state="saved"]').waitFor();
    const exportButton = page.getByRole('button', { name: viText.packetComposer.export, exact: true });
    // The skip link, first on the page, jumps over the sidebar into the composer.
    await tabTo(page, page.getByRole('link', { name: viText.app.skipToContent, exact: true }));
    await page.keyboard.press('Enter');
    await expect.poll(() => isFocused(page.getByRole('main'))).toBe(true);
    await tabTo(page, exportButton);
    await page.keyboard.press('Enter');

    const gate = page.getByRole('dialog', { name: viText.packetExport.title, exact: true });
    await gate.waitFor();
    const handout = gate.getByRole('radio', { name: new RegExp(`^${viText.packetChecks.profiles.handout}`) });
    await tabTo(page, handout);
    await page.keyboard.press('Space');
    await gate.getByText(viText.packetExport.clean).waitFor();
    await tabTo(page, gate.getByRole('button', { name: viText.packetExport.export, exact: true }));
    await page.keyboard.press('Enter');

    const text = viText.pdfExport;
    const dialog = page.getByRole('dialog', { name: text.title.replace('{{profile}}', text.profiles.handout), exact: true });
    await dialog.waitFor();
    await tabTo(page, dialog.getByRole('button', { name: text.start, exact: true }));
    await page.keyboard.press('Enter');
    const save = dialog.getByRole('button', { name: text.save, exact: true });
    await save.waitFor({ timeout: 60_000 });
    await expect.poll(() => isFocused(save), { message: 'after the export, focus is on saving the file' }).toBe(true);
    await app.screenshot('keyboard-export-save-focus');
    await tabTo(page, dialog.getByRole('region', { name: text.previewRegion }));
    await page.keyboard.press('PageDown');

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await isFocused(exportButton), 'export dialog → the composer\'s export button').toBe(true);
  });

  it('Escape closes each dialog and puts focus back on the control that opened it', async () => {
    const { page, host } = await openSeeded('#/packets');
    await page.getByRole('heading', { level: 2, name: viText.packets.schedule.title }).waitFor();

    const create = page.getByRole('button', { name: viText.packets.create.button, exact: true });
    await tabTo(page, create);
    await page.keyboard.press('Enter');
    const newPacket = page.getByRole('dialog', { name: viText.packets.create.title, exact: true });
    await newPacket.waitFor();
    await page.keyboard.press('Escape');
    await newPacket.waitFor({ state: 'detached' });
    expect(await isFocused(create), 'new-packet dialog → its button').toBe(true);

    const sampleTitle = (await hostCall(host.url, 'packets', 'list', {}))[0]?.title ?? '';
    const remove = page.getByRole('button', { name: viText.packets.delete.button.replace('{{title}}', sampleTitle), exact: true });
    await tabTo(page, remove);
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('alertdialog', { name: viText.packets.delete.title, exact: true });
    await confirm.waitFor();
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    expect(await isFocused(remove), 'delete confirmation → the delete button').toBe(true);

    const search = sidebar(page).getByRole('button', { name: viText.search.open, exact: true });
    await tabTo(page, search, 'Shift+Tab');
    await page.keyboard.press('Enter');
    const palette = page.getByRole('dialog', { name: viText.search.title, exact: true });
    await palette.waitFor();
    await page.keyboard.press('Escape');
    await palette.waitFor({ state: 'detached' });
    expect(await isFocused(search), 'search palette → the search button').toBe(true);
    expect(await hostCall(host.url, 'packets', 'list', {}), 'nothing was deleted').toHaveLength(1);
  });

  it('shows a focus indicator on every control of the sidebar and of a dialog reached with Tab', async () => {
    const { page, app } = await openSeeded('#/packets');
    await page.getByRole('heading', { level: 2, name: viText.packets.schedule.title }).waitFor();

    const missing: string[] = [];
    const check = (focus: FocusInfo) => {
      if (!focus.focusVisible || !focus.indicator) missing.push(focus.describe);
    };
    const sidebarControls = await sidebar(page).locator('a[href], button').count();
    const seen = new Set<string>();
    for (let presses = 0; presses < MAX_TABS && seen.size < sidebarControls; presses += 1) {
      await page.keyboard.press('Tab');
      const focus = await focusInfo(page);
      if (!focus.inSidebar) continue;
      seen.add(focus.describe);
      check(focus);
      if (focus.describe.includes(viText.nav.directives)) await app.screenshot('keyboard-sidebar-focus');
    }
    expect(seen.size, 'Tab reaches every sidebar control').toBe(sidebarControls);

    await tabTo(page, page.getByRole('button', { name: viText.packets.create.button, exact: true }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: viText.packets.create.title, exact: true });
    await dialog.waitFor();
    const first = await focusInfo(page);
    check(first);
    const inDialog = new Set([first.describe]);
    for (let presses = 0; presses < MAX_TABS; presses += 1) {
      await page.keyboard.press('Tab');
      const focus = await focusInfo(page);
      expect(focus.inDialog, `Tab stays in the dialog (left it for ${focus.describe})`).toBe(true);
      if (inDialog.has(focus.describe)) break;
      inDialog.add(focus.describe);
      check(focus);
    }
    expect(inDialog.size, 'the dialog has its form controls and buttons').toBeGreaterThan(4);
    expect(missing, 'controls without a visible focus indicator').toEqual([]);
  });
});
