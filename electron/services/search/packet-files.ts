// The worker's view of packets/: which packet files changed since they were indexed, and their documents, read and validated.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { idSchema, packetSchema } from '../../../shared/model/index.js';
import { packetDocuments, type SearchDocument } from '../../../shared/search/documents.js';
import { errorCode } from '../storage/atomic-file.js';
import { decodeDocument, parseJson } from '../storage/data-file.js';
import { LAYOUT } from '../storage/data-folder.js';
import type { PacketFileStamp } from './index-file.js';

export interface PacketFileChanges {
  /** Ids whose file is new or differs in size or time. */
  changed: string[];
  /** Ids indexed before whose file is gone. */
  removed: string[];
}

/** Compares the packet files on disk with the stamps recorded when they were indexed. */
export async function packetFileChanges(dataDir: string, indexed: ReadonlyMap<string, PacketFileStamp>): Promise<PacketFileChanges> {
  const folder = path.join(dataDir, LAYOUT.packets);
  const names = await fs.readdir(folder).catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return [] as string[];
    throw error;
  });
  const ids = names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5)).filter((id) => idSchema.safeParse(id).success);
  const present = new Set(ids);
  const changed: string[] = [];
  await Promise.all(
    ids.map(async (id) => {
      const stat = await fs.stat(path.join(folder, `${id}.json`)).catch(() => null);
      const known = indexed.get(id);
      if (!stat) present.delete(id);
      else if (!known || known.size !== stat.size || known.mtimeMs !== stat.mtimeMs) changed.push(id);
    }),
  );
  return { changed: changed.sort(), removed: [...indexed.keys()].filter((id) => !present.has(id)) };
}

export type PacketRead = { id: string; file: PacketFileStamp; documents: SearchDocument[] } | { id: string; file: PacketFileStamp | null; documents: null; problem: string };

/**
 * Reads one packet file (size and time from the same open handle as the content), migrates and validates it.
 * A file that does not validate is left to the storage layer (which quarantines it when the packet is opened).
 */
export async function readPacketFile(dataDir: string, id: string): Promise<PacketRead> {
  const file = path.join(dataDir, LAYOUT.packets, `${id}.json`);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(file, 'r');
    const stat = await handle.stat();
    const stamp = { size: stat.size, mtimeMs: stat.mtimeMs };
    const text = await handle.readFile('utf8');
    try {
      const { data } = decodeDocument('packet', packetSchema, parseJson(text, file), file);
      if (data.id !== id) return { id, file: stamp, documents: null, problem: 'holds another packet' };
      return { id, file: stamp, documents: packetDocuments(data) };
    } catch (error) {
      return { id, file: stamp, documents: null, problem: error instanceof Error ? error.message : String(error) };
    }
  } catch (error) {
    return { id, file: null, documents: null, problem: errorCode(error) || String(error) };
  } finally {
    await handle?.close();
  }
}
