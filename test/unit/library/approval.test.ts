// Approval and revisions on the sample library: review dates, content edits opening a new draft revision, metadata edits in place.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/ipc/errors.js';
import { approve, edit } from '../../../shared/library/approval.js';
import { QA_CONTENT_FIELDS, TALKING_POINT_CONTENT_FIELDS, isRevisionApproved, talkingPointRevision } from '../../../shared/library/content.js';
import { qaContentShape, qaItemSchema } from '../../../shared/model/qa-item.js';
import { docFromText } from '../../../shared/model/rich-text.js';
import { talkingPointContentShape, talkingPointSchema, type TalkingPoint } from '../../../shared/model/talking-point.js';
import { bundled, qaItem, talkingPoint } from './bundled.js';

const APPROVED_AT = '2023-12-11T16:00:00+07:00';
const LATER = '2024-01-20T09:15:00+07:00';

async function pillar(): Promise<TalkingPoint> {
  const point = talkingPoint(await bundled(), 'sample-tp-tru-cot-chu-truong');
  expect(point.approval).toMatchObject({ status: 'approved', approvedAt: APPROVED_AT });
  expect(point.reviewBy).toBe('2024-03-10');
  return point;
}

function asDraft(point: TalkingPoint, reviewBy: string | null): TalkingPoint {
  return { ...point, approval: { status: 'draft', approvedBy: null, approvedAt: null }, reviewBy };
}

describe('content fields', () => {
  it('are exactly what a revision freezes in the model', () => {
    expect([...TALKING_POINT_CONTENT_FIELDS].sort()).toEqual(Object.keys(talkingPointContentShape).sort());
    expect([...QA_CONTENT_FIELDS].sort()).toEqual(Object.keys(qaContentShape).sort());
  });
});

describe('approve', () => {
  it.each<[string, string | null, string, string]>([
    ['no review date: 90 days after the approval', null, LATER, '2024-04-19'],
    ['a review date the user chose in the future is kept', '2024-12-31', LATER, '2024-12-31'],
    ['a review date already reached is renewed', '2024-01-20', LATER, '2024-04-19'],
    ['the local date of the approval counts (late evening, +07:00)', null, '2024-01-31T23:30:00+07:00', '2024-04-30'],
  ])('%s', async (_name, reviewBy, now, expected) => {
    const approved = approve(asDraft(await pillar(), reviewBy), '  Trưởng phòng Thông tin đối ngoại ', now);
    expect(approved.approval).toEqual({ status: 'approved', approvedBy: 'Trưởng phòng Thông tin đối ngoại', approvedAt: now });
    expect(approved.reviewBy).toBe(expected);
    expect(approved.updatedAt).toBe(now);
    expect(talkingPointSchema.safeParse(approved).success).toBe(true);
  });

  it('takes an explicit review date over the rule', async () => {
    expect(approve(asDraft(await pillar(), null), 'A', LATER, { reviewBy: '2024-02-01' }).reviewBy).toBe('2024-02-01');
  });

  it('refuses an approval without an approver', async () => {
    const point = asDraft(await pillar(), null);
    const thrown = (() => {
      try {
        approve(point, ' \t', LATER);
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(thrown).toBeInstanceOf(AppError);
    expect(thrown).toMatchObject({ code: 'validation', details: { field: 'approvedBy' } });
  });
});

describe('edit', () => {
  it('freezes an approved point and opens revision 2 as a draft when its message changes', async () => {
    const point = await pillar();
    const message = docFromText('Bảo đảm quyền con người là chủ trương nhất quán của Đảng và Nhà nước Việt Nam.');
    const edited = edit(point, { message }, LATER);
    expect(edited.revision).toBe(2);
    expect(edited.approval).toEqual({ status: 'draft', approvedBy: null, approvedAt: null });
    expect(edited.message).toEqual(message);
    expect(edited.revisions).toHaveLength(1);
    expect(edited.revisions[0]).toMatchObject({ revision: 1, title: point.title, message: point.message, approvedBy: point.approval.approvedBy, approvedAt: APPROVED_AT, savedAt: LATER });
    expect(talkingPointRevision(edited, 1)?.message).toEqual(point.message);
    expect(isRevisionApproved(edited, 1)).toBe(true);
    expect(isRevisionApproved(edited, 2)).toBe(false);
    expect(talkingPointSchema.safeParse(edited).success).toBe(true);
  });

  it('re-approving revision 2 moves a default review date to 90 days after the new approval', async () => {
    const edited = edit(await pillar(), { title: 'Trụ cột 1: Chủ trương nhất quán' }, LATER);
    expect(edited.reviewBy).toBe('2024-03-10');
    const approved = approve(edited, 'Phó Giám đốc Sở', '2024-01-25T10:00:00+07:00');
    expect(approved.reviewBy).toBe('2024-04-24');
    expect(approved.revision).toBe(2);
  });

  it('changes a draft in place, however often', async () => {
    const draft = edit(await pillar(), { title: 'Bản sửa 1' }, LATER);
    const again = edit(draft, { title: 'Bản sửa 2', proofPoints: draft.proofPoints.slice(0, 2) }, '2024-01-21T08:00:00+07:00');
    expect(again.revision).toBe(2);
    expect(again.revisions).toHaveLength(1);
    expect(again.title).toBe('Bản sửa 2');
    expect(again.proofPoints).toHaveLength(2);
  });

  it.each<[string, Partial<TalkingPoint>]>([
    ['tags', { tags: ['nhan-quyen', 'moi'] }],
    ['review date', { reviewBy: '2024-06-30' }],
    ['audience and house role', { audience: 'foreign_press', houseRole: 'none' }],
    ['notes', { notes: 'Ghi chú nội bộ' }],
  ])('keeps the approval when only metadata changes (%s)', async (_name, changes) => {
    const point = await pillar();
    const edited = edit(point, changes, LATER);
    expect(edited.approval).toEqual(point.approval);
    expect(edited.revision).toBe(1);
    expect(edited.revisions).toEqual([]);
    expect(edited).toMatchObject(changes);
  });

  it('leaves a field given as undefined as it is', async () => {
    const point = await pillar();
    const edited = edit(point, { title: undefined, tags: ['moi'] }, LATER);
    expect(edited.title).toBe(point.title);
    expect(talkingPointSchema.safeParse(edited).success).toBe(true);
  });

  it('treats content set to an equal value (other key order) as no change', async () => {
    const point = await pillar();
    const sameProofPoints = point.proofPoints.map((p) => ({ source: p.source, textEn: p.textEn, text: p.text, id: p.id }));
    const edited = edit(point, { proofPoints: sameProofPoints, title: point.title }, LATER);
    expect(edited.revision).toBe(1);
    expect(edited.approval.status).toBe('approved');
  });

  it('opens a new Q&A revision for a new answer but not for a new sensitivity', async () => {
    const item = qaItem(await bundled(), 'sample-qa-hoi-nghi-tap-huan');
    const resensitised = edit(item, { sensitivity: 'sensitive', outlet: 'Reuters' }, LATER);
    expect(resensitised.revision).toBe(1);
    expect(resensitised.approval.status).toBe('approved');
    const reanswered = edit(item, { bridgingLines: ['Điều quan trọng là kết quả thực hiện.'] }, LATER);
    expect(reanswered.revision).toBe(2);
    expect(reanswered.approval.status).toBe('draft');
    expect(reanswered.revisions[0]).toMatchObject({ revision: 1, question: item.question, bridgingLines: item.bridgingLines, approvedBy: item.approval.approvedBy });
    expect(qaItemSchema.safeParse(reanswered).success).toBe(true);
  });
});
