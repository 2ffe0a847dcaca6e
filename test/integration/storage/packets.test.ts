// Packets: one file each, read back identical after reopening, locked once approved, a summary index kept in step with the files.
import { readFile, rm, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../../shared/ipc/contract.js';
import { PACKET_VERSION_SCHEMA_VERSION, type Packet, type PacketVersion, type RichDoc } from '../../../shared/model/index.js';
import { call, failure, open, tempDir } from './helpers.js';

type PacketFieldsInput = InputOf<'packets', 'create'>['fields'];

const BODY: RichDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Tình hình công tác nhân quyền trong tháng' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Thực hiện ' },
        { type: 'citation', attrs: { directiveId: 'dir0000057', pinpoint: 'Điều 2' } },
        { type: 'text', text: ', kỳ ' },
        { type: 'variable', attrs: { name: 'ky_bao_cao' } },
        { type: 'text', text: ' đạt kết quả tốt.', marks: [{ type: 'bold' }, { type: 'italic' }] },
      ],
    },
    {
      type: 'orderedList',
      attrs: { start: 1, listStyle: 'lower-alpha' },
      content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Tỷ lệ hộ nghèo giảm còn 2,93%' }] }] }],
    },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            { type: 'tableHeader', attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Chỉ tiêu' }] }] },
            { type: 'tableCell', attrs: { colspan: 1, rowspan: 1, colwidth: [120] }, content: [{ type: 'paragraph', content: [{ type: 'text', text: '98%' }] }] },
          ],
        },
      ],
    },
    { type: 'talkingPointBlock', attrs: { talkingPointId: 'tp00000001', revision: 2 } },
    { type: 'internalNote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Chỉ dùng nội bộ' }] }] },
  ],
};

function fields(title: string): PacketFieldsInput {
  return {
    title,
    period: { kind: 'month', year: 2026, month: 1 },
    briefingDate: '2026-01-28',
    variables: { ky_bao_cao: 'tháng 01 năm 2026' },
    sections: [
      { id: 'sec0000001', title: 'I. THÔNG BÁO', content: BODY },
      { id: 'sec0000002', title: 'II. TRẢ LỜI CÂU HỎI', internalOnly: true, content: { type: 'doc', content: [{ type: 'paragraph' }] } },
    ],
  };
}

function editable(packet: Packet): PacketFieldsInput {
  const { id: _id, schemaVersion: _v, createdAt: _c, updatedAt: _u, status: _s, approvedBy: _b, approvedAt: _a, history: _h, ...rest } = packet;
  return rest;
}

describe('packets', () => {
  it('reads a saved packet back identical after reopening, NFD input stored as NFC', async () => {
    const dir = await tempDir();
    const { services } = await open(dir);
    const created = await call(services, 'packets', 'create', { fields: fields('Họp báo thường kỳ tháng 01/2026'.normalize('NFD')) });
    expect(created.title).toBe('Họp báo thường kỳ tháng 01/2026'.normalize('NFC'));
    expect(created).toMatchObject({ status: 'draft', history: [{ action: 'created' }] });
    const saved = await call(services, 'packets', 'save', { id: created.id, fields: { ...editable(created), documentNumber: '15/BC-UBND' }, expectedUpdatedAt: created.updatedAt });
    await services.close();

    const { services: again } = await open(dir);
    const read = await call(again, 'packets', 'get', { id: created.id });
    expect(read).toEqual(saved);
    expect(JSON.parse(await readFile(path.join(dir, 'packets', `${created.id}.json`), 'utf8'))).toEqual(saved);
  });

  it('lists summaries with word counts, newest change first, kept up to date by saves and deletes', async () => {
    const dir = await tempDir();
    const { services } = await open(dir);
    const a = await call(services, 'packets', 'create', { fields: fields('Tháng 1') });
    const b = await call(services, 'packets', 'create', { fields: fields('Tháng 2') });
    await call(services, 'packets', 'save', { id: a.id, fields: { ...editable(a), title: 'Tháng 1 (sửa)' } });
    const list = await call(services, 'packets', 'list', {});
    expect(list.map((s) => s.title)).toEqual(['Tháng 1 (sửa)', 'Tháng 2']);
    expect(list[0]).toMatchObject({ id: a.id, status: 'draft', period: { kind: 'month', year: 2026, month: 1 }, briefingDate: '2026-01-28' });
    // Heading 8, paragraph 7 (citation and variable nodes carry no text), list 7, table 3, internal note 4.
    expect(list[0]?.wordCount).toBe(29);
    await call(services, 'packets', 'delete', { id: b.id });
    expect((await call(services, 'packets', 'list', {})).map((s) => s.id)).toEqual([a.id]);
    await services.close();
    const index = JSON.parse(await readFile(path.join(dir, 'packets', 'index.json'), 'utf8')) as { entries: Array<{ summary: { id: string; title: string } }> };
    expect(index.entries.map((e) => e.summary.title)).toEqual(['Tháng 1 (sửa)']);
  });

  it('puts a packet deleted in this session back exactly once, and nothing the page makes up', async () => {
    const { services } = await open(await tempDir());
    const packet = await call(services, 'packets', 'create', { fields: fields('Tháng 3') });
    await call(services, 'packets', 'delete', { id: packet.id });
    expect(await call(services, 'packets', 'undoDelete', { id: packet.id })).toEqual(packet);
    expect(await call(services, 'packets', 'get', { id: packet.id })).toEqual(packet);
    expect((await call(services, 'packets', 'list', {})).map((s) => s.id)).toEqual([packet.id]);
    expect(await failure(call(services, 'packets', 'undoDelete', { id: packet.id }))).toMatchObject({ code: 'not_found' });
    const other = await call(services, 'packets', 'create', { fields: fields('Tháng 4') });
    expect(await failure(call(services, 'packets', 'undoDelete', { id: other.id }))).toMatchObject({ code: 'not_found' });
    await services.close();
  });

  it('repairs a missing or stale index from the packet files at open', async () => {
    const dir = await tempDir();
    const { services } = await open(dir);
    await call(services, 'packets', 'create', { fields: fields('Tháng 1') });
    const b = await call(services, 'packets', 'create', { fields: fields('Tháng 2') });
    await services.close();
    const fileB = path.join(dir, 'packets', `${b.id}.json`);
    await writeFile(fileB, JSON.stringify({ ...b, title: 'Tháng 2 — bản sửa ngoài ứng dụng' }));
    expect((await call((await open(dir)).services, 'packets', 'list', {})).map((s) => s.title).sort()).toEqual(['Tháng 1', 'Tháng 2 — bản sửa ngoài ứng dụng']);
  });

  it('rebuilds the index when it is deleted', async () => {
    const dir = await tempDir();
    const first = await open(dir);
    const a = await call(first.services, 'packets', 'create', { fields: fields('Tháng 1') });
    await first.services.close();
    await rm(path.join(dir, 'packets', 'index.json'));
    const { services } = await open(dir);
    expect((await call(services, 'packets', 'list', {})).map((s) => s.id)).toEqual([a.id]);
  });

  it('refuses to save or delete an approved or delivered packet, and a save based on a stale copy', async () => {
    const { services } = await open(await tempDir());
    const draft = await call(services, 'packets', 'create', { fields: fields('Tháng 1') });
    const saved = await call(services, 'packets', 'save', { id: draft.id, fields: editable(draft), expectedUpdatedAt: draft.updatedAt });
    expect(await failure(call(services, 'packets', 'save', { id: draft.id, fields: editable(draft), expectedUpdatedAt: draft.updatedAt }))).toMatchObject({
      code: 'conflict',
      details: { updatedAt: saved.updatedAt },
    });
    for (const status of ['approved', 'delivered'] as const) {
      await services.stores().packets.put({ ...saved, status, approvedBy: 'Chánh Văn phòng', approvedAt: saved.updatedAt });
      expect(await failure(call(services, 'packets', 'save', { id: draft.id, fields: editable(saved) }))).toMatchObject({ code: 'locked', details: { status } });
      expect(await failure(call(services, 'packets', 'delete', { id: draft.id }))).toMatchObject({ code: 'locked' });
    }
    expect(await failure(call(services, 'packets', 'get', { id: 'nosuchpacket' }))).toMatchObject({ code: 'not_found' });
  });

  it('recovers a damaged packet file from the newest backup when it is opened', async () => {
    const dir = await tempDir();
    const { services } = await open(dir);
    const packet = await call(services, 'packets', 'create', { fields: fields('Tháng 1') });
    const backup = await call(services, 'system', 'createBackup', {});
    await services.close();
    await truncate(path.join(dir, 'packets', `${packet.id}.json`), 100);
    const reopened = await open(dir);
    expect(await call(reopened.services, 'packets', 'get', { id: packet.id })).toEqual(packet);
    expect(await call(reopened.services, 'system', 'storageIncidents', {})).toMatchObject([{ file: `packets/${packet.id}.json`, restoredFrom: backup.id }]);
  });

  it('stores versions under versions/<packetId>/ and reads them back; a number is never overwritten', async () => {
    const dir = await tempDir();
    const { services } = await open(dir);
    const packet = await call(services, 'packets', 'create', { fields: fields('Tháng 1') });
    const versions = services.stores().versions;
    const base: Omit<PacketVersion, 'number'> = {
      id: 'ver0000001',
      schemaVersion: PACKET_VERSION_SCHEMA_VERSION,
      createdAt: packet.createdAt,
      updatedAt: packet.createdAt,
      packetId: packet.id,
      reason: 'status',
      label: 'Trình duyệt',
      by: 'Nguyễn Văn A',
      status: 'in_review',
      title: packet.title,
      documentNumber: '',
      variables: packet.variables,
      sections: packet.sections,
    };
    expect(await versions.nextNumber(packet.id)).toBe(1);
    await versions.add({ ...base, number: 1 });
    await versions.add({ ...base, id: 'ver0000002', number: 2, reason: 'manual', label: '' });
    await expect(versions.add({ ...base, number: 2 })).rejects.toMatchObject({ code: 'conflict' });
    await services.close();
    const reopened = (await open(dir)).services.stores().versions;
    const listed = await reopened.list(packet.id);
    expect(listed.map((v) => v.number)).toEqual([1, 2]);
    expect(listed[0]).toEqual({ ...base, number: 1 });
    expect(await reopened.get(packet.id, 3)).toBeUndefined();
    expect(await reopened.list('nosuchpacket')).toEqual([]);
  });
});
