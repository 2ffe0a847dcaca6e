// Backups card in Chromium: "Xuất toàn bộ dữ liệu…" downloads a .tar.gz that the system tar lists and extracts to the data folder's files.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ARCHIVE_MANIFEST_NAME, archiveManifestSchema, MAX_ARCHIVE_DATA_BYTES } from '../../electron/services/archive/data-archive.js';
import { vi as viText } from '../../renderer/src/i18n/vi.js';
import { startHost, type Host } from './host/host.js';
import { openApp, type AppPage } from './support/app-page.js';
import { launchChromium } from './support/chromium.js';
import { hostCall } from './support/host-call.js';

const text = viText.backupArchive;
const errors = viText.errors;

let browser: Browser;
let host: Host | undefined;
let app: AppPage | undefined;
let extracted: string | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});

afterEach(async () => {
  const problems = app?.problems.slice() ?? [];
  await app?.close();
  await host?.close();
  if (extracted) await rm(extracted, { recursive: true, force: true });
  app = undefined;
  host = undefined;
  extracted = undefined;
  expect(problems, 'console errors, CSP violations or failed requests').toEqual([]);
});

afterAll(async () => {
  await browser?.close();
});

describe('data archive (vi)', () => {
  it('downloads the whole data folder as one archive and names it in a toast', async () => {
    host = await startHost();
    await hostCall(host.url, 'talkingPoints', 'loadSample', {});
    app = await openApp(browser, `${host.url}#/settings`);
    const { page, screenshot } = app;
    const group = page.getByRole('group', { name: text.heading });
    await group.waitFor();
    await group.getByText(text.intro).waitFor();

    const button = group.getByRole('button', { name: text.export });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const fileName = download.suggestedFilename();
    expect(fileName).toMatch(/^spokesdesk-du-lieu-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.tar\.gz$/);
    const toast = page.locator('.toast--success').filter({ hasText: fileName });
    await toast.waitFor();
    expect(await toast.textContent()).toMatch(/\((\d+(,\d+)?) (B|KB|MB), \d+ tệp dữ liệu\)/);
    await expect.poll(() => button.isEnabled()).toBe(true);
    await screenshot('backups-archive-exported');

    const archive = await download.path();
    const listed = execFileSync('tar', ['-tzf', archive], { encoding: 'utf8' }).trim().split('\n');
    expect(listed[0]).toBe(ARCHIVE_MANIFEST_NAME);
    expect(listed).toEqual(expect.arrayContaining(['settings.json', 'packets/index.json']));
    expect(listed.some((name) => name.startsWith('backups/') || name === 'spokesdesk.lock')).toBe(false);

    extracted = await mkdtemp(path.join(os.tmpdir(), 'spokesdesk-archive-e2e-'));
    execFileSync('tar', ['-xzf', archive, '-C', extracted]);
    const manifest = archiveManifestSchema.parse(JSON.parse(await readFile(path.join(extracted, ARCHIVE_MANIFEST_NAME), 'utf8')));
    expect(manifest.files.map((f) => f.path)).toEqual(listed.slice(1));
    for (const { path: rel } of manifest.files) {
      expect(Buffer.compare(await readFile(path.join(extracted, rel)), await readFile(path.join(host.dataDir, rel))), rel).toBe(0);
    }
  });

  it('says in Vietnamese, beside the button, why the folder could not be packed', async () => {
    host = await startHost();
    app = await openApp(browser, `${host.url}#/settings`);
    const { page, screenshot } = app;
    const group = page.getByRole('group', { name: text.heading });
    const button = group.getByRole('button', { name: text.export });
    const alert = group.getByRole('alert');

    // More data than one archive may hold (a sparse file: its size counts, the disk stays empty).
    const huge = path.join(host.dataDir, 'attachments', `${'b'.repeat(64)}.pdf`);
    await writeFile(huge, '');
    await truncate(huge, MAX_ARCHIVE_DATA_BYTES + 1);
    await button.click();
    await alert.waitFor();
    expect(await alert.textContent()).toBe(text.tooLarge.replace('{{limit}}', '1.024 MB'));
    await screenshot('backups-archive-too-large');
    await rm(huge);

    // A file the main side cannot read (a link to itself): the general reason.
    await symlink('vong-lap.pdf', path.join(host.dataDir, 'attachments', 'vong-lap.pdf'));
    await button.click();
    await expect.poll(async () => alert.textContent()).toBe(text.failed.replace('{{message}}', errors.internal));
    expect(await button.isEnabled()).toBe(true);
  });
});
