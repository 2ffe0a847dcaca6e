// CLI command "export": a packet exchange file to a print-ready PDF (full briefing book or press handout).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { ExportReport } from '../../shared/pdf/export.js';
import type { ExportOptionsInput } from '../../shared/pdf/options.js';
import type { CliCommand } from './command.js';
import { parsedCommand } from './parsed-command.js';

export const RESOURCES_DIR = fileURLToPath(new URL('../../resources/', import.meta.url));

/** The app version from package.json (written into the PDF's Creator and into exchange files). */
export async function appVersion(): Promise<string> {
  const manifest: unknown = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  return typeof manifest === 'object' && manifest !== null && 'version' in manifest && typeof manifest.version === 'string' ? manifest.version : '0.0.0';
}

const USAGE = 'export FILE --profile full|handout --out OUT.pdf [--created ISO] [--preset nd30|party] [options]';
const HELP = `Exports a packet exchange file (see docs/exchange-format.md) to PDF.
  --profile full|handout   full briefing book (everything, "TÀI LIỆU NỘI BỘ") or press handout (public content only)
  --out OUT.pdf            where to write the PDF
  --created ISO            creation date written into the PDF (same input and date give identical bytes);
                           default: now
  --preset nd30|party      layout preset (default: the packet's own)
  --cover / --no-cover, --toc / --no-toc   front matter (default: on for full, off for handout)
  --footnotes              short citations with footnotes instead of full citations at first mention
  --bilingual              English versions of talking points and answers after the Vietnamese
  --watermark auto|always|never   "DỰ THẢO" on unapproved packets (default auto)
  --system-times           use an installed Times New Roman when it covers Vietnamese
  --json                   print the export report as JSON on standard output
Exit status: 0 written (warnings and characters missing from the font go to stderr);
  64 wrong options; 65 invalid exchange file or layout outside the legal ranges; 1 other failure.`;

interface Parsed {
  file: string;
  out: string;
  json: boolean;
  systemTimes: boolean;
  options: ExportOptionsInput;
}

function parse(args: readonly string[]): Parsed | string {
  let file: string | null = null;
  let out: string | null = null;
  let json = false;
  let systemTimes = false;
  const options: ExportOptionsInput = { profile: 'full' };
  let profileGiven = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const value = (): string | undefined => args[++i];
    if (arg === '--profile') {
      const v = value();
      if (v !== 'full' && v !== 'handout') return '--profile must be full or handout';
      options.profile = v;
      profileGiven = true;
    } else if (arg === '--out') out = value() ?? null;
    else if (arg === '--created') {
      const v = value() ?? '';
      const date = new Date(v);
      if (!/^\d{4}-\d{2}-\d{2}T/.test(v) || Number.isNaN(date.getTime())) return '--created must be an ISO date-time such as 2026-11-26T08:00:00+07:00';
      options.createdAt = v;
    } else if (arg === '--preset') {
      const v = value();
      if (v !== 'nd30' && v !== 'party') return '--preset must be nd30 or party';
      options.preset = v;
    } else if (arg === '--watermark') {
      const v = value();
      if (v !== 'auto' && v !== 'always' && v !== 'never') return '--watermark must be auto, always or never';
      options.watermark = v;
    } else if (arg === '--cover' || arg === '--no-cover') options.cover = arg === '--cover';
    else if (arg === '--toc' || arg === '--no-toc') options.toc = arg === '--toc';
    else if (arg === '--footnotes') options.citations = 'footnotes';
    else if (arg === '--bilingual') options.bilingual = true;
    else if (arg === '--system-times') systemTimes = true;
    else if (arg === '--json') json = true;
    else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else if (file === null) file = arg;
    else return `unexpected argument ${arg}`;
  }
  if (!file) return 'give the exchange FILE to export';
  if (!out) return 'give --out OUT.pdf';
  if (!profileGiven) return 'give --profile full or --profile handout';
  return { file, out, json, systemTimes, options: { ...options, createdAt: options.createdAt ?? new Date().toISOString() } };
}

function describe(report: ExportReport, out: string): string[] {
  const lines = [`${out}: ${report.pages} pages (${report.profile}, ${report.preset})`];
  const ex = report.excluded;
  if (report.profile === 'handout') lines.push(`left out of the handout: ${ex.sections} internal sections, ${ex.internalNotes} internal notes, ${ex.sensitiveQa} sensitive Q&A, ${ex.internalTalkingPoints} internal talking points`);
  return lines;
}

export const exportCommand: CliCommand = parsedCommand({
  name: 'export',
  usage: USAGE,
  help: HELP,
  parse,
  async run(parsed) {
    // loaded here, not at start-up: the other commands do not need the PDF engine
    const [{ format }, { ExchangeFormatError }, { LayoutAdjustmentError }, { exportExchangeFile }, { loadExportFonts }] = await Promise.all([
      import('../../shared/citations/index.js'),
      import('../../shared/exchange/io.js'),
      import('../../shared/pdf/adjust.js'),
      import('../../electron/services/pdf/export-file.js'),
      import('../../electron/services/pdf/fonts.js'),
    ]);
    try {
      const fonts = await loadExportFonts(RESOURCES_DIR, parsed.systemTimes);
      const report = await exportExchangeFile({ input: parsed.file, output: parsed.out, options: parsed.options, fonts, formatCitation: format, appVersion: await appVersion() });
      if (parsed.json) process.stdout.write(`${JSON.stringify(report)}\n`);
      else process.stdout.write(`${describe(report, parsed.out).join('\n')}\n`);
      for (const warning of report.warnings) process.stderr.write(`warning: ${warning.code}: ${warning.detail}\n`);
      for (const m of report.missingGlyphs) {
        process.stderr.write(`warning: the font has no glyph for "${m.char}" (U+${m.codePoint.toString(16).toUpperCase().padStart(4, '0')}, ${m.style}), ${m.count}× from page ${m.firstPage}: printed as a box\n`);
      }
      return 0;
    } catch (error) {
      if (error instanceof ExchangeFormatError || error instanceof LayoutAdjustmentError) {
        process.stderr.write(`export: ${error.message}\n`);
        return 65;
      }
      throw error;
    }
  },
});
