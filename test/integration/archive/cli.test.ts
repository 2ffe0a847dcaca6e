// CLI "archive": writes the data archive outside the folder, refuses a target inside it and a folder the app has open.
import { execFileSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ARCHIVE_MANIFEST_NAME } from '../../../electron/services/archive/data-archive.js';
import { archiveCommand } from '../../../scripts/cli/archive.js';
import { COMMANDS } from '../../../scripts/cli/commands.js';
import { call, directiveInput, listTree, open, tempDir } from '../storage/helpers.js';

function captured(): { out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
  return { out: () => out.join(''), err: () => err.join('') };
}

afterEach(() => {
  vi.restoreAllMocks();
});

async function closedFolder(): Promise<string> {
  const dir = await tempDir();
  const { services } = await open(dir);
  await call(services, 'directives', 'create', { fields: directiveInput(1079) });
  await services.close();
  return dir;
}

describe('CLI archive', () => {
  it('is registered', () => {
    expect(COMMANDS).toContain(archiveCommand);
  });

  it('writes the archive into a folder outside the data folder and releases the lock', async () => {
    const dir = await closedFolder();
    const outDir = await tempDir();
    const io = captured();
    expect(await archiveCommand.run(['--data', dir, '--out', outDir])).toBe(0);
    const [name] = await readdir(outDir);
    expect(name).toMatch(/^spokesdesk-du-lieu-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.tar\.gz$/);
    expect(io.out()).toContain(path.join(outDir, name ?? ''));
    const listed = execFileSync('tar', ['-tzf', path.join(outDir, name ?? '')], { encoding: 'utf8' }).trim().split('\n');
    expect(listed[0]).toBe(ARCHIVE_MANIFEST_NAME);
    expect(listed.slice(1)).toEqual((await listTree(dir)).filter((f) => !f.startsWith('backups/')));
    expect(await listTree(dir)).not.toContain('spokesdesk.lock');
  });

  it('refuses a target inside the data folder (73), a folder in use (75) and missing options (64)', async () => {
    const dir = await closedFolder();
    const before = await listTree(dir);
    const io = captured();
    expect(await archiveCommand.run(['--data', dir, '--out', path.join(dir, 'library', 'x.tar.gz')])).toBe(73);
    expect(await archiveCommand.run(['--data', dir, '--out', dir])).toBe(73);
    expect(io.err()).toContain('outside the data folder');
    expect(await listTree(dir)).toEqual(before);

    const { services } = await open(dir);
    const outDir = await tempDir();
    expect(await archiveCommand.run(['--data', dir, '--out', outDir])).toBe(75);
    expect(io.err()).toContain('close Spokesdesk first');
    expect(await readdir(outDir)).toEqual([]);
    await services.close();

    expect(await archiveCommand.run(['--out', outDir, '--data'])).toBe(64);
    expect(await archiveCommand.run(['--data', dir])).toBe(64);
    expect(await archiveCommand.run(['--data', path.join(outDir, 'khong-co'), '--out', outDir])).toBe(64);
  });
});
