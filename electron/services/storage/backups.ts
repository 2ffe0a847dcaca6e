// Rotating backups of the data files under backups/<id>/ with a manifest each; finding a file's newest good copy; restoring one.
import { createHash } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { backupIdSchema, type BackupInfo } from '../../../shared/storage/types.js';
import { errorCode, syncFolder, writeFileAtomic } from './atomic-file.js';
import { fileStamp, fromRelative, LAYOUT, listDataFiles, type DataFileEntry } from './data-folder.js';

export type BackupReason = BackupInfo['reason'];

const MANIFEST = 'manifest.json';
const PARTIAL_PREFIX = '.partial-';
const COPY_CONCURRENCY = 16;

const manifestSchema = z.object({
  id: backupIdSchema,
  createdAt: z.string(),
  reason: z.enum(['startup', 'periodic', 'manual', 'before_restore', 'before_migration']),
  files: z.number().int().min(0),
  bytes: z.number().int().min(0),
  /** Hash of the data files' paths, sizes and times when copied: an unchanged folder is not backed up again. */
  fingerprint: z.string(),
  entries: z.array(z.object({ path: z.string(), size: z.number().int().min(0) })),
});
type Manifest = z.infer<typeof manifestSchema>;

export interface CreateBackupOptions {
  /** Skip when the data files are exactly as in the newest backup (start-up and periodic backups). */
  skipIfUnchanged?: boolean;
  /** Backups rotation must not delete (the one being restored). */
  protect?: readonly string[];
}

export class BackupManager {
  /** How many backups rotation keeps (settings.backupKeep). */
  keep = 10;
  private lastStampMs = 0;

  constructor(
    private readonly dataDir: string,
    private readonly now: () => Date,
  ) {}

  private get root(): string {
    return path.join(this.dataDir, LAYOUT.backups);
  }

  /** Path of a data file inside a backup. */
  fileIn(id: string, rel: string): string {
    return fromRelative(path.join(this.root, id), rel);
  }

  /** Complete backups, newest first. */
  async list(): Promise<BackupInfo[]> {
    return (await this.manifests()).map(toInfo);
  }

  /** Copies the data files into a new backup, then rotates; null when skipped (nothing to back up, or unchanged). */
  async create(reason: BackupReason, options: CreateBackupOptions = {}): Promise<BackupInfo | null> {
    const files = await listDataFiles(this.dataDir);
    const manifests = await this.manifests();
    const fingerprint = fingerprintOf(files);
    const automatic = reason === 'startup' || reason === 'periodic';
    if (automatic && files.length === 0) return null;
    if (options.skipIfUnchanged && manifests[0]?.fingerprint === fingerprint) return null;

    const createdAt = this.nextInstant(manifests[0]?.createdAt);
    const id = `${fileStamp(createdAt)}-${reason}`;
    const partial = path.join(this.root, `${PARTIAL_PREFIX}${id}`);
    await fs.rm(partial, { recursive: true, force: true });
    const copied = await copyAll(this.dataDir, partial, files);
    const manifest: Manifest = {
      id,
      createdAt: createdAt.toISOString(),
      reason,
      files: copied.length,
      bytes: copied.reduce((sum, e) => sum + e.size, 0),
      fingerprint,
      entries: copied.map((e) => ({ path: e.path, size: e.size })),
    };
    await writeFileAtomic(path.join(partial, MANIFEST), JSON.stringify(manifest, null, 2));
    await fs.rename(partial, path.join(this.root, id));
    await syncFolder(this.root);
    await this.rotate(options.protect ?? []);
    return toInfo(manifest);
  }

  /** Replaces the data files with the backup's copies (each write atomic) and removes data files the backup does not have. */
  async restoreFiles(id: string): Promise<void> {
    const manifest = (await this.manifests()).find((m) => m.id === id);
    if (!manifest) throw new BackupMissingError(id);
    const wanted = new Set(manifest.entries.map((e) => e.path));
    for (const entry of manifest.entries) {
      const target = fromRelative(this.dataDir, entry.path);
      await fs.mkdir(path.dirname(target), { recursive: true });
      await writeFileAtomic(target, await fs.readFile(this.fileIn(id, entry.path)));
    }
    const current = await listDataFiles(this.dataDir);
    const extra = current.filter((e) => !wanted.has(e.path) && !e.path.startsWith(`${LAYOUT.attachments}/`));
    await Promise.all(extra.map((e) => fs.rm(fromRelative(this.dataDir, e.path), { force: true })));
  }

  /** Removes backups beyond `keep`, oldest first, and half-written backups a crash left behind. */
  async rotate(protect: readonly string[] = []): Promise<void> {
    const manifests = await this.manifests();
    const doomed = manifests.slice(this.keep).filter((m) => !protect.includes(m.id));
    const names = await fs.readdir(this.root).catch(() => [] as string[]);
    const partials = names.filter((n) => n.startsWith(PARTIAL_PREFIX));
    // A doomed backup is renamed to a partial name first: a crash during the removal then leaves a partial (removed at
    // the next rotation), never a manifest-less folder that looks like a backup and is never cleaned up.
    const renamed = await Promise.all(
      doomed.map(async (m) => {
        const partial = `${PARTIAL_PREFIX}${m.id}`;
        await fs.rename(path.join(this.root, m.id), path.join(this.root, partial));
        return partial;
      }),
    );
    await Promise.all([...renamed, ...partials].map((n) => fs.rm(path.join(this.root, n), { recursive: true, force: true })));
  }

  private async manifests(): Promise<Manifest[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.root);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
    const manifests = await Promise.all(
      names
        .filter((n) => backupIdSchema.safeParse(n).success)
        .map(async (name) => {
          try {
            const parsed = manifestSchema.safeParse(JSON.parse(await fs.readFile(path.join(this.root, name, MANIFEST), 'utf8')));
            return parsed.success && parsed.data.id === name ? parsed.data : null;
          } catch {
            return null;
          }
        }),
    );
    return manifests.filter((m): m is Manifest => m !== null).sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  }

  /** The backup's time: now, or 1 ms after the newest backup, so ids are unique and sort by time. */
  private nextInstant(newestCreatedAt: string | undefined): Date {
    const newestMs = newestCreatedAt ? Date.parse(newestCreatedAt) : Number.NaN;
    const ms = Math.max(this.now().getTime(), this.lastStampMs + 1, Number.isNaN(newestMs) ? 0 : newestMs + 1);
    this.lastStampMs = ms;
    return new Date(ms);
  }
}

export class BackupMissingError extends Error {
  constructor(readonly id: string) {
    super(`No backup ${id}`);
    this.name = 'BackupMissingError';
  }
}

function toInfo(m: Manifest): BackupInfo {
  return { id: m.id, createdAt: m.createdAt, reason: m.reason, files: m.files, bytes: m.bytes };
}

function fingerprintOf(files: readonly DataFileEntry[]): string {
  const hash = createHash('sha256');
  for (const f of files) hash.update(`${f.path}\0${f.size}\0${f.mtimeMs}\n`);
  return hash.digest('hex');
}

/** Copies files into `targetRoot` (copy-on-write clones where the file system has them); files deleted meanwhile are skipped. */
async function copyAll(dataDir: string, targetRoot: string, files: readonly DataFileEntry[]): Promise<DataFileEntry[]> {
  const copied: DataFileEntry[] = [];
  const folders = new Set(files.map((f) => path.dirname(fromRelative(targetRoot, f.path))));
  for (const folder of [...folders].sort()) await fs.mkdir(folder, { recursive: true });
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const entry = files[next++];
      if (!entry) return;
      try {
        const target = fromRelative(targetRoot, entry.path);
        await fs.copyFile(fromRelative(dataDir, entry.path), target, constants.COPYFILE_FICLONE);
        const { size } = await fs.stat(target);
        copied.push({ ...entry, size });
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: COPY_CONCURRENCY }, worker));
  return copied.sort((a, b) => (a.path < b.path ? -1 : 1));
}
