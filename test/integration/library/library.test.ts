// Talking point, Q&A and template services on a real data folder: approval and revisions, usage in packets, the sample library, templates.
import { describe, expect, it } from 'vitest';
import type { TalkingPointFields } from '../../../shared/model/index.js';
import { docFromText } from '../../../shared/model/index.js';
import { packetFieldsOf } from '../../../shared/ipc/features/packets.js';
import { talkingPointFieldsOf } from '../../../shared/ipc/features/talking-points.js';
import { manualClock } from '../packets/fixtures.js';
import { call, directiveInput, failure, open, tempDir } from '../storage/helpers.js';

async function openAt(iso = '2024-01-10T09:00:00+07:00') {
  const clock = manualClock(iso);
  const dataDir = await tempDir();
  const { services } = await open(dataDir, { now: clock.now });
  return { services, clock, dataDir };
}

function pointFields(directiveId: string, overrides: Partial<TalkingPointFields> = {}) {
  return {
    title: 'Việt Nam bảo đảm quyền con người',
    message: docFromText('Việt Nam nhất quán bảo đảm và thúc đẩy quyền con người.'),
    proofPoints: [{ id: 'proof-00001', text: 'Đề án truyền thông về quyền con người 2023–2028', source: { kind: 'directive' as const, directiveId, excerpt: 'Điều 1' } }],
    topic: 'Quyền con người',
    houseRole: 'pillar' as const,
    tags: ['nhân quyền'],
    ...overrides,
  };
}

describe('talking points: approval and revisions', () => {
  it('approves with the approver and a review date 90 days on; a content edit opens revision 2 pending approval, the approved one kept', async () => {
    const { services, clock } = await openAt();
    const directive = await call(services, 'directives', 'create', { fields: directiveInput(1079) });
    const created = await call(services, 'talkingPoints', 'create', { fields: pointFields(directive.id) });
    expect(created).toMatchObject({ revision: 1, approval: { status: 'draft' }, revisions: [] });

    clock.advance(60_000);
    const approved = await call(services, 'talkingPoints', 'approve', { id: created.id, approvedBy: 'Nguyễn Văn A', expectedUpdatedAt: created.updatedAt });
    expect(approved.approval).toMatchObject({ status: 'approved', approvedBy: 'Nguyễn Văn A' });
    expect(approved.reviewBy).toBe('2024-04-09');

    // A metadata edit keeps the approval.
    clock.advance(60_000);
    const retagged = await call(services, 'talkingPoints', 'update', { id: created.id, fields: pointFields(directive.id, { tags: ['nhân quyền', 'TTĐN'] }), expectedUpdatedAt: approved.updatedAt });
    expect(retagged).toMatchObject({ revision: 1, approval: { status: 'approved' } });

    clock.advance(60_000);
    const edited = await call(services, 'talkingPoints', 'update', {
      id: created.id,
      fields: pointFields(directive.id, { message: docFromText('Việt Nam luôn nhất quán bảo đảm quyền con người.') }),
      expectedUpdatedAt: retagged.updatedAt,
    });
    expect(edited).toMatchObject({ revision: 2, approval: { status: 'draft', approvedBy: null } });
    expect(edited.revisions).toEqual([expect.objectContaining({ revision: 1, approvedBy: 'Nguyễn Văn A' })]);
    expect(await call(services, 'talkingPoints', 'get', { id: created.id })).toEqual(edited);

    const diff = await call(services, 'talkingPoints', 'compareRevisions', { id: created.id, from: 1, to: 2 });
    const message = diff.find((d) => d.field === 'message');
    expect(message?.changed).toBe(true);
    expect(message?.parts.filter((p) => p.op === 'insert').map((p) => p.text.trim())).toContain('luôn');
    expect(diff.find((d) => d.field === 'title')?.changed).toBe(false);

    expect((await failure(call(services, 'talkingPoints', 'compareRevisions', { id: created.id, from: 1, to: 5 }))).code).toBe('not_found');
    // The stale timestamp of revision 1 no longer matches.
    expect((await failure(call(services, 'talkingPoints', 'update', { id: created.id, fields: pointFields(directive.id), expectedUpdatedAt: approved.updatedAt }))).code).toBe('conflict');
  });

  it('refuses an approval without a name, and a proof point citing a directive the library does not hold', async () => {
    const { services } = await openAt();
    const directive = await call(services, 'directives', 'create', { fields: directiveInput(57) });
    const point = await call(services, 'talkingPoints', 'create', { fields: pointFields(directive.id) });
    expect((await failure(call(services, 'talkingPoints', 'approve', { id: point.id, approvedBy: '   ' }))).code).toBe('validation');
    const missing = await failure(call(services, 'talkingPoints', 'create', { fields: pointFields('no-such-directive') }));
    expect(missing.code).toBe('validation');
    expect(missing.issues[0]?.path).toEqual(['fields', 'proofPoints', 0, 'source', 'directiveId']);
  });

  it('deletes and puts back with undo', async () => {
    const { services } = await openAt();
    const directive = await call(services, 'directives', 'create', { fields: directiveInput(9) });
    const point = await call(services, 'talkingPoints', 'create', { fields: pointFields(directive.id) });
    const deleted = await call(services, 'talkingPoints', 'delete', { id: point.id });
    expect(await call(services, 'talkingPoints', 'list', {})).toEqual([]);
    await call(services, 'talkingPoints', 'undoDelete', { talkingPoint: deleted });
    expect(await call(services, 'talkingPoints', 'list', {})).toEqual([point]);
    expect((await failure(call(services, 'talkingPoints', 'undoDelete', { talkingPoint: deleted }))).code).toBe('conflict');
  });
});

describe('Q&A items', () => {
  it('approves and revises like talking points, and checks linked talking points exist', async () => {
    const { services } = await openAt();
    const fields = { question: 'Việt Nam có hạn chế tự do tôn giáo không?', answer: docFromText('Không. Hiến pháp 2013 bảo đảm quyền này.'), sensitivity: 'sensitive' as const, kind: 'rebuttal' as const };
    const item = await call(services, 'qa', 'create', { fields });
    const approved = await call(services, 'qa', 'approve', { id: item.id, approvedBy: 'Trần Thị B', reviewBy: '2024-02-01' });
    expect(approved.reviewBy).toBe('2024-02-01');
    const edited = await call(services, 'qa', 'update', { id: item.id, fields: { ...fields, bridgingLines: ['Điều quan trọng là sự thật.'] } });
    expect(edited).toMatchObject({ revision: 2, approval: { status: 'draft' } });
    const unknown = await failure(call(services, 'qa', 'update', { id: item.id, fields: { ...fields, talkingPointIds: ['missing-point'] } }));
    expect(unknown.issues[0]).toEqual({ path: ['fields', 'talkingPointIds', 0], message: 'library.validation.unknownTalkingPoint' });
  });
});

describe('sample library and usage', () => {
  it('loads the sample once (cited starter directives first), a second load adds nothing', async () => {
    const { services } = await openAt();
    expect(await call(services, 'talkingPoints', 'sampleStatus', {})).toEqual({ total: 16, present: 0 });
    const first = await call(services, 'talkingPoints', 'loadSample', {});
    expect(first.talkingPoints).toEqual({ added: 8, present: 0 });
    expect(first.qaItems).toEqual({ added: 8, present: 0 });
    expect(first.directives.added).toBeGreaterThanOrEqual(4);
    expect(first.packet.added).toBe(true);
    const directives = new Set((await call(services, 'directives', 'list', {})).map((d) => d.id));
    for (const id of ['starter-57-kl-tw', 'starter-1079-qd-ttg']) expect(directives.has(id), id).toBe(true);

    const point = await call(services, 'talkingPoints', 'get', { id: 'sample-tp-thong-diep-chu-dao' });
    const edited = await call(services, 'talkingPoints', 'update', { id: point.id, fields: { ...talkingPointFieldsOf(point), title: 'Đã sửa' } });
    const second = await call(services, 'talkingPoints', 'loadSample', {});
    expect(second).toEqual({ talkingPoints: { added: 0, present: 8 }, qaItems: { added: 0, present: 8 }, directives: { added: 0 }, packet: { added: false } });
    expect((await call(services, 'talkingPoints', 'get', { id: edited.id })).title).toBe('Đã sửa');
    expect(await call(services, 'talkingPoints', 'sampleStatus', {})).toEqual({ total: 16, present: 16 });
  });

  it('lists the packets carrying a talking point or Q&A item with the embedded revisions, and follows packet edits', async () => {
    const { services } = await openAt();
    await call(services, 'talkingPoints', 'loadSample', {});
    const usage = await call(services, 'talkingPoints', 'usage', { id: 'sample-tp-thong-diep-chu-dao' });
    expect(usage).toEqual([expect.objectContaining({ packetId: 'sample-packet-nhan-quyen-2023-12', status: 'draft', revisions: [expect.any(Number)] })]);
    const qaUsage = await call(services, 'qa', 'usage', { id: 'sample-qa-bat-giu-vi-ngon-luan' });
    expect(qaUsage.map((u) => u.packetId)).toEqual(['sample-packet-nhan-quyen-2023-12']);

    // A packet that drops the block no longer counts; a new packet that embeds it does.
    const sample = await call(services, 'packets', 'get', { id: 'sample-packet-nhan-quyen-2023-12' });
    const rest = packetFieldsOf(sample);
    const withoutPoints = rest.sections.map((section) => ({ ...section, content: { type: 'doc' as const, content: section.content.content.filter((n) => n.type !== 'talkingPointBlock') } }));
    await call(services, 'packets', 'save', { id: sample.id, fields: { ...rest, sections: withoutPoints } });
    expect(await call(services, 'talkingPoints', 'usage', { id: 'sample-tp-thong-diep-chu-dao' })).toEqual([]);
    const other = await call(services, 'packets', 'create', {
      fields: {
        title: 'Họp báo tháng 1',
        period: { kind: 'month', year: 2024, month: 1 },
        sections: [{ id: 'section-0001', title: 'Thông điệp', content: { type: 'doc', content: [{ type: 'talkingPointBlock', attrs: { talkingPointId: 'sample-tp-thong-diep-chu-dao', revision: 1 } }] } }],
      },
    });
    expect((await call(services, 'talkingPoints', 'usage', { id: 'sample-tp-thong-diep-chu-dao' })).map((u) => [u.packetId, u.revisions])).toEqual([[other.id, [1]]]);
    expect((await failure(call(services, 'talkingPoints', 'usage', { id: 'missing-point' }))).code).toBe('not_found');
  });
});

describe('templates', () => {
  it('lists the built-in templates read-only; duplicating makes an editable copy with new ids', async () => {
    const { services } = await openAt();
    const list = await call(services, 'templates', 'list', {});
    expect(list.filter((t) => t.builtIn)).toHaveLength(4);
    const builtIn = list.find((t) => t.id === 'builtin-hop-bao-thuong-ky');
    if (!builtIn) throw new Error('the regular press conference template is missing');
    const { id: _id, schemaVersion: _v, createdAt: _c, updatedAt: _u, ...fields } = builtIn;
    expect((await failure(call(services, 'templates', 'update', { id: builtIn.id, fields }))).code).toBe('forbidden');
    expect((await failure(call(services, 'templates', 'delete', { id: builtIn.id }))).code).toBe('forbidden');

    const copy = await call(services, 'templates', 'duplicate', { id: builtIn.id });
    expect(copy).toMatchObject({ builtIn: false, name: `${builtIn.name} (bản sao)`, periodicity: builtIn.periodicity });
    expect(copy.id).not.toBe(builtIn.id);
    expect(copy.sections.map((s) => s.title)).toEqual(builtIn.sections.map((s) => s.title));
    expect(copy.sections.some((s, i) => s.id === builtIn.sections[i]?.id)).toBe(false);

    const renamed = await call(services, 'templates', 'update', { id: copy.id, fields: { ...fields, name: 'Họp báo thường kỳ của Sở', builtIn: true }, expectedUpdatedAt: copy.updatedAt });
    expect(renamed).toMatchObject({ name: 'Họp báo thường kỳ của Sở', builtIn: false, createdAt: copy.createdAt });
    expect((await call(services, 'templates', 'list', {})).map((t) => t.id)).toContain(copy.id);

    const deleted = await call(services, 'templates', 'delete', { id: copy.id });
    expect((await call(services, 'templates', 'list', {})).some((t) => t.id === copy.id)).toBe(false);
    await call(services, 'templates', 'undoDelete', { template: deleted });
    expect((await call(services, 'templates', 'get', { id: copy.id })).name).toBe('Họp báo thường kỳ của Sở');
  });

  it('refuses a template whose variables repeat a name', async () => {
    const { services } = await openAt();
    const variable = { name: 'ky_bao_cao', label: 'Kỳ báo cáo' };
    const error = await failure(call(services, 'templates', 'create', { fields: { name: 'Mẫu thử', periodicity: { kind: 'monthly' }, variables: [variable, variable] } }));
    expect(error.code).toBe('validation');
    expect(error.issues).toContainEqual({ path: ['fields', 'variables', 1, 'name'], message: 'validation.duplicateVariable' });
  });
});
