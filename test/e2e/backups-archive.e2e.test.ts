// Backups card in Chromium: "Xuất toàn bộ dữ liệu…" writes a .tar.gz where the save dialog says; the system tar lists and extracts it to the data folder's files.
import { execFileSync } from 'node:child_process';
import { readdir, readFile, rm, stat, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_MANIFEST_NAME, archiveManifestSchema, MAX_ARCHIVE_DATA_BYTES } from '../../electron/services/archive/data-archive.js';
import { vi as viText } from '../../renderer/src/i18n/vi.js';
import { saveDialogsInto } from './support/downloads.js';
import { useAppPerTest } from './support/session.js';

const text = viText.backupArchive;
const errors = viText.errors;

const session = useAppPerTest();

describe('data archive (vi)', () => {
  it('writes the whole data folder as one archive where the save dialog says, then names it in a toast', async () => {
    const saveFolder = await session.tempFolder('spokesdesk-archive-saved-');
    const { host, app } = await session.open({ route: '#/settings', seed: ['sample'], saveDialogsInto: saveFolder });
    const { page, screenshot } = app;
    const group = page.getByRole('group', { name: text.heading });
    await group.waitFor();
    await group.getByText(text.intro).waitFor();

    const button = group.getByRole('button', { name: text.export });
    await button.click();
    const [fileName] = host.saveDialogs;
    expect(fileName).toMatch(/^spokesdesk-du-lieu-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.tar\.gz$/);
    const toast = page.locator('.toast--success').filter({ hasText: fileName });
    await toast.waitFor();
    expect(await toast.textContent()).toMatch(/\((\d+(,\d+)?) (B|KB|MB), \d+ tệp dữ liệu\)/);
    await expect.poll(() => button.isEnabled()).toBe(true);
    await screenshot('backups-archive-exported');

    expect(await readdir(saveFolder)).toEqual([fileName]);
    const archive = path.join(saveFolder, fileName ?? '');
    expect((await stat(archive)).size).toBeGreaterThan(0);
    const listed = execFileSync('tar', ['-tzf', archive], { encoding: 'utf8' }).trim().split('\n');
    expect(listed[0]).toBe(ARCHIVE_MANIFEST_NAME);
    expect(listed).toEqual(expect.arrayContaining(['settings.json', 'packets/index.json']));
    expect(listed.some((name) => name.startsWith('backups/') || name === 'spokesdesk.lock')).toBe(false);

    const extracted = await session.tempFolder('spokesdesk-archive-e2e-');
    execFileSync('tar', ['-xzf', archive, '-C', extracted]);
    const manifest = archiveManifestSchema.parse(JSON.parse(await readFile(path.join(extracted, ARCHIVE_MANIFEST_NAME), 'utf8')));
    expect(manifest.files.map((f) => f.path)).toEqual(listed.slice(1));
    for (const { path: rel } of manifest.files) {
      expect(Buffer.compare(await readFile(path.join(extracted, rel)), await readFile(path.join(host.dataDir, rel))), rel).toBe(0);
    }
  });

  it('cancelled in the save dialog: writes nothing and says nothing', async () => {
    const { host, app } = await session.open({ route: '#/settings' });
    const { page } = app;
    const group = page.getByRole('group', { name: text.heading });
    const button = group.getByRole('button', { name: text.export });
    await button.click();
    await expect.poll(() => host.saveDialogs.length).toBe(1);
    await expect.poll(() => button.isEnabled()).toBe(true);
    expect(await group.getByRole('alert').count()).toBe(0);
    expect(await page.locator('.toast').count()).toBe(0);
    expect((await readdir(host.dataDir)).filter((name) => name.endsWith('.tar.gz'))).toEqual([]);
  });

  it('says in Vietnamese, beside the button, why the folder could not be packed or saved', async () => {
    const saveFolder = await session.tempFolder('spokesdesk-archive-saved-');
    const { host, app } = await session.open({ route: '#/settings', saveDialogsInto: saveFolder });
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
    await rm(path.join(host.dataDir, 'attachments', 'vong-lap.pdf'));

    // A place inside the data folder, chosen in the dialog.
    saveDialogsInto(host, host.dataDir);
    await button.click();
    await expect.poll(async () => alert.textContent()).toBe(text.insideDataFolder);
    await screenshot('backups-archive-inside-data-folder');

    // A folder that is not there (gone, like an unplugged USB stick).
    saveDialogsInto(host, path.join(saveFolder, 'usb-da-rut'));
    await button.click();
    await expect.poll(async () => alert.textContent()).toBe(text.unwritable);
    expect(await readdir(saveFolder)).toEqual([]);
  });
});
