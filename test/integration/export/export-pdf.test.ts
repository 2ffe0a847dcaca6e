// export.pdf through dispatch on the loaded sample packet: both profiles are real PDFs with the title; the handout has no internal note.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/dispatch.js';
import { openServices } from '../../../electron/services/index.js';
import type { Services } from '../../../electron/services/types.js';
import type { PdfExport } from '../../../shared/ipc/features/export.js';

const run = promisify(execFile);
const SAMPLE_PACKET_ID = 'sample-packet-nhan-quyen-2023-12';
/** Words of the sample packet's first internal note (editor guidance that must never reach journalists). */
const INTERNAL_NOTE_WORDS = 'tập huấn, đối thoại, tiếp đoàn nước ngoài';

let dataDir: string;
let services: Services;
/** What the app's printer received (in Electron: the system print dialog on a hidden window, see test/main/print.test.ts). */
const printed: Array<{ bytes: Uint8Array; copies: number }> = [];

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'spokesdesk-export-'));
  services = await openServices({
    dataDir,
    resourcesDir: path.resolve('resources'),
    appVersion: '0.0.0-test',
    printPdf: async (bytes, copies) => {
      printed.push({ bytes, copies });
      return true;
    },
  });
  const loaded = await dispatch(services.handlers, 'talkingPoints', 'loadSample', {});
  expect(loaded.ok).toBe(true);
});
afterAll(async () => {
  await services.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function exportPdf(input: unknown): Promise<PdfExport> {
  const result = await dispatch(services.handlers, 'export', 'pdf', input);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as PdfExport;
}

/** The PDF's text as pdftotext reads it, lines joined (headings and titles wrap). */
async function textOf(bytes: Uint8Array, name: string): Promise<string> {
  const file = path.join(dataDir, name);
  await writeFile(file, bytes);
  await run('qpdf', ['--check', file]);
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
  return stdout.normalize('NFC').replace(/\s+/g, ' ');
}

describe('export.pdf', () => {
  it('exports the briefing book with the title, internal notes and a report', async () => {
    const result = await exportPdf({ packetId: SAMPLE_PACKET_ID, profile: 'full' });
    expect(result.fileName).toBe('Cung cấp thông tin cho báo chí về công tác nhân quyền và thông tin đối ngoại tháng 12-2023 (dữ liệu - Bộ tài liệu họp báo.pdf'); // title cut at 100 characters, profile kept
    expect(result.report.profile).toBe('full');
    expect(result.report.pages).toBeGreaterThan(1);
    expect(result.report.missingGlyphs).toEqual([]);
    const text = await textOf(result.bytes, 'full.pdf');
    expect(text).toContain('công tác nhân quyền và thông tin đối ngoại');
    expect(text).toContain(INTERNAL_NOTE_WORDS);
  });

  it('exports the press handout without internal material and counts what it left out', async () => {
    const result = await exportPdf({ packetId: SAMPLE_PACKET_ID, profile: 'handout', watermark: 'never', cover: false, toc: false });
    expect(result.fileName.endsWith(' - Tài liệu cung cấp cho báo chí.pdf')).toBe(true);
    expect(result.report.profile).toBe('handout');
    expect(result.report.excluded.internalNotes).toBeGreaterThan(0);
    const text = await textOf(result.bytes, 'handout.pdf');
    expect(text).toContain('công tác nhân quyền và thông tin đối ngoại');
    expect(text).not.toContain(INTERNAL_NOTE_WORDS);
    expect(text).not.toContain('TÀI LIỆU NỘI BỘ');
    expect(text).not.toContain('DỰ THẢO');
  });

  it('lays out with margins and body size the user chose within the legal ranges of the preset, and refuses values outside them', async () => {
    const base = { packetId: SAMPLE_PACKET_ID, profile: 'handout', watermark: 'never', cover: false, toc: false } as const;
    const standard = await exportPdf(base);
    const wide = await exportPdf({ ...base, adjustments: { marginsMm: { left: 35, right: 20 }, bodySize: 13 } });
    // The body's left edge: the leftmost text on the last page (page 1 also holds the centred header block).
    const leftOf = (result: PdfExport) => Math.min(...(result.pages.at(-1)?.items ?? []).flatMap((item) => (item.kind === 'text' ? [item.x] : [])));
    expect(leftOf(wide)).toBeGreaterThan(leftOf(standard));
    const refused = await dispatch(services.handlers, 'export', 'pdf', { ...base, adjustments: { marginsMm: { left: 50 }, bodySize: 20 } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', details: { reason: 'layout_range' } } });
    if (!refused.ok) expect(refused.error.issues.map((issue) => issue.path[0]).sort()).toEqual(['bodySize', 'marginsMm.left']);
  });

  it('refuses an unknown packet and a malformed request', async () => {
    const missing = await dispatch(services.handlers, 'export', 'pdf', { packetId: 'no-such-packet', profile: 'full' });
    expect(missing.ok || missing.error.code).toBe('not_found');
    const malformed = await dispatch(services.handlers, 'export', 'pdf', { packetId: SAMPLE_PACKET_ID, profile: 'poster' });
    expect(malformed.ok || malformed.error.code).toBe('validation');
  });

  it('prints the press handout with the copies asked for, and nothing but the handout', async () => {
    const result = await dispatch(services.handlers, 'export', 'printHandout', { packetId: SAMPLE_PACKET_ID, copies: 250, watermark: 'never' });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value).toMatchObject({ copies: 250, printed: true });
    expect(printed).toHaveLength(1);
    expect(printed[0]?.copies).toBe(250);
    const text = await textOf(printed[0]?.bytes ?? new Uint8Array(), 'printed.pdf');
    expect(text).toContain('công tác nhân quyền và thông tin đối ngoại');
    expect(text).not.toContain(INTERNAL_NOTE_WORDS);
    for (const wrong of [{ copies: 0 }, { copies: 301 }, { copies: 2.5 }, { copies: 10, profile: 'full' }]) {
      const refused = await dispatch(services.handlers, 'export', 'printHandout', { packetId: SAMPLE_PACKET_ID, ...wrong });
      expect(refused.ok || refused.error.code, JSON.stringify(wrong)).toBe('validation');
    }
    expect(printed).toHaveLength(1);
  });
});
