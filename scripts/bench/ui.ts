// UI benchmark: the built renderer in Chromium on the e2e host, with the bench library: first usable screen, then the talking-point and directive screens.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { z } from 'zod';
import { openServices } from '../../electron/services/index.js';
import { startHost } from '../../test/e2e/host/host.js';
import { RENDERER_DIR, REPO_ROOT } from '../../test/e2e/host/paths.js';
import { launchChromium } from '../../test/e2e/support/chromium.js';
import { LIBRARY_COUNTS, generateBenchLibrary } from './library-data.js';
import type { BenchContext, BenchSuite } from './suite.js';
import { PROBE_SCRIPT, probeReadingSchema, type ProbeGlobals, type ProbeReading } from './ui-probe.js';

const LOADS = 7;
/** Another build to measure instead of out/renderer (to compare builds side by side). */
const RENDERER_OVERRIDE = process.env.SPOKESDESK_BENCH_RENDERER;
const USABLE_TIMEOUT_MS = 60_000;
const RESOURCES = path.join(REPO_ROOT, 'resources');
/** Screens opened from the sidebar after the first one, in this order, each timed from the click. */
const SWITCHES = [
  { screen: 'talkingPoints', key: 'talking_points_usable_ms' },
  { screen: 'directives', key: 'directives_usable_ms' },
  { screen: 'packets', key: 'packets_usable_ms' },
] as const;

interface LoadTimes {
  firstUsableMs: number;
  firstScreen: string;
  hostStartMs: number;
  /** CPU time of this process (the host: services and HTTP) from navigation to first usable. */
  hostCpuMs: number;
  /** Chromium's page main thread busy time (all tasks / script) from navigation to first usable. */
  rendererTaskMs: number;
  rendererScriptMs: number;
  switches: Record<string, number>;
  reading: ProbeReading;
}

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Builds the renderer when out/renderer is missing; warns when it is older than the renderer's sources. */
async function ensureRendererBuilt(log: BenchContext['log']): Promise<void> {
  const built = await stat(path.join(RENDERER_DIR, 'index.html')).catch(() => null);
  if (!built) {
    log('ui: out/renderer is missing, building it (npx electron-vite build, about a minute)…');
    await promisify(execFile)('npx', ['electron-vite', 'build'], { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 });
    return;
  }
  const sources = await readdir(path.join(REPO_ROOT, 'renderer'), { recursive: true, withFileTypes: true });
  for (const entry of sources) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if ((await stat(file)).mtimeMs > built.mtimeMs) {
      log(`ui: WARNING out/renderer is older than ${path.relative(REPO_ROOT, file)}: these figures are for the old build (run "npx electron-vite build")`);
      return;
    }
  }
}

/** The first-run wizard would cover the first screen: an office opening its years of content has done first run long ago. */
async function markFirstRunDone(dataDir: string): Promise<void> {
  const services = await openServices({ dataDir, resourcesDir: RESOURCES });
  try {
    await services.handlers.settings.update({ fields: { firstRunDone: true } });
  } finally {
    await services.close();
  }
}

const metricsSchema = z.object({ metrics: z.array(z.object({ name: z.string(), value: z.number() })) });

async function readProbe(page: Page): Promise<ProbeReading> {
  return probeReadingSchema.parse(await page.evaluate(() => (globalThis as unknown as ProbeGlobals).__uiBench.read()));
}

/** Waits until the probe has recorded `screen` (null: any screen) as usable. */
async function whenUsable(page: Page, screen: string | null, from: number): Promise<void> {
  const waited = page.evaluate(([target, index]) => (globalThis as unknown as ProbeGlobals).__uiBench.whenUsable(target, index), [screen, from] as const);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no usable ${screen ?? 'first'} screen after ${USABLE_TIMEOUT_MS / 1000} s`)), USABLE_TIMEOUT_MS);
  });
  try {
    await Promise.race([waited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Chromium's own account of the page's main thread (CDP Performance.getMetrics), in ms: busy time, of it script. */
async function rendererBusy(session: CDPSession): Promise<{ taskMs: number; scriptMs: number }> {
  const { metrics } = metricsSchema.parse(await session.send('Performance.getMetrics'));
  const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? Number.NaN) * 1000;
  return { taskMs: value('TaskDuration'), scriptMs: value('ScriptDuration') };
}

/** One cold load: a fresh host on the folder (services read it from disk), a new browser context, the app's default screen. */
async function coldLoad(browser: Browser, dataDir: string, rendererDir: string, switches: boolean): Promise<LoadTimes> {
  const hostStarted = performance.now();
  const host = await startHost({ dataDir, rendererDir });
  const hostStartMs = performance.now() - hostStarted;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  try {
    await context.addInitScript({ content: PROBE_SCRIPT });
    const page = await context.newPage();
    const session = await context.newCDPSession(page);
    await session.send('Performance.enable');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const hostCpu = process.cpuUsage();
    await page.goto(host.url);
    await whenUsable(page, null, 0);
    const used = process.cpuUsage(hostCpu);
    const busy = await rendererBusy(session);
    const first = (await readProbe(page)).usable[0];
    if (!first) throw new Error('the probe recorded no usable screen');
    const times: Record<string, number> = {};
    if (switches) {
      for (const { screen } of SWITCHES) {
        const from = (await readProbe(page)).usable.length;
        await page.locator(`nav a[href="#/${screen}"]`).click();
        await whenUsable(page, screen, from);
        const reading = await readProbe(page);
        const click = reading.clicks.at(-1);
        const usable = reading.usable.slice(from).find((u) => u.screen === screen);
        if (!click || !usable) throw new Error(`no click or usable record for ${screen}`);
        times[screen] = usable.paintedAt - click.at;
      }
    }
    if (errors.length > 0) throw new Error(`the page failed: ${errors.join('; ')}`);
    return {
      firstUsableMs: first.paintedAt,
      firstScreen: first.screen,
      hostStartMs,
      hostCpuMs: (used.user + used.system) / 1000,
      rendererTaskMs: busy.taskMs,
      rendererScriptMs: busy.scriptMs,
      switches: times,
      reading: await readProbe(page),
    };
  } finally {
    await context.close();
    await host.close();
  }
}

/** Where the first load's time went: bridge calls (fetches to /rpc/…), long tasks, DOMContentLoaded. */
function describeLoad(load: LoadTimes, log: BenchContext['log']): void {
  const { reading } = load;
  const first = reading.usable[0];
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  const nav = reading.navigation;
  if (nav) log(`ui:   page: request ${ms(nav.requestStart)}, response ${ms(nav.responseStart)}–${ms(nav.responseEnd)}, DOM interactive ${ms(nav.domInteractive)}, DOMContentLoaded ${ms(nav.domContentLoaded)}`);
  log(`ui:   page main thread busy ${ms(load.rendererTaskMs)} (script ${ms(load.rendererScriptMs)}), host CPU ${ms(load.hostCpuMs)}; first usable (${load.firstScreen}, ${first?.rows ?? 0} rows in the DOM) found ${ms(first?.foundAt ?? Number.NaN)}, painted ${ms(load.firstUsableMs)}`);
  for (const r of reading.resources) {
    const name = new URL(r.name).pathname;
    log(`ui:   ${name.padEnd(34)} ${ms(r.startTime).padStart(8)} → ${ms(r.responseEnd).padStart(8)}  ${(r.transferSize / 1e3).toFixed(0)} kB`);
  }
  const long = reading.longTasks.filter((task) => task.duration >= 50);
  log(`ui:   long tasks: ${long.map((task) => `${ms(task.start)}+${ms(task.duration)}`).join(', ') || 'none'}`);
}

async function measureFolder(browser: Browser, dataDir: string, rendererDir: string, label: string, switches: boolean, log: BenchContext['log']): Promise<LoadTimes[]> {
  // One load to warm Chromium's and Node's own caches (compiled code, fonts), not counted.
  await coldLoad(browser, dataDir, rendererDir, false);
  const loads: LoadTimes[] = [];
  for (let i = 0; i < LOADS; i++) {
    const load = await coldLoad(browser, dataDir, rendererDir, switches);
    loads.push(load);
    const switched = Object.entries(load.switches).map(([screen, t]) => `${screen} ${t.toFixed(0)} ms`).join(', ');
    log(`ui: ${label} load ${i + 1}: host start ${load.hostStartMs.toFixed(0)} ms, first usable ${load.firstUsableMs.toFixed(0)} ms (${load.firstScreen}; page busy ${load.rendererTaskMs.toFixed(0)} ms, host CPU ${load.hostCpuMs.toFixed(0)} ms)${switched ? `; ${switched}` : ''}`);
  }
  const median = loads.toSorted((a, b) => a.firstUsableMs - b.firstUsableMs)[Math.floor(loads.length / 2)];
  if (median) describeLoad(median, log);
  return loads;
}

export const uiSuite: BenchSuite = {
  name: 'ui',
  description: `the built renderer in Chromium (e2e host): navigation start → first usable screen with ${LIBRARY_COUNTS.talkingPoints} talking points, ${LIBRARY_COUNTS.directives} directives, ${LIBRARY_COUNTS.packets} packets, against an empty folder; sidebar → talking points / directives / packets usable`,
  async run({ log }) {
    if (RENDERER_OVERRIDE) log(`ui: measuring the build in ${RENDERER_OVERRIDE}`);
    else await ensureRendererBuilt(log);
    const root = await mkdtemp(path.join(os.tmpdir(), 'spokesdesk-bench-ui-'));
    const browser = await launchChromium();
    try {
      // A private copy: another build of out/renderer during the run must not change what is measured.
      const rendererDir = path.join(root, 'renderer');
      await cp(RENDERER_OVERRIDE ?? RENDERER_DIR, rendererDir, { recursive: true });
      const fullDir = path.join(root, 'full');
      const emptyDir = path.join(root, 'empty');
      const seeded = performance.now();
      await generateBenchLibrary(fullDir);
      await markFirstRunDone(fullDir);
      await markFirstRunDone(emptyDir);
      log(`ui: library written in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);

      const full = await measureFolder(browser, fullDir, rendererDir, 'full', true, log);
      const empty = await measureFolder(browser, emptyDir, rendererDir, 'empty', false, log);
      const firstFull = full.map((load) => load.firstUsableMs);
      const firstEmpty = empty.map((load) => load.firstUsableMs);
      const figures: Record<string, number> = {
        first_usable_ms: percentile(firstFull, 50),
        first_usable_p95_ms: percentile(firstFull, 95),
        first_usable_empty_ms: percentile(firstEmpty, 50),
        first_usable_empty_p95_ms: percentile(firstEmpty, 95),
        first_usable_vs_empty_ratio: percentile(firstFull, 50) / percentile(firstEmpty, 50),
      };
      for (const { screen, key } of SWITCHES) {
        const samples = full.map((load) => load.switches[screen] ?? Number.NaN);
        figures[key] = percentile(samples, 50);
        figures[key.replace(/_ms$/, '_p95_ms')] = percentile(samples, 95);
      }
      figures.first_usable_page_busy_ms = percentile(full.map((load) => load.rendererTaskMs), 50);
      figures.first_usable_page_script_ms = percentile(full.map((load) => load.rendererScriptMs), 50);
      figures.first_usable_host_cpu_ms = percentile(full.map((load) => load.hostCpuMs), 50);
      figures.first_usable_empty_page_busy_ms = percentile(empty.map((load) => load.rendererTaskMs), 50);
      figures.host_start_ms = percentile(full.map((load) => load.hostStartMs), 50);
      figures.loads = LOADS;
      return figures;
    } finally {
      await browser.close();
      await rm(root, { recursive: true, force: true });
    }
  },
};
