// Storage benchmark: a data folder of 2,000 directives, 10,000 talking points and 200 thirty-page packets; open time and save latencies.
import { JSONFile } from 'lowdb/node';
import { Low } from 'lowdb';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openServices } from '../../electron/services/index.js';
import { dispatch } from '../../electron/services/dispatch.js';
import type { Services } from '../../electron/services/types.js';
import type { Directive, Packet, TalkingPoint } from '../../shared/model/index.js';
import { LIBRARY_COUNTS as COUNTS, generateBenchLibrary } from './library-data.js';
import type { BenchSuite } from './suite.js';

const SAVES = 100;
const OPENS = 5;
const RESOURCES = path.resolve('resources');

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function timed(action: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}

/** Until the handlers answer (directive list returned); with `everything`, until talking points and Q&A are read too. */
async function measureOpen(dataDir: string, everything: boolean): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < OPENS; i++) {
    let services: Services | undefined;
    times.push(
      await timed(async () => {
        services = await openServices({ dataDir, resourcesDir: RESOURCES });
        await services.handlers.directives.list({});
        if (everything) await Promise.all([services.stores().talkingPoints.ready(), services.stores().qaItems.ready()]);
      }),
    );
    await services?.close();
  }
  return times;
}

async function measureSaves(services: Services): Promise<{ packet: number[]; directive: number[] }> {
  const summaries = await services.handlers.packets.list({});
  const target = summaries[Math.floor(summaries.length / 2)];
  if (!target) throw new Error('no packets generated');
  let current = await services.handlers.packets.get({ id: target.id });
  const packet: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    const { id, schemaVersion: _v, createdAt: _c, updatedAt, status: _s, approvedBy: _b, approvedAt: _a, history: _h, ...fields } = current;
    fields.title = `${target.title} (bản sửa ${i + 1})`;
    let saved: unknown;
    packet.push(await timed(async () => (saved = await dispatch(services.handlers, 'packets', 'save', { id, fields, expectedUpdatedAt: updatedAt }))));
    current = unwrap<Packet>(saved);
  }
  const list = await services.handlers.directives.list({});
  let edited = list[Math.floor(list.length / 3)];
  const directive: number[] = [];
  for (let i = 0; edited && i < SAVES; i++) {
    const { id, schemaVersion: _v, createdAt: _c, updatedAt, ...fields } = edited;
    fields.notes = `Ghi chú lần ${i + 1}`;
    let saved: unknown;
    directive.push(await timed(async () => (saved = await dispatch(services.handlers, 'directives', 'update', { id, fields, expectedUpdatedAt: updatedAt }))));
    edited = unwrap<Directive>(saved);
  }
  return { packet, directive };
}

function unwrap<T>(result: unknown): T {
  if (typeof result === 'object' && result !== null && 'ok' in result && result.ok === true && 'value' in result) return result.value as T;
  throw new Error(`save failed: ${JSON.stringify(result)}`);
}

/** The naive design this storage replaces: one lowdb JSONFile holding the whole library, rewritten on every save. */
async function measureSingleFileBaseline(folder: string, directives: Directive[], talkingPoints: TalkingPoint[]): Promise<number[]> {
  const db = new Low(new JSONFile<{ directives: Directive[]; talkingPoints: TalkingPoint[] }>(path.join(folder, 'library.json')), {
    directives: [],
    talkingPoints: [],
  });
  db.data = { directives: structuredClone(directives), talkingPoints };
  await db.write();
  const times: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    const item = db.data.directives[Math.floor(directives.length / 3)];
    if (!item) break;
    times.push(await timed(() => db.update(() => void (item.notes = `Ghi chú lần ${i + 1}`))));
  }
  return times;
}

export const storageSuite: BenchSuite = {
  name: 'storage',
  description: `open a data folder of ${COUNTS.directives} directives, ${COUNTS.talkingPoints} talking points, ${COUNTS.packets} packets of ~${COUNTS.packetPages} pages; save one edited packet / directive`,
  async run({ log }) {
    const root = await mkdtemp(path.join(os.tmpdir(), 'spokesdesk-bench-storage-'));
    try {
      const dataDir = path.join(root, 'data');
      const generated = await generateBenchLibrary(dataDir);
      log(`generated in ${dataDir}: packets ≈ ${(generated.bytes / 1e6).toFixed(1)} MB of JSON`);
      const opens = await measureOpen(dataDir, false);
      log(`open runs (ms): ${opens.map((t) => t.toFixed(1)).join(', ')}`);
      const fullOpens = await measureOpen(dataDir, true);
      log(`open with every collection read (ms): ${fullOpens.map((t) => t.toFixed(1)).join(', ')}`);
      const services = await openServices({ dataDir, resourcesDir: RESOURCES });
      // Saves are measured in a settled app: start-up backup made, lazy collections read.
      await Promise.all([services.stores().talkingPoints.ready(), services.stores().qaItems.ready()]);
      await services.flush();
      const saves = await measureSaves(services);
      await services.close();
      const baseline = await measureSingleFileBaseline(root, generated.directives, generated.talkingPoints);
      const directiveP95 = percentile(saves.directive, 95);
      const baselineP95 = percentile(baseline, 95);
      return {
        open_ms: percentile(opens, 50),
        open_max_ms: Math.max(...opens),
        open_all_collections_ms: percentile(fullOpens, 50),
        packet_save_p50_ms: percentile(saves.packet, 50),
        packet_save_p95_ms: percentile(saves.packet, 95),
        directive_save_p50_ms: percentile(saves.directive, 50),
        directive_save_p95_ms: directiveP95,
        baseline_single_file_save_p50_ms: percentile(baseline, 50),
        baseline_single_file_save_p95_ms: baselineP95,
        directive_save_vs_single_file_ratio: directiveP95 / baselineP95,
      };
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  },
};
