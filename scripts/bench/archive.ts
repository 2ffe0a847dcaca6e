// Data-archive benchmark: system.saveArchive (to a temp folder) over the benchmark library (2,000 directives, 10,000 talking points, 200 packets).
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { buildDataArchive, readArchiveFiles } from '../../electron/services/archive/data-archive.js';
import { openServices } from '../../electron/services/index.js';
import { generateBenchLibrary } from './library-data.js';
import type { BenchSuite } from './suite.js';

const RUNS = 3;
const RESOURCES = path.resolve('resources');

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function timed<T>(action: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await action();
  return { ms: performance.now() - start, value };
}

export const archiveSuite: BenchSuite = {
  name: 'archive',
  description: 'export of the whole data folder as one .tar.gz (the benchmark library), and how long it stalls the main thread',
  async run({ log }) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'spokesdesk-bench-archive-'));
    try {
      await generateBenchLibrary(dataDir);
      const reads: number[] = [];
      const builds: number[] = [];
      let dataBytes = 0;
      for (let i = 0; i < RUNS; i++) {
        const read = await timed(() => readArchiveFiles(dataDir));
        reads.push(read.ms);
        dataBytes = read.value.reduce((sum, f) => sum + f.bytes.length, 0);
        builds.push((await timed(() => buildDataArchive(read.value, { appVersion: 'bench', createdAt: new Date() }))).ms);
      }
      log(`read (ms): ${reads.map((t) => t.toFixed(1)).join(', ')}; pack + gzip (ms): ${builds.map((t) => t.toFixed(1)).join(', ')}`);

      // The save dialog answered at once with a folder beside the data folder; each run replaces the file.
      const saveDir = `${dataDir}-saved`;
      await mkdir(saveDir);
      const services = await openServices({ dataDir, resourcesDir: RESOURCES, chooseArchivePath: async (name) => path.join(saveDir, name) });
      try {
        // Reading the collections at open stalls the loop by itself: not part of the export.
        await Promise.all([services.stores().talkingPoints.ready(), services.stores().qaItems.ready()]);
        await services.flush();
        const exports: number[] = [];
        const stalls: number[] = [];
        let last = { files: 0, archiveBytes: 0 };
        for (let i = 0; i < RUNS; i++) {
          const delay = monitorEventLoopDelay({ resolution: 5 });
          delay.enable();
          const run = await timed(() => services.handlers.system.saveArchive({}));
          delay.disable();
          exports.push(run.ms);
          stalls.push(delay.max / 1e6);
          if (!run.value.saved) throw new Error('the benchmark answers the save dialog');
          last = { files: run.value.files, archiveBytes: run.value.bytes };
        }
        log(`system.saveArchive (ms): ${exports.map((t) => t.toFixed(1)).join(', ')}; longest event-loop stall (ms): ${stalls.map((t) => t.toFixed(1)).join(', ')}`);
        log(`${last.files} files, ${(dataBytes / 1e6).toFixed(1)} MB → ${(last.archiveBytes / 1e6).toFixed(1)} MB`);
        return {
          export_ms: median(exports),
          read_ms: median(reads),
          pack_gzip_ms: median(builds),
          event_loop_stall_max_ms: Math.max(...stalls),
          files: last.files,
          data_mb: dataBytes / 1e6,
          archive_mb: last.archiveBytes / 1e6,
        };
      } finally {
        await services.close();
        await rm(saveDir, { recursive: true, force: true });
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  },
};
