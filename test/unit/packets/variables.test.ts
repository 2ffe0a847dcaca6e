// Variables as printed: "{{name}}" placeholders filled from the packet (dates dd/mm/yyyy), unfilled names reported and left visible.
import { describe, expect, it } from 'vitest';
import { fillPlaceholders, printedVariableValue } from '../../../shared/packets/variables.js';
import { summarize } from '../../../electron/services/storage/packet-store.js';
import { bundled } from '../library/bundled.js';

describe('fillPlaceholders', () => {
  const packet = { variables: { ky_bao_cao: '12/2023', ngay_hop_bao: '2023-12-15', nguoi_phat_ngon: ' ' } };

  it('fills known names, writes a date variable dd/mm/yyyy, and leaves empty ones visible', () => {
    const unfilled: string[] = [];
    const text = fillPlaceholders('Tháng {{ky_bao_cao}}, ngày {{ ngay_hop_bao }}, {{nguoi_phat_ngon}}', packet, null, (n) => unfilled.push(n));
    expect(text).toBe('Tháng 12/2023, ngày 15/12/2023, {{nguoi_phat_ngon}}');
    expect(unfilled).toEqual(['nguoi_phat_ngon']);
  });

  it('takes a template default when the packet has no value', () => {
    const template = { variables: [{ name: 'co_quan', label: 'Cơ quan', labelEn: '', type: 'text' as const, default: 'UBND tỉnh', required: true }] };
    expect(printedVariableValue({ variables: {} }, template, 'co_quan')).toBe('UBND tỉnh');
  });

  it('gives packet lists the title as printed', async () => {
    const sample = (await bundled()).packet;
    expect(sample.title).toContain('{{ky_bao_cao}}');
    expect(summarize(sample).title).not.toContain('{{');
  });
});
