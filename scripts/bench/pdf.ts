// Benchmark of the PDF export: a generated 130-page justified packet in process, and the CLI against headless Chromium printing the same packet.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format } from '../../shared/citations/index.js';
import { stringifyExchange } from '../../shared/exchange/io.js';
import { exportPacketPdf, packetHtml } from '../../shared/pdf/export.js';
import { FontSet } from '../../shared/pdf/fonts/font-set.js';
import { nodeDeflate } from '../../electron/services/pdf/export-file.js';
import { bundledFontSource } from '../../electron/services/pdf/fonts.js';
import { generatedExchange } from '../../test/fixtures/generated-packet.js';
import type { BenchSuite } from './suite.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const RESOURCES = path.join(REPO, 'resources');
const CREATED = '2026-11-26T08:00:00+07:00';
const OPTIONS = { profile: 'handout', createdAt: CREATED } as const;
const CHROMIUM = '/usr/bin/chromium';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

interface Timed {
  ms: number;
  /** User + system CPU time of the process and its children (from /usr/bin/time -v). */
  cpuMs: number;
  rssMb: number;
}

/** Runs a process to its end under /usr/bin/time -v; the wall time covers start-up and exit. */
function timed(command: string, args: readonly string[]): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn('/usr/bin/time', ['-v', command, ...args], { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      const field = (name: string): number => Number(new RegExp(`${name}: ([\\d.]+)`).exec(stderr)?.[1] ?? Number.NaN);
      if (code === 0) resolve({ ms, cpuMs: (field('User time \\(seconds\\)') + field('System time \\(seconds\\)')) * 1000, rssMb: field('Maximum resident set size \\(kbytes\\)') / 1024 });
      else reject(new Error(`${command} exited with ${code}: ${stderr.slice(-2000)}`));
    });
  });
}

function cliExport(exchange: string, out: string): Promise<Timed> {
  return timed(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', 'export', exchange, '--profile', 'handout', '--out', out, '--created', CREATED]);
}

function chromiumPrint(html: string, out: string, profileDir: string): Promise<Timed> {
  return timed(CHROMIUM, [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--user-data-dir=${profileDir}`,
    '--no-pdf-header-footer',
    `--print-to-pdf=${out}`,
    pathToFileURL(html).href,
  ]);
}

export const pdfSuite: BenchSuite = {
  name: 'pdf',
  description: 'export of a generated 130-page justified Vietnamese packet; CLI vs headless Chromium on the same packet',
  async run({ log }) {
    const fonts = new FontSet(await bundledFontSource(RESOURCES));
    const file = generatedExchange(130);
    const deps = { fonts, formatCitation: format, appVersion: 'bench', write: { deflate: nodeDeflate } };
    let pages = 0;
    let bytes = 0;
    const times: number[] = [];
    const cpuTimes: number[] = [];
    for (let i = 0; i < 9; i++) {
      const start = performance.now();
      const cpu = process.cpuUsage();
      const result = await exportPacketPdf(file, OPTIONS, deps);
      const ms = performance.now() - start;
      const used = process.cpuUsage(cpu);
      if (i >= 2) {
        times.push(ms);
        cpuTimes.push((used.user + used.system) / 1000);
      }
      pages = result.report.pages;
      bytes = result.bytes.length;
    }
    log(`in process: ${pages} pages, ${(bytes / 1024).toFixed(0)} KB, runs ${times.map((t) => t.toFixed(0)).join(' ')} ms`);

    const dir = await mkdtemp(path.join(os.tmpdir(), 'spokesdesk-bench-pdf-'));
    try {
      const exchange = path.join(dir, 'packet.json');
      await writeFile(exchange, stringifyExchange(file));
      const fontUrls = {
        regular: pathToFileURL(path.join(RESOURCES, 'fonts', 'LiberationSerif-Regular.ttf')).href,
        bold: pathToFileURL(path.join(RESOURCES, 'fonts', 'LiberationSerif-Bold.ttf')).href,
        italic: pathToFileURL(path.join(RESOURCES, 'fonts', 'LiberationSerif-Italic.ttf')).href,
        boldItalic: pathToFileURL(path.join(RESOURCES, 'fonts', 'LiberationSerif-BoldItalic.ttf')).href,
      };
      const html = path.join(dir, 'packet.html');
      await writeFile(html, packetHtml(file, OPTIONS, deps, fontUrls));
      const cli: Timed[] = [];
      const chromium: Timed[] = [];
      for (let i = 0; i < 3; i++) {
        cli.push(await cliExport(exchange, path.join(dir, 'cli.pdf')));
        chromium.push(await chromiumPrint(html, path.join(dir, 'chromium.pdf'), path.join(dir, `chromium-profile-${i}`)));
      }
      const cliBytes = (await stat(path.join(dir, 'cli.pdf'))).size;
      const chromiumBytes = (await stat(path.join(dir, 'chromium.pdf'))).size;
      const chromiumPages = ((await readFile(path.join(dir, 'chromium.pdf'), 'latin1')).match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      const cliMs = median(cli.map((c) => c.ms));
      const chromiumMs = median(chromium.map((c) => c.ms));
      const cliCpu = median(cli.map((c) => c.cpuMs));
      const chromiumCpu = median(chromium.map((c) => c.cpuMs));
      const show = (runs: Timed[]) => runs.map((r) => `${r.ms.toFixed(0)} (cpu ${r.cpuMs.toFixed(0)})`).join(' ');
      log(`CLI: ${show(cli)} ms, ${(cliBytes / 1024).toFixed(0)} KB; Chromium: ${show(chromium)} ms, ${(chromiumBytes / 1024).toFixed(0)} KB, ${chromiumPages} pages`);
      return {
        export_130p_ms: median(times),
        export_130p_cpu_ms: median(cpuTimes),
        pages,
        cli_wall_ms: cliMs,
        chromium_wall_ms: chromiumMs,
        cli_vs_chromium_wall_ratio: cliMs / chromiumMs,
        cli_cpu_ms: cliCpu,
        chromium_cpu_ms: chromiumCpu,
        cli_vs_chromium_cpu_ratio: cliCpu / chromiumCpu,
        size_vs_chromium_ratio: cliBytes / chromiumBytes,
        cli_peak_rss_mb: Math.max(...cli.map((c) => c.rssMb)),
        chromium_peak_rss_mb: Math.max(...chromium.map((c) => c.rssMb)),
        chromium_pages: chromiumPages,
      };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
