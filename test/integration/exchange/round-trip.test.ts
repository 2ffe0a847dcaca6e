// Export from one office, import into another: a fresh folder gets everything; later files update, conflict, repeat or arrive late.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../shared/ipc/features/exchange.js';
import type { Directive, Packet, TalkingPoint } from '../../../shared/model/index.js';
import { contentHash } from '../../unit/ipc/folder-fingerprint.js';
import { DIRECTIVE_FIELDS, SEED_DIRECTIVE_ID } from '../../unit/ipc/examples.js';
import { call, openOffice, seedOffice, value, type Office } from './offices.js';

let a: Office;
let b: Office;

beforeEach(async () => {
  [a, b] = await Promise.all([openOffice(), openOffice()]);
});
afterEach(async () => {
  await Promise.all([a.close(), b.close()]);
});

async function exportDirective(office: Office): Promise<Uint8Array> {
  return value(await office.exchange('exportLibrary', { directiveIds: [SEED_DIRECTIVE_ID] })).bytes;
}

async function preview(office: Office, bytes: Uint8Array): Promise<ImportPreview> {
  return value(await office.exchange('previewImport', { fileName: 'x.spokesdesk', bytes }));
}

function statusOf(p: ImportPreview, id: string): string | undefined {
  return p.items.find((i) => i.id === id)?.status;
}

async function editDirective(office: Office, title: string): Promise<Directive> {
  return (await call(office, 'directives', 'update', { id: SEED_DIRECTIVE_ID, fields: { ...DIRECTIVE_FIELDS, title } })) as Directive;
}

describe('exchange between two offices', () => {
  it('carries a packet with everything it references into a fresh folder, and the copy equals the original', async () => {
    const { packetId, talkingPointId } = await seedOffice(a);
    const file = value(await a.exchange('exportPacket', { id: packetId }));
    expect(file.fileName).toBe('Tài liệu họp báo định kỳ tháng 11-2026.spokesdesk');
    const json = JSON.parse(new TextDecoder().decode(file.bytes)) as { kind: string; directives: unknown[]; talkingPoints: unknown[] };
    expect(json.kind).toBe('packet');
    expect([json.directives.length, json.talkingPoints.length]).toEqual([1, 1]);

    const before = await contentHash(b.dataDir);
    const p = await preview(b, file.bytes);
    expect(await contentHash(b.dataDir), 'a preview writes nothing').toBe(before);
    expect(p.counts).toEqual({ new: 3, update: 0, same: 0, conflict: 0, older: 0 });
    expect(p.fileKind).toBe('packet');

    const result = value(await b.exchange('applyImport', { token: p.token, resolutions: {} }));
    expect(result.counts).toEqual({ added: 3, updated: 0, copied: 0, keptMine: 0, skipped: 0 });
    expect(await call(b, 'packets', 'get', { id: packetId })).toEqual(await call(a, 'packets', 'get', { id: packetId }));
    expect(await call(b, 'talkingPoints', 'get', { id: talkingPointId })).toEqual(await call(a, 'talkingPoints', 'get', { id: talkingPointId }));
    expect(await call(b, 'directives', 'get', { id: SEED_DIRECTIVE_ID })).toEqual(await call(a, 'directives', 'get', { id: SEED_DIRECTIVE_ID }));

    // The same file again: everything is already there.
    const again = await preview(b, file.bytes);
    expect(again.counts).toEqual({ new: 0, update: 0, same: 3, conflict: 0, older: 0 });
    const reused = await b.exchange('applyImport', { token: p.token, resolutions: {} });
    expect(reused.ok ? null : reused.error.details.reason, 'a token is used once').toBe('import_expired');
  });

  it('exports the whole library, and a selection with the directives it cites', async () => {
    const { talkingPointId } = await seedOffice(a);
    const all = JSON.parse(new TextDecoder().decode(value(await a.exchange('exportLibrary', { all: true })).bytes)) as Record<string, unknown[]>;
    expect([all.directives?.length, all.talkingPoints?.length, all.templates?.length]).toEqual([1, 1, 0]);
    const chosen = value(await a.exchange('exportLibrary', { talkingPointIds: [talkingPointId] }));
    const p = await preview(b, chosen.bytes);
    expect(p.items.map((i) => [i.kind, i.status])).toEqual([
      ['directive', 'new'],
      ['talkingPoint', 'new'],
    ]);
    const missing = await a.exchange('exportLibrary', { talkingPointIds: ['unknownPoint01'] });
    expect(missing.ok || missing.error.code).toBe('not_found');
  });

  it('updates an unchanged local copy, skips same and older files, and reports a conflict when both sides changed', async () => {
    await seedOffice(a);
    const v1 = await exportDirective(a);
    value(await b.exchange('applyImport', { token: (await preview(b, v1)).token, resolutions: {} }));

    await editDirective(a, 'nâng cao chất lượng thông tin đối ngoại (sửa lần 1)');
    const v2 = await exportDirective(a);
    const p2 = await preview(b, v2);
    expect(statusOf(p2, SEED_DIRECTIVE_ID)).toBe('update');
    value(await b.exchange('applyImport', { token: p2.token, resolutions: {} }));
    expect(((await call(b, 'directives', 'get', { id: SEED_DIRECTIVE_ID })) as Directive).title).toContain('sửa lần 1');

    expect(statusOf(await preview(b, v2), SEED_DIRECTIVE_ID)).toBe('same');
    expect(statusOf(await preview(b, v1), SEED_DIRECTIVE_ID)).toBe('older');

    await editDirective(b, 'bản của văn phòng B');
    await editDirective(a, 'bản của văn phòng A');
    const v3 = await exportDirective(a);
    const p3 = await preview(b, v3);
    expect(statusOf(p3, SEED_DIRECTIVE_ID)).toBe('conflict');

    const before = await contentHash(b.dataDir);
    const unresolved = await b.exchange('applyImport', { token: p3.token, resolutions: {} });
    expect(unresolved.ok ? null : [unresolved.error.code, unresolved.error.details.reason]).toEqual(['validation', 'unresolved_conflict']);
    expect(await contentHash(b.dataDir), 'a refused apply writes nothing').toBe(before);

    value(await b.exchange('applyImport', { token: p3.token, resolutions: { [SEED_DIRECTIVE_ID]: 'mine' } }));
    expect(((await call(b, 'directives', 'get', { id: SEED_DIRECTIVE_ID })) as Directive).title).toBe('bản của văn phòng B');

    const p4 = await preview(b, v3);
    expect(statusOf(p4, SEED_DIRECTIVE_ID), 'keeping mine does not make their version "shared"').toBe('conflict');
    const taken = value(await b.exchange('applyImport', { token: p4.token, resolutions: { [SEED_DIRECTIVE_ID]: 'theirs' } }));
    expect(taken.counts.updated).toBe(1);
    expect(((await call(b, 'directives', 'get', { id: SEED_DIRECTIVE_ID })) as Directive).title).toBe('bản của văn phòng A');
  });

  it("keeps both on request: the copy gets a new id and ' (bản nhập)', and the imported packet and point cite the copy", async () => {
    const { packetId, talkingPointId } = await seedOffice(a);
    await seedOffice(b).catch(() => undefined);
    await editDirective(b, 'bản của văn phòng B');
    await editDirective(a, 'bản của văn phòng A');
    const file = value(await a.exchange('exportPacket', { id: packetId }));
    const p = await preview(b, file.bytes);
    expect(statusOf(p, SEED_DIRECTIVE_ID)).toBe('conflict');
    const result = value(await b.exchange('applyImport', { token: p.token, resolutions: { [SEED_DIRECTIVE_ID]: 'both' } }));
    const copy = result.copies.find((c) => c.kind === 'directive');
    expect(copy?.fromId).toBe(SEED_DIRECTIVE_ID);
    const copyId = copy?.toId ?? '';
    expect(((await call(b, 'directives', 'get', { id: SEED_DIRECTIVE_ID })) as Directive).title).toBe('bản của văn phòng B');
    expect(((await call(b, 'directives', 'get', { id: copyId })) as Directive).title).toBe('bản của văn phòng A (bản nhập)');
    const packet = (await call(b, 'packets', 'get', { id: packetId })) as Packet;
    expect(JSON.stringify(packet.sections)).toContain(`"directiveId":"${copyId}"`);
    expect(JSON.stringify(packet.sections)).not.toContain(`"directiveId":"${SEED_DIRECTIVE_ID}"`);
    const point = (await call(b, 'talkingPoints', 'get', { id: talkingPointId })) as TalkingPoint;
    expect(point.proofPoints[0]?.source).toMatchObject({ kind: 'directive', directiveId: copyId });
    const check = value(await b.exchange('exportPacket', { id: packetId }));
    expect(check.bytes.length, 'the imported packet still exports: every reference resolves').toBeGreaterThan(0);
  });
});
