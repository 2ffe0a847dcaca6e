// system.saveArchive on a real data folder: the path from main's chooser only; the written file checked with the system tar, manifest, exclusions, reopening.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, stat, symlink, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_MANIFEST_NAME, archiveManifestSchema, buildDataArchive, MAX_ARCHIVE_DATA_BYTES, readArchiveFiles, writeDataArchive } from '../../../electron/services/archive/data-archive.js';
import { dispatch } from '../../../electron/services/dispatch.js';
import type { Services } from '../../../electron/services/types.js';
import { call, directiveInput, failure, listTree, open, tempDir } from '../storage/helpers.js';

const NOW = new Date('2026-11-26T08:15:30.123Z');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A data folder with every kind of data file, plus the files an archive must leave out. */
async function filledFolder(): Promise<{ dir: string; services: Services; saved: string[] }> {
  const dir = await tempDir();
  const { services, saved } = await openSaving(dir, { now: () => NOW });
  await call(services, 'talkingPoints', 'loadSample', {});
  const directive = await call(services, 'directives', 'create', { fields: directiveInput(1079) });
  await call(services, 'directives', 'attach', { id: directive.id, fileName: 'Quyết định 1079.pdf', dataBase64: PDF.toString('base64') });
  const [packet] = await call(services, 'packets', 'list', {});
  if (!packet) throw new Error('the sample has a packet');
  await call(services, 'versions', 'create', { packetId: packet.id, label: 'Bản trình lãnh đạo' });
  await call(services, 'exchange', 'exportLibrary', { all: true });
  await call(services, 'system', 'createBackup', {});
  // What the archive must not hold: a quarantined file, a leftover temp file and a search index (a cache).
  await writeFile(path.join(dir, 'library', 'directives-03.json.corrupt-2026-11-20T01-02-03-004Z'), 'garbage');
  await writeFile(path.join(dir, 'packets', `.${packet.id}.json.999-abcd1234.tmp`), '{"half":');
  await mkdir(path.join(dir, 'search'), { recursive: true });
  await writeFile(path.join(dir, 'search', 'index.json'), '{}');
  return { dir, services, saved };
}

/** Every file a user would call data: no backups/, lock, quarantined, temp or search-index files. */
async function expectedDataFiles(dir: string): Promise<string[]> {
  return (await listTree(dir)).filter(
    (f) => !f.startsWith('backups/') && !f.startsWith('search/') && f !== 'spokesdesk.lock' && !f.includes('.corrupt-') && !/(^|\/)\.[^/]*\.tmp$/.test(f),
  );
}

/**
 * Services whose save dialog answers with `answer(suggested name)` (by default: that name in a fresh temp folder);
 * `asked` records the suggested names, `saved` the paths answered.
 */
async function openSaving(dir: string, options: { now?: () => Date; answer?: (name: string) => Promise<string | null> } = {}) {
  const asked: string[] = [];
  const saved: string[] = [];
  const answer = options.answer ?? (async (name: string) => path.join(await tempDir(), name));
  const { services } = await open(dir, {
    ...(options.now ? { now: options.now } : {}),
    chooseArchivePath: async (name) => {
      asked.push(name);
      const target = await answer(name);
      if (target !== null) saved.push(target);
      return target;
    },
  });
  return { services, asked, saved };
}

/** Saves an archive through the channel; returns the path written and the summary. */
async function saveArchive(services: Services, saved: readonly string[]) {
  const summary = await call(services, 'system', 'saveArchive', {});
  if (!summary.saved) throw new Error('the test answers the save dialog');
  const archivePath = saved.at(-1);
  if (!archivePath) throw new Error('no path was chosen');
  return { summary, archivePath };
}

describe('system.saveArchive', () => {
  it('packs every data file behind a manifest into the chosen file; the system tar lists and extracts it byte for byte', async () => {
    const { dir, services, saved } = await filledFolder();
    const { summary, archivePath } = await saveArchive(services, saved);
    expect(summary).toEqual({ saved: true, fileName: 'spokesdesk-du-lieu-2026-11-26T08-15-30Z.tar.gz', bytes: (await stat(archivePath)).size, files: summary.files });
    const written = await readFile(archivePath);
    expect([...written.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    expect(await listTree(path.dirname(archivePath)), 'no temp file left beside it').toEqual([summary.fileName]);

    const listed = execFileSync('tar', ['-tzf', archivePath], { encoding: 'utf8' }).trim().split('\n');
    const expected = await expectedDataFiles(dir);
    expect(expected).toEqual(expect.arrayContaining(['settings.json', 'exchange/ledger.json', 'packets/index.json']));
    expect(expected.some((f) => f.startsWith('versions/'))).toBe(true);
    expect(expected.some((f) => f.startsWith('attachments/') && f.endsWith('.pdf'))).toBe(true);
    expect(listed[0]).toBe(ARCHIVE_MANIFEST_NAME);
    expect(listed.slice(1)).toEqual(expected);

    const out = await tempDir();
    execFileSync('tar', ['-xzf', archivePath, '-C', out]);
    expect(await listTree(out)).toEqual([...expected, ARCHIVE_MANIFEST_NAME].sort());
    for (const rel of expected) {
      expect(Buffer.compare(await readFile(path.join(out, rel)), await readFile(path.join(dir, rel))), rel).toBe(0);
    }

    const manifest = archiveManifestSchema.parse(JSON.parse(await readFile(path.join(out, ARCHIVE_MANIFEST_NAME), 'utf8')));
    expect(manifest).toMatchObject({ format: 'spokesdesk-data-archive', formatVersion: 1, appVersion: '0.0.0-test', createdAt: NOW.toISOString() });
    expect(manifest.files.map((f) => f.path)).toEqual(expected);
    for (const entry of manifest.files) {
      const bytes = await readFile(path.join(out, entry.path));
      expect({ size: bytes.length, sha256: sha256(bytes) }, entry.path).toEqual({ size: entry.size, sha256: entry.sha256 });
    }
    expect(manifest.fileCount).toBe(expected.length);
    expect(summary.files).toBe(expected.length);
    expect(manifest.totalBytes).toBe(manifest.files.reduce((sum, f) => sum + f.size, 0));
  });

  it('extracted into an empty folder, opens as the same data', async () => {
    const { services, saved } = await filledFolder();
    // Lists of items with equal sort keys come in shard order: compare them by id.
    const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
    const before = {
      directives: byId(await call(services, 'directives', 'list', {})),
      packets: byId(await call(services, 'packets', 'list', {})),
      talkingPoints: byId(await call(services, 'talkingPoints', 'list', {})),
    };
    const { archivePath } = await saveArchive(services, saved);
    const restored = await tempDir();
    execFileSync('tar', ['-xzf', archivePath, '-C', restored]);
    const reopened = (await open(restored)).services;
    expect(byId(await call(reopened, 'directives', 'list', {}))).toEqual(before.directives);
    expect(byId(await call(reopened, 'packets', 'list', {}))).toEqual(before.packets);
    expect(byId(await call(reopened, 'talkingPoints', 'list', {}))).toEqual(before.talkingPoints);
    expect(await call(reopened, 'system', 'storageIncidents', {})).toEqual([]);
  });

  it('writes saves still in flight before packing', async () => {
    const dir = await tempDir();
    const { services, saved } = await openSaving(dir);
    // Not awaited: the export must wait for the save and for the packet index, which is written up to a second later.
    const saving = call(services, 'packets', 'create', { fields: { title: 'Họp báo tháng 12', period: { kind: 'month', year: 2026, month: 12 } } });
    const { archivePath } = await saveArchive(services, saved);
    const packet = await saving;
    const out = await tempDir();
    execFileSync('tar', ['-xzf', archivePath, '-C', out]);
    expect(JSON.parse(await readFile(path.join(out, 'packets', `${packet.id}.json`), 'utf8'))).toMatchObject({ id: packet.id, title: 'Họp báo tháng 12' });
    expect(await readFile(path.join(out, 'packets', 'index.json'), 'utf8')).toContain(packet.id);
  });

  it('refuses a folder holding more than the limit before reading it', async () => {
    const dir = await tempDir();
    const { services, saved } = await openSaving(dir);
    // A sparse file: the size counts, the disk stays empty.
    const huge = path.join(dir, 'attachments', `${'a'.repeat(64)}.pdf`);
    await writeFile(huge, '');
    await truncate(huge, MAX_ARCHIVE_DATA_BYTES + 1);
    const error = await failure(call(services, 'system', 'saveArchive', {}));
    expect(error).toMatchObject({ code: 'too_large', details: { reason: 'archive_too_large', limit: String(MAX_ARCHIVE_DATA_BYTES) } });
    expect(saved).toHaveLength(1);
    await expect(stat(saved[0] ?? '')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const dir = await tempDir();
    const { services, asked } = await openSaving(dir, { now: () => NOW, answer: async () => null });
    await services.flush();
    const before = await listTree(dir);
    expect(await call(services, 'system', 'saveArchive', {})).toEqual({ saved: false });
    expect(asked).toEqual(['spokesdesk-du-lieu-2026-11-26T08-15-30Z.tar.gz']);
    expect(await listTree(dir)).toEqual(before);
  });

  it('refuses a chosen path inside the data folder before packing, and writes nothing there', async () => {
    const dir = await tempDir();
    const { services } = await openSaving(dir, { answer: async (name) => path.join(dir, 'backups', name) });
    await services.flush();
    const before = await listTree(dir);
    const error = await failure(call(services, 'system', 'saveArchive', {}));
    expect(error).toMatchObject({ code: 'forbidden', details: { reason: 'archive_inside_data_folder' } });
    expect(await listTree(dir)).toEqual(before);
  });

  it('says a folder the archive cannot be written to is unwritable', async () => {
    const dir = await tempDir();
    const gone = path.join(await tempDir(), 'khong-co', 'a.tar.gz');
    const { services } = await openSaving(dir, { answer: async () => gone });
    const error = await failure(call(services, 'system', 'saveArchive', {}));
    expect(error).toMatchObject({ code: 'storage', details: { reason: 'archive_unwritable', code: 'ENOENT' } });
  });

  it('takes no path from the page: any payload but an empty object is refused and the chooser is not asked', async () => {
    const dir = await tempDir();
    const { services, asked } = await openSaving(dir);
    for (const payload of [{ target: '/tmp/x.tar.gz' }, { path: path.join(os.tmpdir(), 'x.tar.gz') }, null, [], 'all', undefined]) {
      const result = await dispatch(services.handlers, 'system', 'saveArchive', payload);
      expect(result.ok ? null : result.error.code, JSON.stringify(payload)).toBe('validation');
    }
    expect(asked).toEqual([]);
  });

  it('is refused where no save dialog is given (the CLI, a bare test host)', async () => {
    const { services } = await open(await tempDir());
    expect(await failure(call(services, 'system', 'saveArchive', {}))).toMatchObject({ code: 'forbidden', details: { reason: 'no_save_dialog' } });
  });
});

describe('writeDataArchive', () => {
  it('refuses a target inside the data folder, also through a symbolic link, and writes nothing there', async () => {
    const dir = await tempDir();
    const { services } = await open(dir);
    await call(services, 'directives', 'create', { fields: directiveInput(57) });
    await services.flush();
    const file = await buildDataArchive(await readArchiveFiles(dir), { appVersion: '0.0.0-test', createdAt: NOW });
    const before = await listTree(dir);
    const link = path.join(await tempDir(), 'duong-tat');
    await symlink(dir, link);
    for (const target of [path.join(dir, 'a.tar.gz'), path.join(dir, 'backups', 'a.tar.gz'), path.join(dir, 'library', '..', 'b.tar.gz'), dir, path.join(link, 'c.tar.gz')]) {
      await expect(writeDataArchive(dir, target, file.bytes), target).rejects.toMatchObject({ code: 'forbidden', details: { reason: 'archive_inside_data_folder' } });
    }
    expect(await listTree(dir)).toEqual(before);
  });

  it('writes the archive atomically next to the data folder, leaving no temp file', async () => {
    const dir = await tempDir();
    await (await open(dir)).services.flush();
    const file = await buildDataArchive(await readArchiveFiles(dir), { appVersion: '0.0.0-test', createdAt: NOW });
    const outside = `${dir}-ban-sao`;
    await mkdir(outside);
    try {
      const written = await writeDataArchive(dir, path.join(outside, file.fileName), file.bytes);
      expect(Buffer.compare(await readFile(written), file.bytes)).toBe(0);
      expect(await listTree(outside)).toEqual([file.fileName]);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });
});
