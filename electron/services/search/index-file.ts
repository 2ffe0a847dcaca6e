// search/index.json: the persisted index (a cache), validated when read, written atomically, with versions and a content fingerprint.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { AsPlainObject } from 'minisearch';
import { z } from 'zod';
import { idSchema } from '../../../shared/model/common.js';
import { ANALYZER_VERSION } from '../../../shared/search/analyze.js';
import { SEARCH_FIELDS, SEARCH_KINDS, type SearchDocument } from '../../../shared/search/documents.js';
import { SearchEngine, type EngineSnapshot } from '../../../shared/search/engine.js';
import { errorCode, isTempFileName, writeFileAtomic } from '../storage/atomic-file.js';
import type { LoadProblem } from './protocol.js';

export const SEARCH_FOLDER = 'search';
export const INDEX_FILE_NAME = 'index.json';
/** Raise when the file's layout changes. */
export const INDEX_FORMAT = 1;

/** A packet file as last indexed: a file whose size or mtime differs is read again. */
export interface PacketFileStamp {
  size: number;
  mtimeMs: number;
}

const packetFileSchema = z.object({ size: z.number().int().min(0), mtimeMs: z.number().min(0) }).strict();

const documentSchema = z
  .object({
    id: z.string().min(1).max(300),
    kind: z.enum(SEARCH_KINDS),
    ref: idSchema,
    sectionId: idSchema.nullable(),
    stamp: z.string().max(64),
    title: z.string(),
    subtitle: z.string(),
    fields: z.object(Object.fromEntries(SEARCH_FIELDS.map((f) => [f, z.string().optional()]))).strict(),
  })
  .strict() satisfies z.ZodType<SearchDocument>;

function isNumberArray(value: unknown): value is number[] {
  return Array.isArray(value) && value.every((n) => typeof n === 'number' && Number.isFinite(n));
}

function isNumberRecord(value: unknown): value is Record<string, number> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((n) => typeof n === 'number' && Number.isFinite(n));
}

/** Hand-written checks for the large tables (a loop is ~50 times faster than a zod schema over a million postings). */
function isPostings(value: unknown): value is AsPlainObject['index'] {
  return (
    Array.isArray(value) &&
    value.every(
      (entry) =>
        Array.isArray(entry) &&
        entry.length === 2 &&
        typeof entry[0] === 'string' &&
        typeof entry[1] === 'object' &&
        entry[1] !== null &&
        Object.values(entry[1]).every(isNumberRecord),
    )
  );
}

function isFieldLengths(value: unknown): value is Record<string, number[]> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(isNumberArray);
}

const miniSearchSchema = z
  .object({
    documentCount: z.number().int().min(0),
    nextId: z.number().int().min(0),
    documentIds: z.record(z.string(), z.string()),
    fieldIds: z.record(z.string(), z.number().int().min(0)),
    fieldLength: z.custom<Record<string, number[]>>(isFieldLengths, { message: 'fieldLength' }),
    averageFieldLength: z.array(z.number()),
    storedFields: z.record(z.string(), z.record(z.string(), z.unknown())),
    dirtCount: z.number().int().min(0).optional(),
    index: z.custom<AsPlainObject['index']>(isPostings, { message: 'index' }),
    serializationVersion: z.literal(2),
  })
  .strict();

const headerSchema = z.object({ format: z.number(), analyzer: z.number() }).loose();

const sha256Schema = z.string().regex(/^[a-f0-9]{64}$/);

/**
 * `fingerprint` identifies the library content the index reflects (every item's stamp, every packet file's size and
 * time); `sha256` is the hash of the serialised `body`, so a truncated, damaged or edited file is never trusted.
 */
const indexFileSchema = z
  .object({
    format: z.literal(INDEX_FORMAT),
    analyzer: z.literal(ANALYZER_VERSION),
    savedAt: z.iso.datetime(),
    fingerprint: sha256Schema,
    sha256: sha256Schema,
    body: z
      .object({
        packetFiles: z.record(idSchema, packetFileSchema),
        engine: z.object({ index: miniSearchSchema, documents: z.array(documentSchema) }).strict(),
      })
      .strict(),
  })
  .strict();

/** The body is written last, so its exact text is what follows this key up to the closing brace. */
const BODY_KEY = ',"body":';

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export interface IndexState {
  engine: SearchEngine;
  packetFiles: Map<string, PacketFileStamp>;
}

export type LoadResult = { state: IndexState; fingerprint: string; problem: null; detail: '' } | { state: null; problem: LoadProblem; detail: string };

export function indexFilePath(dataDir: string): string {
  return path.join(dataDir, SEARCH_FOLDER, INDEX_FILE_NAME);
}

/** What the index was built from: every item's stamp and every packet file's size and time. */
export function fingerprintOf(stamps: ReadonlyMap<string, string>, packetFiles: ReadonlyMap<string, PacketFileStamp>): string {
  const hash = createHash('sha256');
  for (const key of [...stamps.keys()].sort()) hash.update(`${key}\t${stamps.get(key) ?? ''}\n`);
  for (const id of [...packetFiles.keys()].sort()) {
    const file = packetFiles.get(id);
    hash.update(`packets/${id}\t${file?.size ?? 0}\t${file?.mtimeMs ?? 0}\n`);
  }
  return hash.digest('hex');
}

/** Reads and checks the index file; any problem means "start from an empty index" (the caller logs it). */
export async function loadIndexFile(dataDir: string): Promise<LoadResult> {
  let text: string;
  try {
    text = await fs.readFile(indexFilePath(dataDir), 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { state: null, problem: 'missing', detail: '' };
    return { state: null, problem: 'damaged', detail: `unreadable: ${errorCode(error) || String(error)}` };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { state: null, problem: 'damaged', detail: `invalid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const header = headerSchema.safeParse(raw);
  if (header.success && (header.data.format !== INDEX_FORMAT || header.data.analyzer !== ANALYZER_VERSION)) {
    return { state: null, problem: 'outdated', detail: `format ${header.data.format}, analyzer ${header.data.analyzer}` };
  }
  const parsed = indexFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { state: null, problem: 'damaged', detail: `invalid: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim() };
  }
  const bodyAt = text.indexOf(BODY_KEY);
  if (bodyAt < 0 || !text.endsWith('}') || sha256(text.slice(bodyAt + BODY_KEY.length, -1)) !== parsed.data.sha256) {
    return { state: null, problem: 'damaged', detail: 'content does not match its hash' };
  }
  const { fingerprint, body } = parsed.data;
  const { engine: snapshot, packetFiles } = body;
  let engine: SearchEngine;
  try {
    engine = SearchEngine.restore(snapshot satisfies EngineSnapshot);
  } catch (error) {
    return { state: null, problem: 'damaged', detail: error instanceof Error ? error.message : String(error) };
  }
  const files = new Map(Object.entries(packetFiles));
  if (fingerprintOf(engine.stamps(), files) !== fingerprint) return { state: null, problem: 'damaged', detail: 'fingerprint does not match the content' };
  return { state: { engine, packetFiles: files }, fingerprint, problem: null, detail: '' };
}

/** Writes the index atomically (temp file, fsync, rename); returns the fingerprint and the size written. */
export async function saveIndexFile(dataDir: string, state: IndexState, now: Date): Promise<{ fingerprint: string; bytes: number }> {
  const fingerprint = fingerprintOf(state.engine.stamps(), state.packetFiles);
  const body = JSON.stringify({ packetFiles: Object.fromEntries(state.packetFiles), engine: state.engine.snapshot() });
  const header = JSON.stringify({ format: INDEX_FORMAT, analyzer: ANALYZER_VERSION, savedAt: now.toISOString(), fingerprint, sha256: sha256(body) });
  const text = `${header.slice(0, -1)}${BODY_KEY}${body}}`;
  const file = indexFilePath(dataDir);
  await fs.mkdir(path.dirname(file), { recursive: true });
  const written = await writeFileAtomic(file, text);
  return { fingerprint, bytes: written.size };
}

/** Removes temp files of index writes that a crash interrupted. */
export async function removeStaleIndexTemps(dataDir: string): Promise<void> {
  const folder = path.join(dataDir, SEARCH_FOLDER);
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  await Promise.all(names.filter(isTempFileName).map((name) => fs.rm(path.join(folder, name), { force: true })));
}

