// Reads every file of a data folder (backups included) and checks that each parses and validates against the model's schemas.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { loadIndexFile } from '../../../electron/services/search/index-file.js';
import { shardOf } from '../../../electron/services/storage/collection-store.js';
import {
  directiveSchema,
  packetSchema,
  packetSummarySchema,
  packetVersionSchema,
  qaItemSchema,
  settingsSchema,
  talkingPointSchema,
  templateSchema,
  type Directive,
  type Packet,
  type Settings,
} from '../../../shared/model/index.js';
import { backupIdSchema } from '../../../shared/storage/types.js';

const SHARDS = 16;
const COLLECTIONS: Record<string, z.ZodType<{ id: string }>> = {
  'talking-points': talkingPointSchema,
  'qa-items': qaItemSchema,
};
const SHARD_FILE = /^library\/(directives|talking-points|qa-items)-(\d\d)\.json$/;
const PACKET_FILE = /^packets\/([A-Za-z0-9_-]{6,64})\.json$/;
const VERSION_FILE = /^versions\/([A-Za-z0-9_-]{6,64})\/(\d{6})\.json$/;

const lockSchema = z.object({ pid: z.number().int().positive(), host: z.string(), since: z.string() }).strict();
const indexSchema = z
  .object({ entries: z.array(z.object({ summary: packetSummarySchema, size: z.number().int().min(0), mtimeMs: z.number().min(0) }).strict()) })
  .strict();
const manifestSchema = z
  .object({
    id: backupIdSchema,
    createdAt: z.iso.datetime(),
    reason: z.enum(['startup', 'periodic', 'manual', 'before_restore', 'before_migration']),
    files: z.number().int().min(0),
    bytes: z.number().int().min(0),
    fingerprint: z.string().regex(/^[a-f0-9]{64}$/),
    entries: z.array(z.object({ path: z.string(), size: z.number().int().min(0) }).strict()),
  })
  .strict();

/** What the live data files hold, and what a kill left behind that the next open is expected to clean up. */
export interface FolderState {
  directives: Map<string, Directive>;
  packets: Map<string, Packet>;
  settings: Settings | null;
  /** Temp files of interrupted writes (relative paths). */
  tempFiles: string[];
  /** Backups interrupted before their rename (backups/.partial-<id>). */
  partialBackups: string[];
  lock: 'absent' | 'valid' | 'empty';
  backups: number;
}

export class FolderProblem extends Error {
  constructor(readonly file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'FolderProblem';
  }
}

/** The documents a data file holds, as far as the crash test follows them. */
type Decoded = { kind: 'directives'; items: Directive[] } | { kind: 'packet'; packet: Packet } | { kind: 'settings'; settings: Settings } | { kind: 'other' };

/** Files validated before (a backup holds many copies of one content); keyed by role and content hash. */
const validated = new Map<string, Decoded>();

function parse<T>(file: string, schema: z.ZodType<T>, text: string): T {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new FolderProblem(file, `not JSON (${error instanceof Error ? error.message : String(error)}), ${text.length} chars`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new FolderProblem(file, `invalid: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
  return parsed.data;
}

function itemsOf<T extends { id: string }>(file: string, schema: z.ZodType<T>, text: string, shard: number | null): T[] {
  const { items } = parse(file, z.object({ items: z.array(schema) }).strict(), text);
  const ids = new Set(items.map((i) => i.id));
  if (ids.size !== items.length) throw new FolderProblem(file, 'an id appears twice');
  const misplaced = shard === null ? undefined : items.find((i) => shardOf(i.id, SHARDS) !== shard);
  if (misplaced) throw new FolderProblem(file, `${misplaced.id} belongs in shard ${shardOf(misplaced.id, SHARDS)}`);
  return items;
}

/** Validates one data file by its path relative to a data folder (or to a backup, which has the same layout). */
function checkDataFile(rel: string, text: string): Decoded {
  const key = `${rel.replace(/^backups\/[^/]+\//, '')}\0${createHash('sha256').update(text).digest('hex')}`;
  const known = validated.get(key);
  if (known !== undefined) return known;
  const result = decodeDataFile(rel.replace(/^backups\/[^/]+\//, ''), rel, text);
  validated.set(key, result);
  return result;
}

function decodeDataFile(dataRel: string, shown: string, text: string): Decoded {
  if (dataRel === 'settings.json') return { kind: 'settings', settings: parse(shown, settingsSchema, text) };
  if (dataRel === 'library/templates.json') {
    itemsOf(shown, templateSchema, text, null);
    return { kind: 'other' };
  }
  if (dataRel === 'packets/index.json') {
    parse(shown, indexSchema, text);
    return { kind: 'other' };
  }
  const shard = SHARD_FILE.exec(dataRel);
  if (shard?.[1] && shard[2]) {
    if (Number(shard[2]) >= SHARDS) throw new FolderProblem(shown, 'not a shard of this layout');
    if (shard[1] === 'directives') return { kind: 'directives', items: itemsOf(shown, directiveSchema, text, Number(shard[2])) };
    const schema = COLLECTIONS[shard[1]];
    if (!schema) throw new FolderProblem(shown, 'not a collection of this layout');
    itemsOf(shown, schema, text, Number(shard[2]));
    return { kind: 'other' };
  }
  const packet = PACKET_FILE.exec(dataRel);
  if (packet?.[1]) {
    const data = parse(shown, packetSchema, text);
    if (data.id !== packet[1]) throw new FolderProblem(shown, `holds packet ${data.id}`);
    return { kind: 'packet', packet: data };
  }
  const version = VERSION_FILE.exec(dataRel);
  if (version?.[1]) {
    const data = parse(shown, packetVersionSchema, text);
    if (data.packetId !== version[1] || data.number !== Number(version[2])) throw new FolderProblem(shown, 'holds another version');
    return { kind: 'other' };
  }
  if (dataRel.startsWith('attachments/')) return { kind: 'other' };
  throw new FolderProblem(shown, 'unexpected file in the data folder');
}

async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

const isTemp = (rel: string): boolean => /(^|\/)\.[^/]+\.tmp$/.test(rel);

/** Throws FolderProblem for the first file that does not parse or validate; returns the live documents otherwise. */
export async function checkFolder(dataDir: string): Promise<FolderState> {
  const state: FolderState = { directives: new Map(), packets: new Map(), settings: null, tempFiles: [], partialBackups: [], lock: 'absent', backups: 0 };
  const backupFiles = new Map<string, string[]>();
  for (const rel of await filesUnder(dataDir)) {
    if (rel.includes('.corrupt-')) throw new FolderProblem(rel, 'a file was quarantined: a kill must never damage a file');
    const partial = /^backups\/(\.partial-[^/]+)\//.exec(rel);
    if (partial?.[1]) {
      if (!state.partialBackups.includes(partial[1])) state.partialBackups.push(partial[1]);
      continue;
    }
    if (isTemp(rel)) {
      state.tempFiles.push(rel);
      continue;
    }
    const text = await readFile(path.join(dataDir, rel), 'utf8');
    if (rel === 'spokesdesk.lock') {
      if (text !== '') parse(rel, lockSchema, text);
      state.lock = text === '' ? 'empty' : 'valid';
      continue;
    }
    if (rel === 'search/index.json') {
      // The persisted search index is a cache, but it is written atomically too: after a kill it must still load.
      const loaded = await loadIndexFile(dataDir);
      if (loaded.problem !== null) throw new FolderProblem(rel, `${loaded.problem} ${loaded.detail}`);
      continue;
    }
    const backup = /^backups\/([^/]+)\/(.+)$/.exec(rel);
    if (backup?.[1] && backup[2]) {
      backupFiles.set(backup[1], [...(backupFiles.get(backup[1]) ?? []), backup[2]]);
      if (backup[2] !== 'manifest.json') checkDataFile(rel, text);
      continue;
    }
    const decoded = checkDataFile(rel, text);
    if (decoded.kind === 'settings') state.settings = decoded.settings;
    else if (decoded.kind === 'packet') state.packets.set(decoded.packet.id, decoded.packet);
    else if (decoded.kind === 'directives') for (const d of decoded.items) state.directives.set(d.id, d);
  }
  for (const [id, files] of backupFiles) await checkBackup(dataDir, id, files);
  state.backups = backupFiles.size;
  return state;
}

/** A complete backup: its manifest names exactly the files it holds, with their sizes. */
async function checkBackup(dataDir: string, id: string, files: string[]): Promise<void> {
  const where = `backups/${id}`;
  if (!files.includes('manifest.json')) throw new FolderProblem(where, 'a backup folder without a manifest');
  const manifest = parse(`${where}/manifest.json`, manifestSchema, await readFile(path.join(dataDir, where, 'manifest.json'), 'utf8'));
  if (manifest.id !== id) throw new FolderProblem(where, `manifest names ${manifest.id}`);
  const listed = manifest.entries.map((e) => e.path).sort();
  const held = files.filter((f) => f !== 'manifest.json').sort();
  if (JSON.stringify(listed) !== JSON.stringify(held)) throw new FolderProblem(where, `manifest lists ${listed.length} files, folder holds ${held.length}`);
  for (const entry of manifest.entries) {
    const { size } = await stat(path.join(dataDir, where, entry.path));
    if (size !== entry.size) throw new FolderProblem(`${where}/${entry.path}`, `size ${size}, manifest says ${entry.size}`);
  }
}
