// Keyboard shortcuts in Chromium, where no Electron menu exists: the renderer maps keys to the shared commands (Ctrl+N, Ctrl+S, Ctrl+F, Ctrl+E), and opened packets become "Gần đây".
import { describe, expect, it } from 'vitest';
import { vi as viText } from '../../renderer/src/i18n/vi.js';
import { describeViolations, seriousViolations } from './support/axe.js';
import { hostCall } from './support/host-call.js';
import { useAppPerTest } from './support/session.js';

const SAMPLE_PACKET_ID = 'sample-packet-nhan-quyen-2023-12';
const shell = viText.shell;

const session = useAppPerTest();

describe('keyboard shortcuts (vi)', () => {
  it('Ctrl+N opens the new-packet dialog on the packets screen, and from another screen; Ctrl+S without a packet only says so; a file the system opened previews its import', async () => {
    const { host, app } = await session.open({ route: '#/packets' });
    const { page } = app;
    await page.getByRole('heading', { level: 2, name: viText.packets.schedule.title }).waitFor();
    const dialog = page.getByRole('dialog', { name: viText.packets.create.title });

    await page.keyboard.press('Control+n');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // File ▸ New Packet clicked right after the same shortcut is a click of its own: it is not taken for an echo.
    host.emit('menuCommand', { command: 'newPacket' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await page.goto(`${host.url}#/settings`);
    await page.locator('[data-screen="settings"]').waitFor();
    await page.keyboard.press('Control+n');
    await dialog.waitFor();
    expect(new URL(page.url()).hash).toBe('#/packets');
    await page.keyboard.press('Escape');

    await page.keyboard.press('Control+s');
    await page.getByText(shell.commands.needsPacket.replace('{{command}}', shell.commands.labels.saveVersion)).waitFor();

    // A .spokesdesk file the system opened (main has read and checked it): its import preview opens over any screen.
    await hostCall(host.url, 'talkingPoints', 'loadSample', {});
    const file = await hostCall(host.url, 'exchange', 'exportPacket', { id: SAMPLE_PACKET_ID });
    // hostCall reads plain JSON: the bytes arrive tagged as the loopback bridge sends them ({"$bytes": base64}).
    const base64: unknown = Reflect.get(file.bytes, '$bytes');
    if (typeof base64 !== 'string') throw new Error('exportPacket answered without bytes');
    host.emit('openExchangeFile', { fileName: file.fileName, bytes: new Uint8Array(Buffer.from(base64, 'base64')) });
    const preview = page.getByRole('dialog', { name: viText.exchange.previewTitle.replace('{{fileName}}', file.fileName) });
    await preview.waitFor();
    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'detached' });
    // One main refused (too large here) is said in words, with its name.
    host.emit('openExchangeFile', { fileName: 'Lưu trữ 2019.spokesdesk', refused: 'too_large' });
    await page.getByText(shell.openedFile.refused.too_large.replace('{{fileName}}', 'Lưu trữ 2019.spokesdesk')).waitFor();
  });

  it('in an open packet: Ctrl+S saves a version, Ctrl+F finds text across sections, Ctrl+E and Ctrl+P open the export; the packet becomes recent', async () => {
    const { host, app } = await session.open({ route: `#/packets/${SAMPLE_PACKET_ID}`, seed: ['sample'] });
    const { page, screenshot } = app;
    await page.locator('[data-testid="composer"]').waitFor();

    // Ctrl+S: one more version, said in the status toast.
    const before = await hostCall(host.url, 'versions', 'list', { packetId: SAMPLE_PACKET_ID });
    await page.keyboard.press('Control+s');
    await page.getByText(shell.commands.versionSaved.replace('{{number}}', String(before.length + 1))).waitFor();
    expect(await hostCall(host.url, 'versions', 'list', { packetId: SAMPLE_PACKET_ID })).toHaveLength(before.length + 1);

    // Ctrl+F: without diacritics, across sections; Enter moves on, the current match is on screen.
    await page.keyboard.press('Control+f');
    const field = page.getByRole('searchbox', { name: shell.find.label });
    await expect.poll(() => field.evaluate((element) => element.matches(':focus'))).toBe(true);
    await field.fill('quyen con nguoi');
    const count = page.getByTestId('find-count');
    await expect.poll(() => count.textContent()).toMatch(/^1\/\d+$/);
    const total = Number((await count.textContent())?.split('/')[1]);
    expect(total).toBeGreaterThanOrEqual(5);
    const current = page.locator('.find-match--current');
    await current.waitFor();
    expect((await current.textContent())?.toLowerCase()).toBe('quyền con người');
    expect(await page.locator('.find-match').count()).toBeGreaterThan(1);
    await screenshot('shortcuts-find-in-packet');
    const findViolations = await seriousViolations(page);
    expect(findViolations, describeViolations('find in packet', findViolations)).toEqual([]);
    const sections = new Set<string>();
    for (let step = 0; step < total; step += 1) {
      sections.add((await page.locator('.find-bar__section').textContent()) ?? '');
      await field.press('Enter');
    }
    expect(sections.size).toBeGreaterThan(1);
    await expect.poll(() => count.textContent()).toBe(`1/${total}`);
    await field.press('Shift+Enter');
    await expect.poll(() => count.textContent()).toBe(`${total}/${total}`);
    await expect.poll(() => current.isVisible()).toBe(true);
    await field.fill('không có trong gói này');
    await expect.poll(() => count.textContent()).toBe(shell.find.none);
    await field.press('Escape');
    await page.getByTestId('find-bar').waitFor({ state: 'detached' });
    expect(await page.locator('.find-match').count()).toBe(0);

    // Ctrl+E: the export (preflight first).
    await page.keyboard.press('Control+e');
    const gate = page.getByRole('dialog', { name: viText.packetExport.title });
    await gate.waitFor();
    await page.keyboard.press('Escape');
    await gate.waitFor({ state: 'detached' });
    // Ctrl+P: printing is of the press handout, so the same export opens on the handout (copies follow the export).
    await page.keyboard.press('Control+p');
    await gate.waitFor();
    await gate.getByText(shell.commands.printHint).waitFor();
    expect(await gate.getByRole('radio', { name: new RegExp(`^${viText.packetChecks.profiles.handout}`) }).isChecked()).toBe(true);
    await page.keyboard.press('Escape');
    await gate.waitFor({ state: 'detached' });

    // Opened: first in the recent list on disk and on the packets screen.
    const settings = await hostCall(host.url, 'settings', 'get', {});
    expect(settings.recentPacketIds[0]).toBe(SAMPLE_PACKET_ID);
    await page.goto(`${host.url}#/packets`);
    const recent = page.getByTestId('recent-packets');
    await recent.waitFor();
    expect(await recent.getByRole('listitem').count()).toBe(1);
    await screenshot('shortcuts-recent-packets');
    const recentViolations = await seriousViolations(page);
    expect(recentViolations, describeViolations('recent packets', recentViolations)).toEqual([]);
    await recent.getByRole('button', { name: /nhân quyền/ }).click();
    await page.locator(`[data-testid="composer"][data-packet-id="${SAMPLE_PACKET_ID}"]`).waitFor();

    // "Xoá danh sách" empties the list on disk and the panel goes away.
    await page.goto(`${host.url}#/packets`);
    await recent.getByRole('button', { name: shell.recent.clear }).click();
    await recent.waitFor({ state: 'detached' });
    expect((await hostCall(host.url, 'settings', 'get', {})).recentPacketIds).toEqual([]);
  });
});
