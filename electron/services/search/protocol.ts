// Messages between the main process and the search worker: requests carry an id, each answered once by a reply or an error.
import type { SearchDocument, SearchKind } from '../../../shared/search/documents.js';
import type { SearchResults } from '../../../shared/search/results.js';

/** An indexing change computed on the main side from the in-memory library. */
export type LibraryChange = { op: 'set'; kind: SearchKind; ref: string; documents: SearchDocument[] } | { op: 'remove'; kind: SearchKind; ref: string };

/** Why the persisted index was not used as it was. */
export type LoadProblem = 'missing' | 'damaged' | 'outdated';

export interface Requests {
  /** Loads search/index.json (rebuilding from nothing when it is missing, damaged or from other analyzer rules). */
  open: { dataDir: string };
  /** Applies changes of directives, talking points, Q&A and templates, in order. */
  apply: { changes: LibraryChange[] };
  /** Compares packets/*.json with what was indexed (size, mtime) and re-reads the files that changed. */
  scanPackets: Record<string, never>;
  query: { q: string; kinds?: SearchKind[]; limit?: number };
  /** Writes the index file now if anything changed since it was last written. */
  persist: Record<string, never>;
  /** Persists if needed; the worker may be terminated afterwards. */
  close: Record<string, never>;
}

export interface Replies {
  open: {
    problem: LoadProblem | null;
    /** What was wrong with the file, for the log. */
    detail: string;
    /** Item key → stamp of every item the loaded index holds. */
    stamps: Array<[string, string]>;
    fingerprint: string;
    loadMs: number;
  };
  apply: { items: number };
  scanPackets: { read: number; removed: number };
  query: SearchResults;
  persist: { written: boolean; bytes: number };
  close: { written: boolean };
}

export type RequestType = keyof Requests;

export type RequestMessage = { [T in RequestType]: { id: number; type: T; payload: Requests[T] } }[RequestType];

export type ReplyMessage = { id: number; ok: true; value: Replies[RequestType] } | { id: number; ok: false; message: string };
