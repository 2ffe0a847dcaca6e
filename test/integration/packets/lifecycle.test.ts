// Packet services on a real data folder: a packet from a built-in template, roll-forward, status steps and the lock, versions and restore, the export override.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packetFieldsOf } from '../../../shared/ipc/features/packets.js';
import type { RichDoc } from '../../../shared/model/index.js';
import { call, failure, open, tempDir } from '../storage/helpers.js';
import { manualClock, seedSample } from './fixtures.js';

const MONTHLY = 'builtin-thong-tin-dinh-ky-hang-thang';

function paragraph(text: string): RichDoc {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

async function openWithClock() {
  const clock = manualClock('2024-01-10T09:00:00+07:00');
  const dataDir = await tempDir();
  const { services } = await open(dataDir, { now: clock.now });
  return { services, clock, dataDir };
}

describe('creating packets', () => {
  it('makes a draft from a built-in template for a month with the form values, the period variable and defaults', async () => {
    const { services } = await openWithClock();
    const packet = await call(services, 'packets', 'createFromTemplate', {
      templateId: MONTHLY,
      period: { kind: 'month', year: 2024, month: 1 },
      variables: { nguoi_phat_ngon: 'Nguyễn Văn A', ngay_hop_bao: '2024-01-25' },
      by: 'Trần Thị B',
    });
    expect(packet.status).toBe('draft');
    expect(packet.templateId).toBe(MONTHLY);
    expect(packet.variables['ky_bao_cao']).toBe('01/2024');
    expect(packet.variables['nguoi_phat_ngon']).toBe('Nguyễn Văn A');
    expect(packet.briefingDate).toBe('2024-01-25');
    expect(packet.title).toContain('tháng 01/2024');
    expect(packet.sections.length).toBeGreaterThan(3);
    expect(packet.history).toEqual([expect.objectContaining({ action: 'created', by: 'Trần Thị B' })]);
    expect(await call(services, 'packets', 'get', { id: packet.id })).toEqual(packet);
    expect((await call(services, 'packets', 'list', {})).map((s) => s.id)).toEqual([packet.id]);
  });

  it('refuses an unknown template and an invalid variable name', async () => {
    const { services } = await openWithClock();
    const unknown = await failure(call(services, 'packets', 'createFromTemplate', { templateId: 'no-such-template', period: { kind: 'month', year: 2024, month: 1 } }));
    expect(unknown.code).toBe('not_found');
    const badName = await failure(
      call(services, 'packets', 'createFromTemplate', { templateId: MONTHLY, period: { kind: 'month', year: 2024, month: 1 }, variables: { 'Tên sai': 'x' } }),
    );
    expect(badName.code).toBe('validation');
    expect(await call(services, 'packets', 'list', {})).toEqual([]);
  });

  it('rolls the sample packet forward to January with variables moved and an attention list', async () => {
    const { services } = await openWithClock();
    const content = await seedSample(services);
    const sample = content.packet;
    const { packet, attention, names } = await call(services, 'packets', 'rollForward', { id: sample.id, by: 'Cán bộ TTĐN' });
    expect(packet.id).not.toBe(sample.id);
    expect(packet.previousPacketId).toBe(sample.id);
    expect(packet.period).toEqual({ kind: 'month', year: 2024, month: 1 });
    expect(packet.variables['ky_bao_cao']).toBe('01/2024');
    expect(packet.variables['ngay_hop_bao']).toBe('2024-01-15');
    expect(packet.status).toBe('draft');
    expect(packet.sections.map((s) => s.title)).toEqual(sample.sections.map((s) => s.title));
    expect(attention).toContainEqual(expect.objectContaining({ code: 'date_variable_moved', params: expect.objectContaining({ before: '2023-12-15', after: '2024-01-15' }) }));
    // This month's situation is not recurring: it starts again from the template's content; recurring sections are carried.
    const template = content.templates.find((t) => t.id === sample.templateId);
    sample.sections.forEach((section, index) => {
      const carried = packet.sections[index];
      const fromTemplate = template?.sections.find((s) => s.id === section.templateSectionId);
      expect(carried?.content).toEqual(section.recurring ? section.content : fromTemplate?.content);
    });
    expect(sample.sections.some((s) => !s.recurring)).toBe(true);
    for (const finding of attention.filter((f) => f.location.sectionId !== null)) {
      expect(packet.sections.map((s) => s.id)).toContain(finding.location.sectionId);
    }
    expect(names).toEqual(expect.objectContaining({ directives: expect.any(Object) }));
    // Both packets are stored; the source is untouched.
    expect((await call(services, 'packets', 'list', {})).map((s) => s.id).sort()).toEqual([sample.id, packet.id].sort());
    expect(await call(services, 'packets', 'get', { id: sample.id })).toEqual(sample);
  });
});

describe('status, approval and the lock', () => {
  it('goes draft → review → approved (approver and time, locked) → delivered, with a version at each step; reopening keeps one more', async () => {
    const { services, clock, dataDir } = await openWithClock();
    const created = await call(services, 'packets', 'createFromTemplate', { templateId: MONTHLY, period: { kind: 'month', year: 2024, month: 1 } });
    const edited = await call(services, 'packets', 'save', {
      id: created.id,
      fields: { ...packetFieldsOf(created), sections: created.sections.map((s, i) => (i === 0 ? { ...s, content: paragraph('Nội dung đã soạn.') } : s)) },
      expectedUpdatedAt: created.updatedAt,
    });
    clock.advance(60_000);
    const review = await call(services, 'packets', 'changeStatus', { id: edited.id, to: 'in_review', by: 'Cán bộ', expectedUpdatedAt: edited.updatedAt });
    expect(review.packet.status).toBe('in_review');
    expect(review.version).toEqual(expect.objectContaining({ number: 1, reason: 'status', status: 'in_review' }));

    const noApprover = await failure(call(services, 'packets', 'changeStatus', { id: edited.id, to: 'approved', by: '  ' }));
    expect(noApprover.code).toBe('validation');

    clock.advance(60_000);
    const approved = await call(services, 'packets', 'changeStatus', { id: edited.id, to: 'approved', by: 'Phó Giám đốc Lê Văn C' });
    expect(approved.packet).toEqual(expect.objectContaining({ status: 'approved', approvedBy: 'Phó Giám đốc Lê Văn C', approvedAt: approved.packet.updatedAt }));
    expect(approved.version.number).toBe(2);

    const locked = await failure(call(services, 'packets', 'save', { id: edited.id, fields: { ...packetFieldsOf(approved.packet), title: 'Sửa sau khi duyệt' } }));
    expect(locked.code).toBe('locked');
    expect((await failure(call(services, 'packets', 'delete', { id: edited.id }))).code).toBe('locked');
    expect((await failure(call(services, 'versions', 'restore', { packetId: edited.id, number: 1 }))).code).toBe('locked');
    expect((await failure(call(services, 'packets', 'changeStatus', { id: edited.id, to: 'draft' }))).code).toBe('conflict');

    const delivered = await call(services, 'packets', 'changeStatus', { id: edited.id, to: 'delivered', by: 'Văn thư' });
    expect(delivered.packet).toEqual(expect.objectContaining({ status: 'delivered', approvedBy: 'Phó Giám đốc Lê Văn C' }));

    const reopened = await call(services, 'packets', 'reopen', { id: edited.id, by: 'Cán bộ', note: 'Bổ sung số liệu' });
    expect(reopened.packet).toEqual(expect.objectContaining({ status: 'draft', approvedBy: null, approvedAt: null }));
    expect(reopened.version).toEqual(expect.objectContaining({ number: 4, reason: 'reopen', status: 'delivered' }));
    expect(reopened.packet.history.map((h) => h.action)).toEqual(['created', 'status', 'status', 'status', 'reopened']);
    expect(reopened.packet.history.at(-1)?.note).toBe('Bổ sung số liệu');
    await call(services, 'packets', 'save', { id: edited.id, fields: { ...packetFieldsOf(reopened.packet), title: 'Sửa sau khi mở lại' } });

    const files = await readdir(path.join(dataDir, 'versions', edited.id));
    expect(files.sort()).toEqual(['000001.json', '000002.json', '000003.json', '000004.json']);
    const listed = await call(services, 'versions', 'list', { packetId: edited.id });
    expect(listed.map((v) => [v.number, v.reason, v.status])).toEqual([
      [4, 'reopen', 'delivered'],
      [3, 'status', 'delivered'],
      [2, 'status', 'approved'],
      [1, 'status', 'in_review'],
    ]);
    expect(listed[2]?.wordCount).toBeGreaterThan(0);
  });

  it('refuses a stale save after a status step (the composer must reload)', async () => {
    const { services } = await openWithClock();
    const created = await call(services, 'packets', 'createFromTemplate', { templateId: MONTHLY, period: { kind: 'month', year: 2024, month: 2 } });
    await call(services, 'packets', 'changeStatus', { id: created.id, to: 'in_review' });
    const stale = await failure(call(services, 'packets', 'save', { id: created.id, fields: packetFieldsOf(created), expectedUpdatedAt: created.updatedAt }));
    expect(stale.code).toBe('conflict');
  });
});

describe('versions', () => {
  it('saves one on demand, compares it with the current packet section by section, and restores it after keeping the current state', async () => {
    const { services } = await openWithClock();
    const created = await call(services, 'packets', 'createFromTemplate', { templateId: MONTHLY, period: { kind: 'month', year: 2024, month: 3 } });
    const first = created.sections[0];
    if (!first) throw new Error('the template has sections');
    const v1Text = 'Tỉnh đã tổ chức 12 hội nghị tuyên truyền.';
    const withText = await call(services, 'packets', 'save', { id: created.id, fields: { ...packetFieldsOf(created), sections: [{ ...first, content: paragraph(v1Text) }, ...created.sections.slice(1)] } });
    const saved = await call(services, 'versions', 'create', { packetId: created.id, label: 'Bản gửi lãnh đạo', by: 'Cán bộ' });
    expect(saved.version).toEqual(expect.objectContaining({ number: 1, reason: 'manual', label: 'Bản gửi lãnh đạo' }));
    expect(saved.packet.history.at(-1)).toEqual(expect.objectContaining({ action: 'version_saved', note: 'Bản gửi lãnh đạo' }));

    const changed = await call(services, 'packets', 'save', {
      id: created.id,
      fields: { ...packetFieldsOf(withText), title: `${withText.title} (sửa)`, sections: [{ ...first, content: paragraph('Tỉnh đã tổ chức 15 hội nghị tuyên truyền.') }, ...created.sections.slice(1)] },
    });

    const diff = await call(services, 'versions', 'compare', { packetId: created.id, from: 1, to: null });
    expect(diff.changed).toBe(true);
    const section = diff.sections.find((s) => s.sectionId === first.id);
    expect(section?.change).toBe('changed');
    expect(section?.contentParts.filter((p) => p.op !== 'equal').map((p) => [p.op, p.text])).toEqual([
      ['delete', '12'],
      ['insert', '15'],
    ]);
    expect(diff.sections.filter((s) => s.sectionId !== first.id).every((s) => s.change === 'unchanged')).toBe(true);
    expect((await call(services, 'versions', 'compare', { packetId: created.id, from: 1, to: 1 })).changed).toBe(false);

    const restored = await call(services, 'versions', 'restore', { packetId: created.id, number: 1, by: 'Cán bộ' });
    expect(restored.version).toEqual(expect.objectContaining({ number: 2, reason: 'restore', title: changed.title }));
    expect(restored.packet.title).toBe(withText.title);
    expect(restored.packet.sections[0]?.content).toEqual(paragraph(v1Text));
    expect(restored.packet.history.at(-1)).toEqual(expect.objectContaining({ action: 'restored', note: '#1 Bản gửi lãnh đạo' }));
    // The state the restore replaced can itself be restored.
    const back = await call(services, 'versions', 'restore', { packetId: created.id, number: 2 });
    expect(back.packet.title).toBe(changed.title);
    expect((await failure(call(services, 'versions', 'get', { packetId: created.id, number: 9 }))).code).toBe('not_found');
  });
});

describe('export override', () => {
  it('records the reason, who and which print in the history, also on an approved packet', async () => {
    const { services } = await openWithClock();
    const created = await call(services, 'packets', 'createFromTemplate', { templateId: MONTHLY, period: { kind: 'month', year: 2024, month: 4 } });
    await call(services, 'packets', 'changeStatus', { id: created.id, to: 'in_review' });
    await call(services, 'packets', 'changeStatus', { id: created.id, to: 'approved', by: 'Lãnh đạo' });
    const empty = await failure(call(services, 'packets', 'recordExportOverride', { id: created.id, profile: 'handout', reason: '   ', by: 'Văn thư' }));
    expect(empty.code).toBe('validation');
    const packet = await call(services, 'packets', 'recordExportOverride', { id: created.id, profile: 'handout', reason: 'Lãnh đạo đồng ý in gấp, biến địa điểm bổ sung tay', by: 'Văn thư', errorCount: 2 });
    expect(packet.status).toBe('approved');
    expect(packet.history.at(-1)).toEqual(expect.objectContaining({ action: 'export_override', by: 'Văn thư', note: 'handout: Lãnh đạo đồng ý in gấp, biến địa điểm bổ sung tay (2)' }));
    expect((await call(services, 'packets', 'get', { id: created.id })).history.at(-1)?.action).toBe('export_override');
  });
});
