// Search benchmark on the storage bench's library (2,000 directives, 10,000 talking points, 200 packets): build, persist, load, queries, updates.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { openServices } from '../../electron/services/index.js';
import { indexFilePath, loadIndexFile } from '../../electron/services/search/index-file.js';
import { SearchService } from '../../electron/services/search/index.js';
import type { TalkingPoint } from '../../shared/model/index.js';
import type { SearchDocument } from '../../shared/search/documents.js';
import { parseQuery } from '../../shared/search/query.js';
import { foldVietnamese } from '../../shared/text/normalize.js';
import { benchQueries } from './search-queries.js';
import { generateBenchLibrary } from './library-data.js';
import type { BenchSuite } from './suite.js';

const RESOURCES = path.resolve('resources');
const EDITS = 20;
const PACKET_SAVES = 5;
const ROUNDS = 3;

interface Sample {
  wallMs: number;
  cpuMs: number;
}

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Wall time, and CPU time of the whole process (main thread and worker alike). */
async function measure(action: () => unknown): Promise<Sample> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await action();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

async function measureAll(queries: readonly string[], run: (q: string) => unknown): Promise<Sample[]> {
  for (const q of queries) await run(q);
  const samples: Sample[] = [];
  for (let round = 0; round < ROUNDS; round++) for (const q of queries) samples.push(await measure(() => run(q)));
  return samples;
}

/** The naive alternative: every query word must occur (as a substring) in the document's folded text. */
function includesBaseline(documents: readonly SearchDocument[]): (q: string) => number {
  const folded = documents.map((d) => ({ kind: d.kind, text: foldVietnamese(Object.values(d.fields).join('\n')) }));
  return (q) => {
    const words = parseQuery(q).clauses.flatMap((c) => c.terms.map(foldVietnamese));
    const perKind = new Map<string, number>();
    for (const doc of folded) {
      if (words.every((w) => doc.text.includes(w))) perKind.set(doc.kind, (perKind.get(doc.kind) ?? 0) + 1);
    }
    return perKind.size;
  };
}

function editedTalkingPoint(tp: TalkingPoint, i: number): TalkingPoint {
  const at = new Date(Date.parse(tp.updatedAt) + (i + 1) * 1000).toISOString();
  return { ...tp, title: `${tp.title} (sửa lần ${i + 1}: an ninh mạng)`, updatedAt: at };
}

export const searchSuite: BenchSuite = {
  name: 'search',
  description: 'index of 2,000 directives, 10,000 talking points and 200 thirty-page packets in a worker: build, persist, load, ~250 varied queries, updates; an includes() scan as baseline',
  async run({ log }) {
    const root = await mkdtemp(path.join(os.tmpdir(), 'spokesdesk-bench-search-'));
    const services = await (async () => {
      const dataDir = path.join(root, 'data');
      await generateBenchLibrary(dataDir);
      await rm(indexFilePath(dataDir), { force: true });
      return openServices({ dataDir, resourcesDir: RESOURCES });
    })();
    const searchLog = (message: string, error?: unknown) => log(`search: ${message}${error ? ` ${String(error)}` : ''}`);
    try {
      const stores = services.stores();
      const talkingPoints = (await stores.talkingPoints.ready()).all();
      await stores.qaItems.ready();
      const options = { dataDir: services.dataDir, stores: () => services.stores(), log: searchLog, lazyDelayMs: 0 };

      const stalls = monitorEventLoopDelay({ resolution: 5 });
      const search = new SearchService(options);
      const started = performance.now();
      search.warmUp();
      const opened = await search.loadReport();
      const openedAt = performance.now();
      const mainBefore = performance.eventLoopUtilization();
      stalls.enable();
      await search.idle();
      stalls.disable();
      const buildMs = performance.now() - openedAt;
      const mainBusyMs = performance.eventLoopUtilization(mainBefore).active;
      log(`worker started and found no index in ${(openedAt - started).toFixed(0)} ms (from TypeScript through tsx; ${opened.problem ?? 'loaded'})`);
      log(`index built in ${buildMs.toFixed(0)} ms; main thread busy ${mainBusyMs.toFixed(0)} ms of it (extracting text, posting batches), longest event-loop delay ${(stalls.max / 1e6).toFixed(1)} ms`);

      const persisted = await measure(() => search.persist());
      const fileBytes = (await stat(indexFilePath(services.dataDir))).size;
      let loadedInThread: Awaited<ReturnType<typeof loadIndexFile>> | undefined;
      const inThreadLoad = await measure(async () => (loadedInThread = await loadIndexFile(services.dataDir)));
      if (!loadedInThread?.state) throw new Error(`persisted index does not load: ${loadedInThread?.detail ?? ''}`);
      const engine = loadedInThread.state.engine;

      const queries = benchQueries(stores.directives.size);
      const viaWorker = await measureAll(queries, (q) => search.query({ q }));
      const inThread = await measureAll(queries, (q) => engine.search(q));
      const baseline = includesBaseline(engine.snapshot().documents);
      const naive = await measureAll(queries, baseline);
      const empty = (await search.query({ q: 'zzzz' })).groups.length;
      log(`${queries.length} queries × ${ROUNDS}; worker p50 ${percentile(viaWorker.map((s) => s.wallMs), 50).toFixed(2)} ms, in-thread p50 ${percentile(inThread.map((s) => s.wallMs), 50).toFixed(2)} ms; "zzzz" → ${empty} groups`);

      const edits: Sample[] = [];
      const live = await stores.talkingPoints.ready();
      for (let i = 0; i < EDITS; i++) {
        const target = talkingPoints[(i * 487) % talkingPoints.length];
        if (!target) break;
        await live.put(editedTalkingPoint(live.get(target.id) ?? target, i));
        edits.push(await measure(() => search.changed({ packets: false })));
      }
      const found = await search.query({ q: 'an ninh mang', kinds: ['talkingPoint'], limit: 50 });
      log(`after ${EDITS} talking-point edits, "an ninh mang" finds ${found.groups[0]?.hits.length ?? 0}`);

      const packetSaves: Sample[] = [];
      const summaries = stores.packets.list();
      for (let i = 0; i < PACKET_SAVES; i++) {
        const summary = summaries[(i * 37) % summaries.length];
        const packet = summary ? await stores.packets.get(summary.id) : undefined;
        if (!packet) break;
        await stores.packets.put({ ...packet, title: `${packet.title} — bản sửa ${i + 1}`, updatedAt: new Date(Date.parse(packet.updatedAt) + 1000).toISOString() });
        packetSaves.push(await measure(() => search.changed({ packets: true })));
      }

      await search.close();
      const reopened = new SearchService(options);
      const reopenStart = performance.now();
      const report = await reopened.loadReport();
      await reopened.query({ q: 'quyen con nguoi' });
      const firstAnswerMs = performance.now() - reopenStart;
      await reopened.idle();
      const catchUp = (await reopened.persist()).written;
      await reopened.close();
      log(`reloaded: ${report.problem ?? 'ok'}, worker-side load ${report.loadMs.toFixed(0)} ms, first answer after ${firstAnswerMs.toFixed(0)} ms (worker start included), re-indexed on start: ${catchUp}`);

      const wall = (samples: Sample[], p: number) => percentile(samples.map((s) => s.wallMs), p);
      const cpu = (samples: Sample[], p: number) => percentile(samples.map((s) => s.cpuMs), p);
      const queryP95 = wall(viaWorker, 95);
      return {
        query_p95_ms: queryP95,
        query_p50_ms: wall(viaWorker, 50),
        query_cpu_p95_ms: cpu(viaWorker, 95),
        query_in_thread_p95_ms: wall(inThread, 95),
        query_roundtrip_overhead_p50_ms: wall(viaWorker, 50) - wall(inThread, 50),
        baseline_includes_p95_ms: wall(naive, 95),
        baseline_includes_cpu_p95_ms: cpu(naive, 95),
        baseline_vs_query_p95_ratio: wall(naive, 95) / queryP95,
        queries: queries.length,
        index_build_ms: buildMs,
        build_main_thread_busy_ms: mainBusyMs,
        build_event_loop_max_delay_ms: stalls.max / 1e6,
        index_persist_ms: persisted.wallMs,
        index_file_mb: fileBytes / 1e6,
        index_load_ms: report.loadMs,
        index_load_in_thread_ms: inThreadLoad.wallMs,
        first_answer_after_start_ms: firstAnswerMs,
        incremental_update_ms: wall(edits, 50),
        incremental_update_p95_ms: wall(edits, 95),
        incremental_packet_update_ms: wall(packetSaves, 50),
        documents: engine.documentCount,
      };
    } finally {
      await services.close();
      await rm(root, { recursive: true, force: true });
    }
  },
};
