// The search service: a worker holding the index, fed with every library change, answering search.query (no electron import).
import type { SearchResults } from '../../../shared/search/results.js';
import type { DataStores } from '../storage/library.js';
import { LibrarySync, type PendingChange } from './library-sync.js';
import type { LibraryChange, Replies, Requests } from './protocol.js';
import { SearchWorkerClient } from './worker-client.js';

export interface SearchServiceOptions {
  dataDir: string;
  /** The current stores (a backup restore replaces them). */
  stores: () => DataStores;
  /** Background problems: a damaged index file (rebuilt), a failed update, a crashed worker (restarted on next use). */
  log: (message: string, error?: unknown) => void;
  /** Wait before reading the lazily loaded collections for indexing (the storage layer prefetches them after 250 ms). */
  lazyDelayMs?: number;
  /** And until this resolves (the app: its window's first screen is shown), unless idle() or close() is called. */
  lazyAfter?: Promise<void>;
}

/** Changes are sent in batches of this many items, so the main thread extracts text in short slices. */
const BATCH = 200;
const LAZY_DELAY_MS = 300;

interface Session {
  client: SearchWorkerClient;
  /** Resolves once the persisted index is loaded (or found unusable) and its stamps are known. */
  opened: Promise<LibrarySync>;
  /** The open() reply: load time, problem with the file. */
  report: Promise<Replies['open']>;
  /** The first update: directives, templates and packet files compared with what the loaded index holds. */
  firstSync: Promise<void>;
  /** Resolves when the index holds what the stores held at start (talking points and Q&A once they are read). */
  caughtUp: Promise<void>;
  caughtUpDone: boolean;
  /** A change was noted before this session started: its first update holds writes already acknowledged. */
  startedAfterChange: boolean;
}

/**
 * Starts on the first query or on warmUp() (the app warms it up at start; the CLI and short sessions never pay for
 * it). Until then changes are not tracked: the index is brought up to date from the stores' stamps when it starts.
 */
export class SearchService {
  private session: Session | null = null;
  /** Ends the wait for `lazyAfter` (idle() asks for everything now). */
  private hurry: () => void = () => undefined;
  private readonly hurried = new Promise<void>((resolve) => (this.hurry = resolve));
  /** Every update, in order. */
  private chain: Promise<unknown> = Promise.resolve();
  /** The last update asked for by a change: a query waits for it, so what was just saved is found. */
  private latest: Promise<unknown> = Promise.resolve();
  private lazyTimer: NodeJS.Timeout | null = null;
  private lazyWaitBegan: () => void = () => undefined;
  /**
   * Resolves when the start-up catch-up has indexed what the stores held at start and begins its wait (delay, then the
   * first screen) before reading the lazy collections: a test drives its clock from this point instead of sleeping.
   */
  readonly lazyWaitStarted = new Promise<void>((resolve) => (this.lazyWaitBegan = resolve));
  private closing: Promise<void> | null = null;
  /** Whether changed() was called before the worker started (a session then starts from the stores' stamps). */
  private changedBeforeStart = false;
  /** The stores the service started with; once a restore replaced them, their lazy collections are read at each update. */
  private readonly initialStores: DataStores;

  constructor(private readonly options: SearchServiceOptions) {
    this.initialStores = options.stores();
  }

  /** Starts the worker and loads the persisted index in the background. */
  warmUp(): void {
    this.current();
  }

  /** Whether the worker has been started (and not closed). */
  get started(): boolean {
    return this.session !== null && !this.closing;
  }

  /**
   * Tells the index the library may have changed: collections are compared in memory (nothing to do when their
   * revisions did not move); with `packets`, the worker also compares packet files with what it indexed.
   */
  changed({ packets }: { packets: boolean }): Promise<void> {
    if (this.closing) return Promise.resolve();
    if (!this.session) {
      this.changedBeforeStart = true;
      return Promise.resolve();
    }
    const run = this.enqueue(this.current(), packets);
    this.latest = run.catch(() => undefined);
    return run;
  }

  /**
   * Answers from the worker once every change noted before the query is in the index. Right after start it waits for
   * the first update when the persisted index was loaded (a few changed items) or when writes were acknowledged before
   * the start (a bulk load: they must all be found), not for a rebuild from nothing of a library found on disk
   * (results then fill in as the rebuild proceeds).
   */
  async query(input: Requests['query']): Promise<SearchResults> {
    const session = this.current();
    if (session.startedAfterChange || (await session.report).problem === null) await session.firstSync.catch(() => undefined);
    await session.opened;
    await this.latest;
    return session.client.request('query', input);
  }

  /**
   * Resolves when every change noted so far is in the index (and, once started, the start-up catch-up is done). Before
   * the worker starts there is nothing to wait for: the query that starts it waits for the writes noted before.
   */
  async idle(): Promise<void> {
    this.hurry();
    await this.session?.caughtUp.catch(() => undefined);
    await this.chain.catch(() => undefined);
  }

  /** Writes search/index.json now if it changed. */
  async persist(): Promise<Replies['persist']> {
    await this.idle();
    return this.current().client.request('persist', {});
  }

  /** How the persisted index was loaded (starts the worker if needed). */
  async loadReport(): Promise<Replies['open']> {
    return this.current().report;
  }

  /** The worker's thread id, for tests that check queries run off the main thread. */
  get workerThreadId(): number {
    return this.current().client.threadId;
  }

  /**
   * Saves the index and stops the worker. A start-up catch-up still running is abandoned rather than waited for:
   * the file on disk stays as it was and the next start catches up again.
   */
  close(): Promise<void> {
    this.closing ??= (async () => {
      this.hurry();
      if (this.lazyTimer) clearTimeout(this.lazyTimer);
      const session = this.session;
      if (!session) return;
      if (session.caughtUpDone) {
        await this.chain.catch(() => undefined);
        if (!session.client.failed) await session.client.request('close', {}).catch((error: unknown) => this.options.log('search index could not be saved', error));
      }
      await session.client.terminate();
    })();
    return this.closing;
  }

  /** The running session: started on first use; a crashed worker is replaced, catching up from the file and the stores. */
  private current(): Session {
    if (!this.session || (this.session.client.failed && !this.closing)) this.session = this.start();
    return this.session;
  }

  private start(): Session {
    const client = new SearchWorkerClient((error) => this.options.log('search worker stopped; it restarts on the next search', error));
    const report = client.request('open', { dataDir: this.options.dataDir });
    const opened = report.then((reply) => {
      if (reply.problem === 'damaged' || reply.problem === 'outdated') {
        this.options.log(`search/index.json ${reply.problem === 'damaged' ? 'was damaged' : 'was built by older rules'} (${reply.detail}); rebuilding it`);
      }
      return new LibrarySync(reply.stamps);
    });
    // Index whatever the persisted index does not hold yet (everything, when there was none), then the lazy collections.
    const session: Session = {
      client,
      opened,
      report,
      firstSync: Promise.resolve(),
      caughtUp: Promise.resolve(),
      caughtUpDone: false,
      startedAfterChange: this.changedBeforeStart,
    };
    session.firstSync = this.enqueue(session, true);
    const lazy = session.firstSync.then(() => this.lazyCollections(session));
    session.caughtUp = lazy.then(() => void (session.caughtUpDone = true));
    session.caughtUp.catch((error: unknown) => this.options.log('search index could not catch up with the library', error));
    return session;
  }

  /** Talking points and Q&A are read lazily by the storage layer: index them once read (after its prefetch delay). */
  private async lazyCollections(session: Session): Promise<void> {
    this.lazyWaitBegan();
    await new Promise<void>((resolve) => {
      this.lazyTimer = setTimeout(resolve, this.options.lazyDelayMs ?? LAZY_DELAY_MS);
      this.lazyTimer.unref();
    });
    if (this.options.lazyAfter) await Promise.race([this.options.lazyAfter, this.hurried]);
    if (this.closing) return;
    const stores = this.options.stores();
    await Promise.all([stores.talkingPoints.ready(), stores.qaItems.ready()]);
    await this.enqueue(session, false);
  }

  private enqueue(session: Session, packets: boolean): Promise<void> {
    const run = this.chain.then(() => this.sync(session, packets));
    this.chain = run.catch((error: unknown) => this.options.log('search index update failed', error));
    return run;
  }

  private async sync(session: Session, packets: boolean): Promise<void> {
    if (session.client.failed) return;
    const library = await session.opened;
    const stores = this.options.stores();
    // A restore replaced the stores: their lazy collections are read now, or the index would keep the old ones (one
    // that cannot be read keeps them, and the rest is still indexed; its screen reports the problem).
    if (stores !== this.initialStores) {
      await Promise.all([stores.talkingPoints.ready(), stores.qaItems.ready()]).catch((error: unknown) => this.options.log('restored talking points or Q&A could not be read for search', error));
    }
    const pending = library.changes(stores);
    for (let start = 0; start < pending.length; start += BATCH) {
      if (this.closing && !session.caughtUpDone) return;
      const changes = pending.slice(start, start + BATCH).map(materialise);
      await session.client.request('apply', { changes });
    }
    if (packets) await session.client.request('scanPackets', {});
  }
}

function materialise(change: PendingChange): LibraryChange {
  return change.op === 'set' ? { op: 'set', kind: change.kind, ref: change.ref, documents: change.documents() } : change;
}
