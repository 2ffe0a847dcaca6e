// Benchmark of the PDF export: a generated 130-page justified packet in process, and the bundled CLI against headless Chromium printing the same packet.
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
import { appVersion } from '../cli/export.js';
import { buildCli, CLI_BUNDLE } from '../build-cli.js';
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

/** Runs a process to its end under /usr/bin/time -v; the wall time covers start-up and exit, the CPU time user + system of it and its children. */
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

/** The bundled CLI (out/cli/spokesdesk.mjs, rebuilt first so it holds the current code), as users run it. */
function cliExport(exchange: string, out: string): Promise<Timed> {
  return timed(process.execPath, [CLI_BUNDLE, 'export', exchange, '--profile', 'handout', '--out', out, '--created', CREATED]);
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

const ROUNDS = 5;

const show = (runs: readonly Timed[]): string => runs.map((r) => `${r.ms.toFixed(0)}/${r.cpuMs.toFixed(0)}`).join(' ');

export const pdfSuite: BenchSuite = {
  name: 'pdf',
  description: 'export of a generated 130-page justified Vietnamese packet; bundled CLI vs headless Chromium on the same packet (medians, alternated runs)',
  async run({ log }) {
    await buildCli();
    const version = await appVersion();
    const fonts = new FontSet(await bundledFontSource(RESOURCES));
    const file = generatedExchange(130);
    const deps = { fonts, formatCitation: format, appVersion: version, write: { deflate: nodeDeflate } };
    let pages = 0;
    let inProcessBytes: Uint8Array = new Uint8Array();
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
      inProcessBytes = result.bytes;
    }
    log(`in process: ${pages} pages, ${(inProcessBytes.length / 1024).toFixed(0)} KB, wall ${times.map((t) => t.toFixed(0)).join(' ')} ms, cpu ${cpuTimes.map((t) => t.toFixed(0)).join(' ')} ms`);

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
      const cliPdf = path.join(dir, 'cli.pdf');
      const chromiumPdf = path.join(dir, 'chromium.pdf');
      const cli: Timed[] = [];
      const chromium: Timed[] = [];
      // alternate which goes first (AB BA AB …) so a change in machine load weighs on both alike
      for (let i = 0; i < ROUNDS; i++) {
        const runCli = async () => cli.push(await cliExport(exchange, cliPdf));
        const runChromium = async () => chromium.push(await chromiumPrint(html, chromiumPdf, path.join(dir, `chromium-profile-${i}`)));
        if (i % 2 === 0) await runCli().then(runChromium);
        else await runChromium().then(runCli);
      }
      const cliBytes = await readFile(cliPdf);
      // the CLI must write exactly what the in-process export produced (same code path, same creation date)
      if (!cliBytes.equals(inProcessBytes)) throw new Error('the bundled CLI wrote a different PDF than the in-process export of the same packet');
      const chromiumBytes = (await stat(chromiumPdf)).size;
      const chromiumPages = ((await readFile(chromiumPdf, 'latin1')).match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      const cliMs = median(cli.map((c) => c.ms));
      const chromiumMs = median(chromium.map((c) => c.ms));
      const cliCpu = median(cli.map((c) => c.cpuMs));
      const chromiumCpu = median(chromium.map((c) => c.cpuMs));
      log(`wall/cpu ms per run: CLI ${show(cli)}, ${(cliBytes.length / 1024).toFixed(0)} KB; Chromium ${show(chromium)}, ${(chromiumBytes / 1024).toFixed(0)} KB, ${chromiumPages} pages`);
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
        size_vs_chromium_ratio: cliBytes.length / chromiumBytes,
        cli_peak_rss_mb: Math.max(...cli.map((c) => c.rssMb)),
        chromium_peak_rss_mb: Math.max(...chromium.map((c) => c.rssMb)),
        chromium_pages: chromiumPages,
      };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
