// Status steps on the sample packet: review, approval (locks, records approver), delivery, reopen with a version, manual versions and restore.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/ipc/errors.js';
import { packetSchema, packetVersionSchema, type Packet, type PacketStatus } from '../../../shared/model/packet.js';
import { PACKET_TRANSITIONS, assertEditable, canTransition, changeStatus, isLocked, reopen, restoreVersion, saveVersion, type PacketAction } from '../../../shared/packets/status.js';
import { bundled } from '../library/bundled.js';

let versionNumber = 0;
function action(now: string, by = 'Trưởng phòng', note?: string): PacketAction {
  versionNumber++;
  return { by, now, version: { id: `version-${String(versionNumber).padStart(4, '0')}`, number: versionNumber }, ...(note === undefined ? {} : { note }) };
}

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return null;
}

const STATUSES: PacketStatus[] = ['draft', 'in_review', 'approved', 'delivered'];

describe('packet status', () => {
  it.each(STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as const)))('%s → %s allowed only along the workflow', (from, to) => {
    const allowed = (from === 'draft' && to === 'in_review') || (from === 'in_review' && (to === 'draft' || to === 'approved')) || (from === 'approved' && to === 'delivered');
    expect(canTransition(from, to)).toBe(allowed);
    expect(PACKET_TRANSITIONS[from].includes(to)).toBe(allowed);
  });

  it('walks the sample packet from draft to delivered, saving a version at each step, and locks it on approval', async () => {
    const draft = (await bundled()).packet;
    versionNumber = 0;
    const review = changeStatus(draft, 'in_review', action('2023-12-12T09:00:00+07:00', 'Cán bộ A', 'Gửi duyệt'));
    expect(review.packet).toMatchObject({ status: 'in_review', approvedBy: null, updatedAt: '2023-12-12T09:00:00+07:00' });
    expect(review.packet.history.at(-1)).toEqual({ at: '2023-12-12T09:00:00+07:00', action: 'status', by: 'Cán bộ A', note: 'Gửi duyệt' });
    expect(isLocked(review.packet)).toBe(false);

    const approved = changeStatus(review.packet, 'approved', action('2023-12-13T16:00:00+07:00', ' Giám đốc Sở '));
    expect(approved.packet).toMatchObject({ status: 'approved', approvedBy: 'Giám đốc Sở', approvedAt: '2023-12-13T16:00:00+07:00' });
    expect(approved.version).toMatchObject({ id: 'version-0002', number: 2, packetId: draft.id, reason: 'status', status: 'approved', by: 'Giám đốc Sở', title: draft.title });
    expect(approved.version.sections).toEqual(draft.sections);
    expect(packetVersionSchema.safeParse(approved.version).success).toBe(true);
    expect(isLocked(approved.packet)).toBe(true);
    expect(thrown(() => assertEditable(approved.packet))).toMatchObject({ code: 'locked', details: { status: 'approved' } });

    const delivered = changeStatus(approved.packet, 'delivered', action('2023-12-15T11:00:00+07:00', 'Văn thư'));
    expect(delivered.packet).toMatchObject({ status: 'delivered', approvedBy: 'Giám đốc Sở' });
    expect(packetSchema.safeParse(delivered.packet).success).toBe(true);
  });

  it('refuses a step the status does not allow (someone moved it meanwhile) and an approval without a name', async () => {
    const draft = (await bundled()).packet;
    expect(thrown(() => changeStatus(draft, 'approved', action('2023-12-12T09:00:00+07:00')))).toMatchObject({ code: 'conflict', details: { status: 'draft', to: 'approved' } });
    const review = changeStatus(draft, 'in_review', action('2023-12-12T09:00:00+07:00')).packet;
    const error = thrown(() => changeStatus(review, 'approved', action('2023-12-12T10:00:00+07:00', '  ')));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'validation' });
    expect(thrown(() => reopen(draft, action('2023-12-12T09:00:00+07:00')))).toMatchObject({ code: 'conflict' });
  });

  it('reopens an approved packet as a draft and keeps what was approved as a version', async () => {
    const draft = (await bundled()).packet;
    const review = changeStatus(draft, 'in_review', action('2023-12-12T09:00:00+07:00')).packet;
    const approved = changeStatus(review, 'approved', action('2023-12-13T16:00:00+07:00', 'Giám đốc Sở')).packet;
    const reopened = reopen(approved, action('2023-12-14T08:00:00+07:00', 'Cán bộ A', 'Cập nhật số liệu'));
    expect(reopened.packet).toMatchObject({ status: 'draft', approvedBy: null, approvedAt: null, updatedAt: '2023-12-14T08:00:00+07:00' });
    expect(reopened.packet.history.at(-1)).toMatchObject({ action: 'reopened', by: 'Cán bộ A', note: 'Cập nhật số liệu' });
    expect(reopened.version).toMatchObject({ reason: 'reopen', status: 'approved', sections: approved.sections });
    expect(isLocked(reopened.packet)).toBe(false);
  });

  it('saves a labelled version on demand and restores it, keeping what it replaces', async () => {
    const draft: Packet = (await bundled()).packet;
    const saved = saveVersion(draft, action('2023-12-12T09:00:00+07:00', 'Cán bộ A'), '  Trước khi sửa số liệu ');
    expect(saved.version).toMatchObject({ reason: 'manual', label: 'Trước khi sửa số liệu', status: 'draft' });
    expect(saved.packet.history.at(-1)).toMatchObject({ action: 'version_saved', note: 'Trước khi sửa số liệu' });
    const changed: Packet = { ...saved.packet, title: 'Tiêu đề mới', sections: saved.packet.sections.slice(1) };
    const restored = restoreVersion(changed, saved.version, action('2023-12-12T10:00:00+07:00', 'Cán bộ A'));
    expect(restored.packet.title).toBe(draft.title);
    expect(restored.packet.sections).toEqual(draft.sections);
    expect(restored.version).toMatchObject({ reason: 'restore', title: 'Tiêu đề mới' });
    expect(restored.packet.history.at(-1)).toMatchObject({ action: 'restored', note: `#${saved.version.number} Trước khi sửa số liệu` });
    const approvedPacket: Packet = { ...changed, status: 'approved', approvedBy: 'A', approvedAt: '2023-12-12T11:00:00+07:00' };
    expect(thrown(() => restoreVersion(approvedPacket, saved.version, action('2023-12-12T12:00:00+07:00')))).toMatchObject({ code: 'locked' });
    expect(thrown(() => restoreVersion({ ...changed, id: 'another-packet' }, saved.version, action('2023-12-12T12:00:00+07:00')))).toMatchObject({ code: 'validation' });
  });
});
