// Shared set-up for the PDF tests: bundled fonts, the citation formatter, exports of the canonical packet, poppler/qpdf runners.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from '../../../shared/citations/index.js';
import { exportPacketPdf, type ExportResult } from '../../../shared/pdf/export.js';
import type { ExportOptionsInput } from '../../../shared/pdf/options.js';
import { FontSet } from '../../../shared/pdf/fonts/font-set.js';
import { bundledFontSource } from '../../../electron/services/pdf/fonts.js';
import { nodeDeflate } from '../../../electron/services/pdf/export-file.js';
import { canonicalExchange } from '../../fixtures/canonical-packet.js';
import type { PacketExchange } from '../../../shared/exchange/schema.js';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const RESOURCES = path.join(REPO, 'resources');
export const CREATED = '2026-11-26T08:00:00+07:00';

let fonts: Promise<FontSet> | null = null;
export function bundledFonts(): Promise<FontSet> {
  fonts ??= bundledFontSource(RESOURCES).then((source) => new FontSet(source));
  return fonts;
}

export async function exportFixture(options: ExportOptionsInput, file: PacketExchange = canonicalExchange(), write: { wholeFonts?: boolean } = {}): Promise<ExportResult> {
  return exportPacketPdf(file, { createdAt: CREATED, ...options }, { fonts: await bundledFonts(), formatCitation: format, appVersion: '0.1.0', write: { deflate: nodeDeflate, ...write } });
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'spokesdesk-pdf-'));
let counter = 0;

/** Writes PDF bytes to a temp file and returns its path. */
export function savePdf(bytes: Uint8Array, name = 'out'): string {
  const file = path.join(dir, `${name}-${++counter}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

export function run(command: string, args: readonly string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** Text of the pages (1-based, inclusive) in content-stream order. */
export function pdfText(file: string, first?: number, last?: number): string {
  const range = first === undefined ? [] : ['-f', String(first), '-l', String(last ?? first)];
  return run('pdftotext', ['-raw', '-enc', 'UTF-8', ...range, file, '-']);
}

export function words(text: string): string[] {
  return text.split(/\s+/u).filter((w) => w.length > 0);
}

export interface BboxWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Words with their boxes on one page (pdftotext -bbox), y from the top. */
export function pageWords(file: string, page: number): BboxWord[] {
  const html = run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-']);
  const out: BboxWord[] = [];
  for (const match of html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    out.push({ xMin: Number(match[1]), yMin: Number(match[2]), xMax: Number(match[3]), yMax: Number(match[4]), text: decodeEntities(match[5] ?? '') });
  }
  return out;
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
}

export interface PdfOutlineItem {
  title: string;
  page: number;
  kids: PdfOutlineItem[];
}

/** The document outline as qpdf reads it back. */
export function readOutline(file: string): PdfOutlineItem[] {
  const json = JSON.parse(run('qpdf', ['--json=2', '--json-key=outlines', file])) as { outlines: Array<Record<string, unknown>> };
  const convert = (items: Array<Record<string, unknown>>): PdfOutlineItem[] =>
    items.map((item) => ({ title: String(item.title), page: Number(item.destpageposfrom1), kids: convert((item.kids as Array<Record<string, unknown>> | undefined) ?? []) }));
  return convert(json.outlines);
}

export function flattenOutline(items: readonly PdfOutlineItem[], level = 1): Array<{ title: string; page: number; level: number }> {
  return items.flatMap((item) => [{ title: item.title, page: item.page, level }, ...flattenOutline(item.kids, level + 1)]);
}
