// Directive and settings handlers on a real data folder: ids and timestamps, sorting, conflicts, delete and undo, NFC, persistence.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shardFileName, shardOf } from '../../../electron/services/storage/collection-store.js';
import { SETTINGS_ID } from '../../../shared/model/index.js';
import { call, directiveInput, failure, open, tempDir } from './helpers.js';

const OFFSET_ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$/;

describe('directives', () => {
  it('creates with a new id, offset timestamps and the schema version, and reads it back after reopening', async () => {
    const dir = await tempDir();
    const { services } = await open(dir);
    const created = await call(services, 'directives', 'create', { fields: directiveInput(1079) });
    expect(created.id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(created.createdAt).toMatch(OFFSET_ISO);
    expect(created.updatedAt).toBe(created.createdAt);
    expect(created.schemaVersion).toBe(1);
    await services.close();
    const reopened = await open(dir);
    expect(await call(reopened.services, 'directives', 'get', { id: created.id })).toEqual(created);
  });

  it('stores Vietnamese text given in NFD as NFC, on disk too', async () => {
    const dir = await tempDir();
    const { services } = await open(dir);
    const title = 'tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới';
    const created = await call(services, 'directives', 'create', {
      fields: { type: 'Kết luận', symbol: '57-KL/TW', issuer: 'Bộ Chính trị'.normalize('NFD'), title: title.normalize('NFD'), issueDate: '2023-06-15' },
    });
    expect(created.title).toBe(title.normalize('NFC'));
    await services.close();
    const { services: again } = await open(dir);
    const [read] = await call(again, 'directives', 'list', {});
    expect(read?.title).toBe(title.normalize('NFC'));
    expect(read?.issuer).toBe('Bộ Chính trị'.normalize('NFC'));
    const shard = await readFile(path.join(dir, 'library', shardFileName('directives', shardOf(created.id, 16), 16)), 'utf8');
    expect(shard).toContain(title.normalize('NFC'));
    expect(shard).not.toContain(title.normalize('NFD'));
  });

  it('lists by issue date, newest first, undated last, then by symbol in natural order', async () => {
    const { services } = await open(await tempDir());
    const make = (symbol: string, issueDate: string | null) =>
      call(services, 'directives', 'create', { fields: { type: 'Quyết định', symbol, issueDate, title: 'x' } });
    await make('15/QĐ-BNV', '2020-01-01');
    await make('9/QĐ-TTg', '2023-06-15');
    await make('57/QĐ-TTg', '2023-06-15');
    await make('1/QĐ-TTg', null);
    await make('1079/QĐ-TTg', '2022-09-14');
    const list = await call(services, 'directives', 'list', {});
    expect(list.map((d) => d.symbol)).toEqual(['9/QĐ-TTg', '57/QĐ-TTg', '1079/QĐ-TTg', '15/QĐ-BNV', '1/QĐ-TTg']);
  });

  it('updates with a fresh timestamp and refuses a stale expectedUpdatedAt with a conflict', async () => {
    const { services } = await open(await tempDir(), { now: () => new Date('2026-01-15T02:00:00Z') });
    const created = await call(services, 'directives', 'create', { fields: directiveInput(1) });
    const updated = await call(services, 'directives', 'update', {
      id: created.id,
      fields: directiveInput(1, { title: 'sửa đổi' }),
      expectedUpdatedAt: created.updatedAt,
    });
    expect(updated.title).toBe('sửa đổi');
    expect(updated.createdAt).toBe(created.createdAt);
    expect(Date.parse(updated.updatedAt)).toBeGreaterThan(Date.parse(created.updatedAt));
    const stale = await failure(
      call(services, 'directives', 'update', { id: created.id, fields: directiveInput(1, { title: 'cũ' }), expectedUpdatedAt: created.updatedAt }),
    );
    expect(stale).toMatchObject({ code: 'conflict', details: { id: created.id, updatedAt: updated.updatedAt } });
    expect((await call(services, 'directives', 'get', { id: created.id })).title).toBe('sửa đổi');
  });

  it('answers not_found for an unknown id and validation for a bad symbol or a self-reference', async () => {
    const { services } = await open(await tempDir());
    expect(await failure(call(services, 'directives', 'get', { id: 'missing001' }))).toMatchObject({ code: 'not_found', details: { id: 'missing001' } });
    expect(await failure(call(services, 'directives', 'update', { id: 'missing001', fields: directiveInput(2) }))).toMatchObject({ code: 'not_found' });
    expect(await failure(call(services, 'directives', 'delete', { id: 'missing001' }))).toMatchObject({ code: 'not_found' });
    const bad = await failure(call(services, 'directives', 'create', { fields: directiveInput(3, { symbol: '57 KL/TW' }) }));
    expect(bad.code).toBe('validation');
    expect(bad.issues.map((i) => i.message)).toContain('validation.symbolFormat');
    const d = await call(services, 'directives', 'create', { fields: directiveInput(4) });
    const self = await failure(call(services, 'directives', 'update', { id: d.id, fields: directiveInput(4, { status: 'superseded', supersededBy: d.id }) }));
    expect(self).toMatchObject({ code: 'validation', issues: [{ path: ['fields', 'supersededBy'] }] });
  });

  it('deletes returning the directive, undoes the delete, and refuses an undo over an existing id', async () => {
    const dir = await tempDir();
    const { services } = await open(dir);
    const kept = await call(services, 'directives', 'create', { fields: directiveInput(5) });
    const doomed = await call(services, 'directives', 'create', { fields: directiveInput(6) });
    const deleted = await call(services, 'directives', 'delete', { id: doomed.id });
    expect(deleted).toEqual(doomed);
    expect((await call(services, 'directives', 'list', {})).map((d) => d.id)).toEqual([kept.id]);
    const restored = await call(services, 'directives', 'undoDelete', { directive: deleted });
    expect(restored).toEqual(doomed);
    expect(await failure(call(services, 'directives', 'undoDelete', { directive: deleted }))).toMatchObject({ code: 'conflict' });
    await services.close();
    const { services: again } = await open(dir);
    expect((await call(again, 'directives', 'list', {})).map((d) => d.id).sort()).toEqual([kept.id, doomed.id].sort());
  });

  it('refuses calls after close', async () => {
    const { services } = await open(await tempDir());
    await services.close();
    expect(await failure(call(services, 'directives', 'list', {}))).toMatchObject({ code: 'storage', details: { reason: 'closed' } });
  });
});

describe('settings', () => {
  it('starts from the schema defaults and writes settings.json on a fresh folder', async () => {
    const dir = await tempDir();
    const { services } = await open(dir);
    const settings = await call(services, 'settings', 'get', {});
    expect(settings).toMatchObject({ id: SETTINGS_ID, language: 'vi', backupKeep: 10, backupIntervalMinutes: 30, firstRunDone: false });
    await services.flush();
    expect(JSON.parse(await readFile(path.join(dir, 'settings.json'), 'utf8'))).toEqual(settings);
  });

  it('changes only the fields given, and keeps them across a reopen', async () => {
    const dir = await tempDir();
    const { services } = await open(dir);
    await call(services, 'settings', 'update', { fields: { agencyName: 'Ủy ban nhân dân tỉnh Hòa Bình', placeName: 'Hòa Bình' } });
    const updated = await call(services, 'settings', 'update', { fields: { language: 'en' } });
    expect(updated).toMatchObject({ language: 'en', agencyName: 'Ủy ban nhân dân tỉnh Hòa Bình', placeName: 'Hòa Bình' });
    expect(await failure(call(services, 'settings', 'update', { fields: { backupKeep: 0 } }))).toMatchObject({ code: 'validation' });
    await services.close();
    const { services: again } = await open(dir);
    expect(await call(again, 'settings', 'get', {})).toEqual(updated);
  });
});
