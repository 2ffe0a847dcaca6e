// The whole data folder as one .tar.gz: its live data files (read in one go) behind a manifest with sizes and SHA-256.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { z } from 'zod';
import { AppError } from '../../../shared/ipc/errors.js';
import { errorCode, writeFileAtomic } from '../storage/atomic-file.js';
import { fileStamp, fromRelative, listDataFiles } from '../storage/data-folder.js';
import { tarChunks, type TarEntry } from './ustar.js';

/** The archive's first entry; extracted beside settings.json, where Spokesdesk ignores it. */
export const ARCHIVE_MANIFEST_NAME = 'spokesdesk-archive.json';
export const ARCHIVE_FORMAT = 'spokesdesk-data-archive';
export const ARCHIVE_FORMAT_VERSION = 1;
/** The archive is built in memory before it is written: past this much data, it is refused rather than exhausting memory. */
export const MAX_ARCHIVE_DATA_BYTES = 1024 ** 3;
/**
 * Data files outside the folders storage lists (which backups copy): the exchange ledger is advisory, but without it
 * the next import from another office reports every shared item as a conflict.
 */
const EXTRA_DATA_FILES = ['exchange/ledger.json'] as const;
/** What the file system says when a target folder cannot take the archive (no right, read-only, full, gone). */
const UNWRITABLE_CODES = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'ENOENT', 'ENOTDIR', 'EISDIR']);

export const archiveManifestSchema = z
  .object({
    format: z.literal(ARCHIVE_FORMAT),
    formatVersion: z.literal(ARCHIVE_FORMAT_VERSION),
    appVersion: z.string(),
    createdAt: z.iso.datetime(),
    fileCount: z.number().int().min(0),
    totalBytes: z.number().int().min(0),
    files: z.array(z.object({ path: z.string(), size: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict()),
  })
  .strict();
export type ArchiveManifest = z.infer<typeof archiveManifestSchema>;

export interface ArchivedFile {
  /** Forward-slash path relative to the data folder. */
  path: string;
  bytes: Uint8Array;
  mtime: Date;
}

export interface DataArchive {
  /** "spokesdesk-du-lieu-<UTC time>.tar.gz". */
  fileName: string;
  /** The gzip-compressed tar. */
  bytes: Uint8Array;
  manifest: ArchiveManifest;
}

/**
 * Reads every live data file (what a backup copies, plus EXTRA_DATA_FILES): no backups/, lock, temp, quarantined
 * `*.corrupt-*` or search-index files. Call it while nothing writes (pending saves flushed, handlers held), so the
 * files belong together. Refuses a folder over MAX_ARCHIVE_DATA_BYTES.
 */
export async function readArchiveFiles(dataDir: string): Promise<ArchivedFile[]> {
  const listed = await listDataFiles(dataDir);
  const paths = [...listed.map((e) => e.path), ...EXTRA_DATA_FILES].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const listedBytes = listed.reduce((sum, e) => sum + e.size, 0);
  if (listedBytes > MAX_ARCHIVE_DATA_BYTES) throw tooLarge(listedBytes);
  const files: ArchivedFile[] = [];
  let total = 0;
  for (const rel of paths) {
    const file = await readIfPresent(fromRelative(dataDir, rel));
    if (!file) continue;
    total += file.bytes.length;
    if (total > MAX_ARCHIVE_DATA_BYTES) throw tooLarge(total);
    files.push({ path: rel, ...file });
  }
  return files;
}

/** Builds the archive: the manifest first, then the files in the given order, as ustar compressed with gzip. */
export async function buildDataArchive(files: readonly ArchivedFile[], meta: { appVersion: string; createdAt: Date }): Promise<DataArchive> {
  const createdAt = meta.createdAt.toISOString();
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    appVersion: meta.appVersion,
    createdAt,
    fileCount: files.length,
    totalBytes: files.reduce((sum, f) => sum + f.bytes.length, 0),
    files: await hashAll(files),
  };
  const entries: TarEntry[] = [
    { path: ARCHIVE_MANIFEST_NAME, bytes: new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`), mtime: meta.createdAt },
    ...files.map((f) => ({ path: f.path, bytes: f.bytes, mtime: f.mtime })),
  ];
  const compressed: Buffer[] = [];
  await pipeline(Readable.from(tarChunks(entries)), createGzip(), async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) compressed.push(chunk);
  });
  return { fileName: archiveFileName(meta.createdAt), bytes: Buffer.concat(compressed), manifest };
}

/** The archive's suggested name: "spokesdesk-du-lieu-<UTC time to the second>.tar.gz". */
export function archiveFileName(at: Date): string {
  return `spokesdesk-du-lieu-${fileStamp(at).replace(/-\d{3}Z$/, 'Z')}.tar.gz`;
}

/**
 * The absolute target, once checked: refused with AppError('forbidden', {reason: 'archive_inside_data_folder'}) when
 * it lies inside the data folder (also through a symbolic link), since every later backup and archive would copy it.
 */
export async function checkArchiveTarget(dataDir: string, target: string): Promise<string> {
  const resolved = path.resolve(target);
  if (isInside(await realFolder(dataDir), path.join(await realFolder(path.dirname(resolved)), path.basename(resolved)))) {
    throw new AppError('forbidden', { reason: 'archive_inside_data_folder' });
  }
  return resolved;
}

/**
 * Writes an archive's bytes to `target` atomically (temp file beside it, fsync, rename), after checkArchiveTarget.
 * A folder that cannot take it: AppError('storage', {reason: 'archive_unwritable'}).
 */
export async function writeDataArchive(dataDir: string, target: string, bytes: Uint8Array): Promise<string> {
  const resolved = await checkArchiveTarget(dataDir, target);
  try {
    await writeFileAtomic(resolved, bytes);
  } catch (error) {
    const code = errorCode(error);
    if (UNWRITABLE_CODES.has(code)) throw new AppError('storage', { reason: 'archive_unwritable', code });
    throw error;
  }
  return resolved;
}

/** Hashing runs on the main thread: it lets other work in between every few megabytes, so a large folder does not freeze the app. */
const HASH_SLICE_BYTES = 4 * 1024 * 1024;

async function hashAll(files: readonly ArchivedFile[]): Promise<ArchiveManifest['files']> {
  const hashed: ArchiveManifest['files'] = [];
  let sinceYield = 0;
  for (const f of files) {
    hashed.push({ path: f.path, size: f.bytes.length, sha256: createHash('sha256').update(f.bytes).digest('hex') });
    sinceYield += f.bytes.length;
    if (sinceYield >= HASH_SLICE_BYTES) {
      sinceYield = 0;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return hashed;
}

function tooLarge(bytes: number): AppError {
  return new AppError('too_large', { reason: 'archive_too_large', size: String(bytes), limit: String(MAX_ARCHIVE_DATA_BYTES) });
}

async function readIfPresent(file: string): Promise<{ bytes: Uint8Array; mtime: Date } | null> {
  try {
    const stat = await fs.stat(file);
    return stat.isFile() ? { bytes: await fs.readFile(file), mtime: stat.mtime } : null;
  } catch (error) {
    // Listed a moment ago and gone now (an attachment removed meanwhile), or a file that does not exist in this folder.
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

/** The folder with symbolic links resolved; a folder that does not exist yet keeps its resolved path. */
async function realFolder(folder: string): Promise<string> {
  try {
    return await fs.realpath(folder);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return path.resolve(folder);
    throw error;
  }
}

/** Whether `candidate` is `folder` or lies under it (case-insensitively where the file system usually is). */
function isInside(folder: string, candidate: string): boolean {
  const fold = (p: string): string => (process.platform === 'win32' || process.platform === 'darwin' ? p.toLowerCase() : p);
  const relative = path.relative(fold(folder), fold(candidate));
  return relative === '' || (relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative));
}
