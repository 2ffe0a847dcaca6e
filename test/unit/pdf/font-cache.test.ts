// The export fonts are parsed once per process and shared by later exports, without one export's missing characters leaking into the next report.
import { describe, expect, it } from 'vitest';
import { format } from '../../../shared/citations/index.js';
import { exportPacketPdf } from '../../../shared/pdf/export.js';
import { loadExportFonts } from '../../../electron/services/pdf/fonts.js';
import { nodeDeflate } from '../../../electron/services/pdf/export-file.js';
import { canonicalExchange } from '../../fixtures/canonical-packet.js';
import { CREATED, RESOURCES } from './helpers.js';

describe('export fonts', () => {
  it('are loaded once and shared; a later export reports only the characters it lacks itself', async () => {
    const fonts = await loadExportFonts(RESOURCES, false);
    expect(await loadExportFonts(RESOURCES, false)).toBe(fonts);
    const deps = { fonts, formatCitation: format, appVersion: '0.1.0', write: { deflate: nodeDeflate } };
    const withSnowman = canonicalExchange();
    withSnowman.packet.sections[0]?.content.content?.[0]?.content?.push({ type: 'text', text: ' ☃' });
    const first = await exportPacketPdf(withSnowman, { profile: 'handout', createdAt: CREATED }, deps);
    expect(first.report.missingGlyphs.map((m) => m.char)).toEqual(['☃']);
    const second = await exportPacketPdf(canonicalExchange(), { profile: 'handout', createdAt: CREATED }, deps);
    expect(second.report.missingGlyphs).toEqual([]);
  });
});
