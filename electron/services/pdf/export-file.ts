// Exports a packet exchange file to a PDF on disk (the CLI and the main process use this; no electron import).
import { readFile, writeFile, rename } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';
import { parseExchangeText } from '../../../shared/exchange/io.js';
import { exportPacketPdf, type ExportReport } from '../../../shared/pdf/export.js';
import type { ExportOptionsInput } from '../../../shared/pdf/options.js';
import type { CitationFormatter } from '../../../shared/pdf/compose/resolved.js';
import type { FontSet } from '../../../shared/pdf/fonts/font-set.js';

export interface ExportFileOptions {
  input: string;
  output: string;
  options: ExportOptionsInput;
  fonts: FontSet;
  formatCitation: CitationFormatter;
  appVersion: string;
}

/** Node's zlib: much faster than pako for content streams and font files. */
export const nodeDeflate = (data: Uint8Array): Uint8Array => deflateSync(data, { level: 6 });

export async function exportExchangeFile(o: ExportFileOptions): Promise<ExportReport> {
  const file = parseExchangeText(await readFile(o.input, 'utf8'));
  if (file.kind !== 'packet') throw new Error(`${o.input} holds a library, not a packet: nothing to export`);
  const result = await exportPacketPdf(file, o.options, { fonts: o.fonts, formatCitation: o.formatCitation, appVersion: o.appVersion, write: { deflate: nodeDeflate } });
  const temp = `${o.output}.partial`;
  await writeFile(temp, result.bytes);
  await rename(temp, o.output);
  return result.report;
}
