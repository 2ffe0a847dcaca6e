// A packet from a template: sections and variables as the sample packet has them, new ids, and what preflight says about a fresh one.
import { describe, expect, it } from 'vitest';
import { packetSchema } from '../../../shared/model/packet.js';
import { createPacketFromTemplate, defaultPacketTitle } from '../../../shared/packets/create.js';
import { libraryOf } from '../../../shared/packets/library.js';
import { preflight } from '../../../shared/packets/preflight.js';
import { bundled, sequentialIds, template } from '../library/bundled.js';

const NOW = '2023-12-11T08:30:00+07:00';
const HUMAN_RIGHTS = 'builtin-nhan-quyen-ttdn-hang-thang';

describe('createPacketFromTemplate', () => {
  it('builds the sample packet’s structure from the human-rights template', async () => {
    const content = await bundled();
    const tpl = template(content, HUMAN_RIGHTS);
    const packet = createPacketFromTemplate(tpl, { kind: 'month', year: 2023, month: 12 }, { ngay_hop_bao: '2023-12-15', nguoi_phat_ngon: ' Nguyễn Văn A ' }, NOW, sequentialIds('pk'));
    expect(packetSchema.safeParse(packet).success).toBe(true);
    expect(packet.id).toBe('pk-000001');
    expect(packet.sections.map((s) => s.id)).toEqual(tpl.sections.map((_, i) => `pk-${String(i + 2).padStart(6, '0')}`));
    const shape = (s: { title: string; internalOnly: boolean; recurring: boolean; auto: unknown }) => [s.title, s.internalOnly, s.recurring, s.auto];
    expect(packet.sections.map(shape)).toEqual(content.packet.sections.map(shape));
    expect(packet.sections.map((s) => s.templateSectionId)).toEqual(content.packet.sections.map((s) => s.templateSectionId));
    expect(packet.sections.map((s) => s.content)).toEqual(tpl.sections.map((s) => s.content));
    expect(Object.keys(packet.variables).sort()).toEqual(Object.keys(content.packet.variables).sort());
    expect(packet.variables).toMatchObject({ ky_bao_cao: '12/2023', ngay_hop_bao: '2023-12-15', nguoi_phat_ngon: 'Nguyễn Văn A', co_quan: '' });
    expect(packet).toMatchObject({ title: `${tpl.name} – tháng 12/2023`, templateId: HUMAN_RIGHTS, briefingDate: '2023-12-15', status: 'draft', layoutPreset: 'nd30', previousPacketId: null });
    expect(packet.history).toEqual([{ at: NOW, action: 'created', by: '', note: '' }]);
    packet.sections[0]?.content.content.push({ type: 'horizontalRule' });
    expect(tpl.sections[0]?.content).not.toEqual(packet.sections[0]?.content);
  });

  it('takes a title the user typed, and a quarter’s value for a period variable', async () => {
    const tpl = template(await bundled(), 'builtin-hop-bao-dinh-ky-hang-quy');
    const packet = createPacketFromTemplate(tpl, { kind: 'quarter', year: 2023, quarter: 4 }, {}, NOW, sequentialIds(), { title: 'Họp báo quý IV/2023', by: 'Cán bộ A' });
    expect(packet.title).toBe('Họp báo quý IV/2023');
    expect(packet.variables['ky_bao_cao']).toBe('IV/2023');
    expect(packet.briefingDate).toBeNull();
    expect(packet.history[0]?.by).toBe('Cán bộ A');
    expect(defaultPacketTitle({ name: 'x'.repeat(500) }, { kind: 'quarter', year: 2023, quarter: 4 })).toHaveLength(500);
  });

  it('leaves a fresh packet with unfilled variables and the template’s "…" marks for preflight to list', async () => {
    const content = await bundled();
    const tpl = template(content, 'builtin-thong-tin-dinh-ky-hang-thang');
    const packet = createPacketFromTemplate(tpl, { kind: 'month', year: 2023, month: 12 }, {}, NOW, sequentialIds());
    const findings = preflight(packet, libraryOf(content), 'handout', '2023-12-11');
    const unfilled = new Set(findings.filter((f) => f.code === 'unfilled_variable').map((f) => f.params['name']));
    expect([...unfilled].sort()).toEqual(['chuc_vu_nguoi_phat_ngon', 'co_quan', 'dia_diem', 'lien_he_nguoi_phat_ngon', 'ngay_hop_bao', 'nguoi_phat_ngon']);
    expect(findings.filter((f) => f.code === 'unfilled_variable').every((f) => f.severity === 'error')).toBe(true);
    const placeholders = findings.filter((f) => f.code === 'placeholder_text').map((f) => f.location.sectionId);
    expect(new Set(placeholders)).toEqual(new Set(['t-000003', 't-000004', 't-000005', 't-000006']));
    expect(findings.some((f) => f.location.sectionId === 't-000007')).toBe(false);
  });
});
