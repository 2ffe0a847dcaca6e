// The search worker thread: holds the index, applies changes in order, answers queries at once, persists search/index.json.
import { parentPort } from 'node:worker_threads';
import { SearchEngine } from '../../../shared/search/engine.js';
import { loadIndexFile, removeStaleIndexTemps, saveIndexFile, type IndexState } from './index-file.js';
import { packetFileChanges, readPacketFile } from './packet-files.js';
import type { LibraryChange, Replies, RequestMessage, RequestType, Requests } from './protocol.js';

/*
 * The index file is a cache that start-up brings up to date from the library's stamps, so it is written only when
 * re-indexing what changed since would cost more than writing it (a large file whose serialisation blocks queries
 * for a second or two): after this much re-indexing work, once changes have stopped for PERSIST_DELAY_MS, and at close.
 */
const PERSIST_AFTER_WORK = 200;
/** Work units: a library item is one; a packet (thirty pages in eight sections) about as much as this many. */
const PACKET_WORK = 25;
const PERSIST_DELAY_MS = 10_000;
/** Long batches give way to queries this often. */
const SLICE_MS = 12;

const port = parentPort;
if (!port) throw new Error('search/worker.ts runs as a worker thread');

let dataDir = '';
let state: IndexState = { engine: SearchEngine.create(), packetFiles: new Map() };
/** Re-indexing work not yet in the file. */
let unsaved = 0;
/** The file was missing, damaged or outdated: whatever the index holds is worth writing. */
let fileUnusable = false;
let persistTimer: NodeJS.Timeout | null = null;
/** Changes run one after another; queries do not wait for them. */
let queue: Promise<unknown> = Promise.resolve();

const yieldToQueries = () => new Promise((resolve) => setImmediate(resolve));

function changed(work: number): void {
  if (work === 0) return;
  unsaved += work;
  if (persistTimer) clearTimeout(persistTimer);
  persistTimer = setTimeout(() => {
    persistTimer = null;
    if (worthWriting()) queue = queue.then(() => persist()).catch(() => undefined);
  }, PERSIST_DELAY_MS);
}

function worthWriting(): boolean {
  return fileUnusable || unsaved >= PERSIST_AFTER_WORK;
}

async function persist(): Promise<Replies['persist']> {
  if ((unsaved === 0 && !fileUnusable) || dataDir === '') return { written: false, bytes: 0 };
  const before = unsaved;
  unsaved = 0;
  try {
    const { bytes } = await saveIndexFile(dataDir, state, new Date());
    fileUnusable = false;
    return { written: true, bytes };
  } catch (error) {
    unsaved = before;
    throw error;
  }
}

async function open({ dataDir: folder }: Requests['open']): Promise<Replies['open']> {
  const started = performance.now();
  dataDir = folder;
  await removeStaleIndexTemps(folder);
  const loaded = await loadIndexFile(folder);
  state = loaded.state ?? { engine: SearchEngine.create(), packetFiles: new Map() };
  unsaved = 0;
  fileUnusable = loaded.state === null;
  return {
    problem: loaded.problem,
    detail: loaded.detail,
    stamps: [...state.engine.stamps()],
    fingerprint: loaded.problem === null ? loaded.fingerprint : '',
    loadMs: performance.now() - started,
  };
}

async function apply({ changes }: Requests['apply']): Promise<Replies['apply']> {
  let slice = performance.now();
  for (const change of changes) {
    applyOne(change);
    if (performance.now() - slice > SLICE_MS) {
      await yieldToQueries();
      slice = performance.now();
    }
  }
  changed(changes.length);
  return { items: state.engine.itemCount };
}

function applyOne(change: LibraryChange): void {
  if (change.op === 'set') state.engine.setItem(change.kind, change.ref, change.documents);
  else state.engine.removeItem(change.kind, change.ref);
}

async function scanPackets(): Promise<Replies['scanPackets']> {
  const { changed: ids, removed } = await packetFileChanges(dataDir, state.packetFiles);
  let read = 0;
  for (const id of ids) {
    const result = await readPacketFile(dataDir, id);
    if (result.documents) {
      state.engine.setItem('packet', id, result.documents);
      read++;
    } else {
      // Unreadable or invalid: not searchable until it is saved (or restored) again.
      state.engine.removeItem('packet', id);
    }
    if (result.file) state.packetFiles.set(id, result.file);
    else state.packetFiles.delete(id);
  }
  for (const id of removed) {
    state.engine.removeItem('packet', id);
    state.packetFiles.delete(id);
  }
  changed((ids.length + removed.length) * PACKET_WORK);
  return { read, removed: removed.length };
}

function query({ q, kinds, limit }: Requests['query']): Replies['query'] {
  return state.engine.search(q, { kinds, limit });
}

/** Writes the file if enough changed; a few edits are cheaper to re-index at the next start than to save now. */
async function close(): Promise<Replies['close']> {
  if (persistTimer) clearTimeout(persistTimer);
  persistTimer = null;
  if (!worthWriting()) return { written: false };
  const { written } = await persist();
  return { written };
}

type Handler<T extends RequestType> = (payload: Requests[T]) => Replies[T] | Promise<Replies[T]>;
const HANDLERS: { [T in RequestType]: Handler<T> } = { open, apply, scanPackets, query, persist, close };

function run<T extends RequestType>(type: T, payload: Requests[T]): Promise<Replies[T]> {
  const handler: Handler<T> = HANDLERS[type];
  if (type === 'query') return Promise.resolve(handler(payload));
  const done = queue.then(() => handler(payload));
  queue = done.catch(() => undefined);
  return done;
}

port.on('message', (message: RequestMessage) => {
  run(message.type, message.payload).then(
    (value) => port.postMessage({ id: message.id, ok: true, value }),
    (error: unknown) => port.postMessage({ id: message.id, ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
