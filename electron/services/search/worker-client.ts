// Main-side handle on the search worker: starts it (built JS in the app, TypeScript through tsx in dev and tests), typed requests.
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Replies, ReplyMessage, RequestType, Requests } from './protocol.js';

/** Where the worker's code is: the bundled search-worker.js next to the main bundle, or worker.ts from source. */
export function workerEntry(): { url: URL; fromSource: boolean } {
  if (import.meta.url.endsWith('.ts')) return { url: new URL('./worker.ts', import.meta.url), fromSource: true };
  // electron-vite emits the worker as its own entry; this module may sit in out/main/ or in out/main/chunks/.
  for (const candidate of ['./search-worker.js', '../search-worker.js']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(url)) return { url, fromSource: false };
  }
  throw new Error(`search worker not found next to ${import.meta.url}`);
}

function startWorker(): Worker {
  const { url, fromSource } = workerEntry();
  if (!fromSource) return new Worker(url);
  // Running from TypeScript (tests, bench, CLI, the e2e host): the worker registers tsx's loader before importing itself.
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(bootstrap, { eval: true });
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

export class WorkerFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerFailure';
  }
}

export class SearchWorkerClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private failure: WorkerFailure | null = null;

  constructor(private readonly onFailure: (error: WorkerFailure) => void) {
    this.worker = startWorker();
    // The worker never keeps a process (CLI, tests) alive on its own.
    this.worker.unref();
    this.worker.on('message', (reply: ReplyMessage) => this.settle(reply));
    this.worker.on('error', (error) => this.fail(new WorkerFailure(`search worker failed: ${error.message}`)));
    this.worker.on('exit', (code) => this.fail(new WorkerFailure(`search worker exited (${code})`)));
  }

  /** Whether the worker died; requests then fail at once. */
  get failed(): boolean {
    return this.failure !== null;
  }

  /** The worker's thread id (tests check that queries really run there). */
  get threadId(): number {
    return this.worker.threadId;
  }

  request<T extends RequestType>(type: T, payload: Requests[T]): Promise<Replies[T]> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<Replies[T]>((resolve, reject) => {
      // The worker answers request `id` with the reply of this very type (see worker.ts).
      this.pending.set(id, { resolve: (value) => resolve(value as Replies[T]), reject });
      this.worker.postMessage({ id, type, payload });
    });
  }

  /** Stops the worker (pending requests fail). */
  async terminate(): Promise<void> {
    this.failure ??= new WorkerFailure('search worker stopped');
    await this.worker.terminate();
  }

  private settle(reply: ReplyMessage): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    if (reply.ok) pending.resolve(reply.value);
    else pending.reject(new Error(reply.message));
  }

  private fail(error: WorkerFailure): void {
    const expected = this.failure !== null;
    this.failure ??= error;
    for (const pending of this.pending.values()) pending.reject(this.failure);
    this.pending.clear();
    if (!expected) this.onFailure(error);
  }
}
