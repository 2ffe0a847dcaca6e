// Reading one data file: bytes → JSON → migrate() → zod, with a typed reason when any step fails.
import { promises as fs } from 'node:fs';
import type { z } from 'zod';
import { migrate, MigrationError, MIGRATIONS, needsMigration, type DocumentKind, type MigrationRegistry } from '../../../shared/model/migrations.js';
import type { StorageIncident } from '../../../shared/storage/types.js';
import { errorCode } from './atomic-file.js';

export type DamageReason = StorageIncident['reason'];

/** A data file that exists but cannot be used as it is. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: DamageReason,
    override readonly cause?: unknown,
  ) {
    super(`${file}: ${reason}${cause instanceof Error ? ` (${cause.message})` : ''}`);
    this.name = 'DataFileError';
  }
}

/** The decoded content of a file and whether a migration changed it (then it must be rewritten after a backup). */
export interface Decoded<T> {
  data: T;
  migrated: boolean;
}

/** Turns a file's parsed JSON into validated data, or throws DataFileError. */
export type Decoder<T> = (raw: unknown, file: string) => Decoded<T>;

/** Reads a file's text; null when it does not exist. */
export async function readTextIfExists(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw new DataFileError(file, 'unreadable', error);
  }
}

export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DataFileError(file, 'invalid_json', error);
  }
}

/**
 * Files are parsed and validated one at a time, each in a turn of the event loop of its own. A collection's shards are
 * read in parallel; decoding all of them back to back (10,000 talking points) held the main process for the better
 * part of a second, and the window's first calls waited behind it (bench suite "ui"). Between two files, calls run.
 */
let decoding: Promise<unknown> = Promise.resolve();

function decodeInTurn<T>(run: () => T): Promise<T> {
  const turn = decoding.then(() => new Promise<void>((resolve) => setImmediate(resolve))).then(run);
  decoding = turn.catch(() => undefined);
  return turn;
}

/** Reads and decodes a file; null when it does not exist. */
export async function readDataFile<T>(file: string, decode: Decoder<T>): Promise<Decoded<T> | null> {
  const text = await readTextIfExists(file);
  return text === null ? null : decodeInTurn(() => decode(parseJson(text, file), file));
}

/** Migrates and validates one stored document of `kind`. */
export function decodeDocument<S extends z.ZodType>(
  kind: DocumentKind,
  schema: S,
  raw: unknown,
  file: string,
  registry: MigrationRegistry = MIGRATIONS,
): Decoded<z.output<S>> {
  let upgraded: unknown;
  try {
    upgraded = migrate(kind, raw, registry);
  } catch (error) {
    const reason = error instanceof MigrationError && error.reason === 'newer_than_app' ? 'newer_version' : 'invalid_data';
    throw new DataFileError(file, reason, error);
  }
  const parsed = schema.safeParse(upgraded);
  if (!parsed.success) throw new DataFileError(file, 'invalid_data', parsed.error);
  return { data: parsed.data, migrated: needsMigration(kind, raw, registry) };
}

/** A decoder for a file holding one document. */
export function documentDecoder<S extends z.ZodType>(kind: DocumentKind, schema: S, registry?: MigrationRegistry): Decoder<z.output<S>> {
  return (raw, file) => decodeDocument(kind, schema, raw, file, registry);
}

/** A decoder for a collection file `{ "items": [ … ] }`: every item is migrated and validated; one bad item makes the file bad. */
export function itemsDecoder<S extends z.ZodType<{ id: string }>>(
  kind: DocumentKind,
  schema: S,
  registry?: MigrationRegistry,
): Decoder<{ items: Array<z.output<S>> }> {
  return (raw, file) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || !('items' in raw) || !Array.isArray(raw.items)) {
      throw new DataFileError(file, 'invalid_data');
    }
    if (Object.keys(raw).length !== 1) throw new DataFileError(file, 'invalid_data');
    const items: Array<z.output<S>> = [];
    const seen = new Set<string>();
    let migrated = false;
    for (const item of raw.items) {
      const decoded = decodeDocument(kind, schema, item, file, registry);
      if (seen.has(decoded.data.id)) throw new DataFileError(file, 'invalid_data');
      seen.add(decoded.data.id);
      items.push(decoded.data);
      migrated ||= decoded.migrated;
    }
    return { data: { items }, migrated };
  };
}
