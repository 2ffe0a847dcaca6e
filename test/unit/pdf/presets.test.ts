// Layout presets and Decree 30 details: legal ranges for adjustments, date lines with leading zeros, document numbers, Party header.
import { describe, expect, it } from 'vitest';
import { LayoutAdjustmentError, mm, resolveGeometry } from '../../../shared/pdf/adjust.js';
import { PRESETS } from '../../../shared/pdf/presets.js';
import { placeAndDate, withLeadingZero } from '../../../shared/pdf/vi-date.js';
import { canonicalExchange } from '../../fixtures/canonical-packet.js';
import { exportFixture, pdfText, savePdf } from './helpers.js';

describe('layout presets', () => {
  it('uses the Decree 30 defaults: A4, margins 20/20/30/15 mm, 14 pt, indent 1 cm, 6 pt after paragraphs', () => {
    const g = resolveGeometry(PRESETS.nd30);
    expect(g.width).toBeCloseTo(595.28, 1);
    expect(g.height).toBeCloseTo(841.89, 1);
    expect(g.margins).toEqual({ top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) });
    expect([g.bodySize, g.firstLineIndent, g.paragraphSpacing, g.lineSpacing]).toEqual([14, mm(10), 6, 1]);
  });

  it('accepts adjustments inside the legal ranges and names every one outside', () => {
    expect(resolveGeometry(PRESETS.nd30, { marginsMm: { left: 35 }, bodySize: 13, lineSpacing: 1.5 }).margins.left).toBeCloseTo(mm(35));
    try {
      resolveGeometry(PRESETS.nd30, { marginsMm: { left: 25, top: 30 }, bodySize: 12 });
      expect.unreachable('out-of-range adjustments must be refused');
    } catch (error) {
      expect(error).toBeInstanceOf(LayoutAdjustmentError);
      expect((error as LayoutAdjustmentError).issues.map((i) => i.field).sort()).toEqual(['bodySize', 'marginsMm.left', 'marginsMm.top']);
    }
  });

  it('writes the place and date line with Decree 30 leading zeros', () => {
    expect(placeAndDate('Hà Nội', '2023-12-07')).toBe('Hà Nội, ngày 07 tháng 12 năm 2023');
    expect(placeAndDate('Hà Nội', '2024-02-15')).toBe('Hà Nội, ngày 15 tháng 02 năm 2024');
    expect(placeAndDate('Huế', '2024-03-01')).toBe('Huế, ngày 01 tháng 3 năm 2024');
    expect(placeAndDate('', '2024-01-20')).toBe('Ngày 20 tháng 01 năm 2024');
    expect(withLeadingZero('5/BC-UBND')).toBe('05/BC-UBND');
    expect(withLeadingZero('15/QĐ-BNV')).toBe('15/QĐ-BNV');
  });

  it('prints the Party header: party title, issuer with "*", number with a hyphen, and warns on a state-style number', async () => {
    const fixture = canonicalExchange();
    fixture.packet.documentNumber = '57-BC/TU';
    const party = await exportFixture({ profile: 'handout', preset: 'party' }, fixture);
    const text = pdfText(savePdf(party.bytes, 'party'), 1);
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toMatch(/\n\*\n/);
    expect(text).toContain('Số 57-BC/TU');
    expect(text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(party.report.warnings).toEqual([]);
    fixture.packet.documentNumber = '57/BC-TU';
    const wrong = await exportFixture({ profile: 'handout', preset: 'party' }, fixture);
    expect(wrong.report.warnings).toContainEqual({ code: 'document_number_shape', detail: '57/BC-TU' });
  });

  it('reports a character the font lacks instead of dropping it', async () => {
    const fixture = canonicalExchange();
    const first = fixture.packet.sections[0]?.content.content?.[0];
    first?.content?.push({ type: 'text', text: ' ☃ ⅏' });
    const result = await exportFixture({ profile: 'handout' }, fixture);
    expect(result.report.missingGlyphs.map((m) => m.char).sort()).toEqual(['☃', '⅏'].sort());
    expect(result.report.missingGlyphs[0]?.firstPage).toBe(1);
  });
});
