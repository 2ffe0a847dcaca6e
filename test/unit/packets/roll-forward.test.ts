// Roll-forward of the sample packet and variations: variables and dates moved, sections carried or reset, and the attention list.
import { describe, expect, it } from 'vitest';
import type { BundledContent } from '../../../shared/content/bundle.js';
import { edit } from '../../../shared/library/approval.js';
import { packetSchema, type Packet } from '../../../shared/model/packet.js';
import { emptyDoc } from '../../../shared/model/rich-text.js';
import { libraryOf } from '../../../shared/packets/library.js';
import { rollForward } from '../../../shared/packets/roll-forward.js';
import { cite, doc, excerpt, p, t } from '../../fixtures/rich.js';
import { bundled, sequentialIds, template } from '../library/bundled.js';

const JANUARY = '2024-01-05T09:00:00+07:00';

async function sample(): Promise<{ content: BundledContent; packet: Packet }> {
  const content = await bundled();
  return { content, packet: content.packet };
}

function withSection(packet: Packet, id: string, patch: Partial<Packet['sections'][number]>): Packet {
  return { ...packet, sections: packet.sections.map((s) => (s.id === id ? { ...s, ...patch } : s)) };
}

describe('rollForward', () => {
  it('prepares January from the December sample packet', async () => {
    const { content, packet } = await sample();
    const tpl = template(content, 'builtin-nhan-quyen-ttdn-hang-thang');
    const { packet: next, attention } = rollForward(packet, tpl, libraryOf(content), JANUARY, { ids: sequentialIds('jan'), by: 'Cán bộ TTĐN' });
    expect(packetSchema.safeParse(next).success).toBe(true);
    expect(next).toMatchObject({
      id: 'jan-000009',
      period: { kind: 'month', year: 2024, month: 1 },
      briefingDate: '2024-01-15',
      previousPacketId: packet.id,
      status: 'draft',
      approvedBy: null,
      title: packet.title,
      createdAt: JANUARY,
      history: [{ at: JANUARY, action: 'rolled_forward', by: 'Cán bộ TTĐN', note: '' }],
    });
    expect(next.variables).toEqual({ ...packet.variables, ky_bao_cao: '01/2024', ngay_hop_bao: '2024-01-15' });
    expect(next.sections.map((s) => s.id)).toEqual(packet.sections.map((_, i) => `jan-${String(i + 1).padStart(6, '0')}`));
    packet.sections.forEach((old, index) => {
      const carried = next.sections[index];
      const fromTemplate = tpl.sections.find((s) => s.id === old.templateSectionId);
      expect(carried?.title).toBe(old.title);
      expect(carried?.content, old.id).toEqual(old.recurring ? old.content : fromTemplate?.content);
    });
    expect(attention).toEqual([
      { severity: 'info', code: 'date_variable_moved', params: { name: 'ngay_hop_bao', before: '2023-12-15', after: '2024-01-15', moved: true }, location: { sectionId: null, path: [], pos: null } },
    ]);
  });

  it('lists stale points, superseded directives and last period’s figures when rolled forward years later', async () => {
    const { content, packet } = await sample();
    const quoted = content.directives.find((d) => d.id === 'starter-57-kl-tw')?.excerpts.find((e) => e.id === 'kl57-mo-dau')?.text ?? '';
    const withFigures = withSection(packet, 'pk-noi-bo', {
      content: doc(
        p(t('Năm 2023, toàn tỉnh tổ chức 12 hội nghị cho 1.500 lượt cán bộ; tỷ lệ hài lòng đạt 96,5%.')),
        { ...excerpt('starter-57-kl-tw', 'kl57-mo-dau'), content: [p(t(quoted))] },
        p(t('Theo '), cite('starter-103-2016-qh13'), t('.')),
      ),
    });
    const tpl = template(content, 'builtin-nhan-quyen-ttdn-hang-thang');
    const { attention } = rollForward(withFigures, tpl, libraryOf(content), '2026-11-26T09:00:00+07:00', { ids: sequentialIds() });
    const summary = attention.map((f) => [f.severity, f.code, f.location.sectionId, f.params['id'] ?? f.params['directiveId'] ?? f.params['figures'] ?? f.params['name']]);
    expect(summary).toContainEqual(['warning', 'stale_talking_point', 't-000003', 'sample-tp-thong-diep-chu-dao']);
    expect(summary).toContainEqual(['warning', 'stale_qa', 't-000005', 'sample-qa-bat-giu-vi-ngon-luan']);
    expect(summary).toContainEqual(['warning', 'figure_from_last_period', 't-000007', ['12', '1.500', '96,5%']]);
    expect(summary).toContainEqual(['warning', 'directive_superseded', 't-000007', 'starter-103-2016-qh13']);
    expect(attention.filter((f) => f.code === 'figure_from_last_period')).toHaveLength(1);
    expect(summary.filter((s) => s[2] === 't-000002' || s[2] === 't-000004' || s[2] === 't-000006')).toEqual([]);
  });

  it('flags a talking point edited in the library since insertion', async () => {
    const { content, packet } = await sample();
    const points = content.talkingPoints.map((tp) => (tp.id === 'sample-tp-tru-cot-nang-luc' ? edit(tp, { title: 'Trụ cột 3 (sửa)' }, '2024-01-02T08:00:00+07:00') : tp));
    const { attention } = rollForward(packet, null, libraryOf({ ...content, talkingPoints: points }), JANUARY, { ids: sequentialIds() });
    expect(attention.filter((f) => f.code === 'changed_in_library')).toEqual([
      { severity: 'warning', code: 'changed_in_library', params: { kind: 'talkingPoint', id: 'sample-tp-tru-cot-nang-luc', inserted: 1, current: 2, currentApproved: false }, location: { sectionId: 't-000003', path: [3], pos: 3 } },
    ]);
  });

  it('moves a literal period in the title and a quarter’s variables, clears the document number', async () => {
    const { content, packet } = await sample();
    const quarterly: Packet = { ...packet, title: 'Tài liệu họp báo quý IV/2023', documentNumber: '15/BC-UBND', period: { kind: 'quarter', year: 2023, quarter: 4 }, variables: { ...packet.variables, ky_bao_cao: 'IV/2023', ngay_hop_bao: '2023-12-20' }, briefingDate: '2023-12-20' };
    const { packet: next, attention } = rollForward(quarterly, null, libraryOf(content), JANUARY, { ids: sequentialIds() });
    expect(next).toMatchObject({ title: 'Tài liệu họp báo quý I/2024', documentNumber: '', period: { kind: 'quarter', year: 2024, quarter: 1 }, briefingDate: '2024-03-20' });
    expect(next.variables).toMatchObject({ ky_bao_cao: 'I/2024', ngay_hop_bao: '2024-03-20' });
    expect(attention.map((f) => f.code)).toEqual(['date_variable_moved', 'document_number_cleared']);
  });

  it('empties non-recurring sections without a template, keeps a date it cannot read and says so', async () => {
    const { content, packet } = await sample();
    const typed = { ...packet, variables: { ...packet.variables, ngay_hop_bao: '15/12/2023' } };
    const { packet: next, attention } = rollForward(typed, null, libraryOf(content), JANUARY, { ids: sequentialIds() });
    for (const [index, section] of next.sections.entries()) {
      expect(section.content).toEqual(packet.sections[index]?.recurring ? packet.sections[index]?.content : emptyDoc());
    }
    expect(next.variables['ngay_hop_bao']).toBe('15/12/2023');
    expect(attention[0]).toMatchObject({ severity: 'warning', code: 'date_variable_moved', params: { name: 'ngay_hop_bao', moved: false } });
  });

  it('prepares a chosen period instead of the next one', async () => {
    const { content, packet } = await sample();
    const { packet: next } = rollForward(packet, null, libraryOf(content), JANUARY, { ids: sequentialIds(), period: { kind: 'month', year: 2024, month: 3 } });
    expect(next.variables).toMatchObject({ ky_bao_cao: '3/2024', ngay_hop_bao: '2024-03-15' });
  });
});
