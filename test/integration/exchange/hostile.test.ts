// Hostile exchange files: each refused with a typed error and a reason the UI translates, and the data folder left exactly as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXCHANGE_MAX_BYTES } from '../../../shared/exchange/safe-read.js';
import { contentHash } from '../../unit/ipc/folder-fingerprint.js';
import { SEED_DIRECTIVE } from '../../unit/ipc/examples.js';
import { openOffice, seedOffice, value, type Office } from './offices.js';

let office: Office;
let packetFile: Record<string, unknown>;
const encode = (text: string) => new TextEncoder().encode(text);

beforeAll(async () => {
  office = await openOffice();
  const { packetId } = await seedOffice(office);
  packetFile = JSON.parse(new TextDecoder().decode(value(await office.exchange('exportPacket', { id: packetId })).bytes)) as Record<string, unknown>;
  await office.services.flush();
});
afterAll(async () => {
  await office.close();
});

const withDirective = (change: Record<string, unknown>) => ({ ...packetFile, directives: [{ ...SEED_DIRECTIVE, ...change }] });
const text = (value: unknown) => encode(JSON.stringify(value));
const attachment = (fileName: string) => ({
  attachment: { fileName, storedName: `${'a'.repeat(64)}.pdf`, size: 10, sha256: 'b'.repeat(64), mimeType: 'application/pdf' },
});

const HOSTILE: Array<[string, () => Uint8Array, string, string]> = [
  ['empty file', () => new Uint8Array(0), 'validation', 'empty_file'],
  ['random bytes', () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256), 'validation', 'not_utf8'],
  ['text that is not JSON', () => encode('Kính gửi: Văn phòng'), 'validation', 'not_json'],
  ['truncated JSON', () => text(packetFile).slice(0, 500), 'validation', 'not_json'],
  ['a JSON array', () => text([packetFile]), 'validation', 'not_exchange_file'],
  ['a newer format version', () => text({ ...packetFile, formatVersion: 2 }), 'validation', 'unsupported_version'],
  ['a document newer than the app', () => text(withDirective({ schemaVersion: 99 })), 'validation', 'invalid_document'],
  ['wrong types', () => text({ ...packetFile, directives: 'dir-kl57', exportedAt: 12 }), 'validation', 'invalid_format'],
  ['a huge string', () => text(withDirective({ title: 'A'.repeat(2_000_000) })), 'validation', 'invalid_format'],
  ['an oversized file', () => new Uint8Array(EXCHANGE_MAX_BYTES + 1).fill(0x20), 'too_large', 'file_too_large'],
  ['nesting 100,000 levels deep', () => encode(`{"formatVersion":1,"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`), 'validation', 'too_deep'],
  ['unclosed nesting 100,000 levels deep', () => encode('['.repeat(100_000)), 'validation', 'too_deep'],
  ['a __proto__ key', () => encode(JSON.stringify(packetFile).replace('"kind":', '"__proto__":{"polluted":true},"kind":')), 'validation', 'forbidden_key'],
  ['a constructor key deep inside', () => text(withDirective({ notes: { constructor: { prototype: 1 } } })), 'validation', 'forbidden_key'],
  ['a missing referenced directive', () => text({ ...packetFile, directives: [] }), 'validation', 'invalid_format'],
  ['an attachment named ../../etc/passwd', () => text(withDirective(attachment('../../etc/passwd'))), 'validation', 'unsafe_attachment_name'],
  ['an absolute attachment path', () => text(withDirective(attachment('/etc/passwd'))), 'validation', 'unsafe_attachment_name'],
  ['a drive-letter attachment path', () => text(withDirective(attachment('C:\\Windows\\system.ini'))), 'validation', 'unsafe_attachment_name'],
  ['a NUL in an attachment name', () => text(withDirective(attachment('a.pdf\u0000.exe'))), 'validation', 'unsafe_attachment_name'],
  ['a reserved device name', () => text(withDirective(attachment('CON.pdf'))), 'validation', 'unsafe_attachment_name'],
  ['a stored name escaping attachments/', () => text(withDirective({ attachment: { ...attachment('a.pdf').attachment, storedName: '../x.pdf' } })), 'validation', 'invalid_format'],
  ['duplicate ids', () => text({ ...packetFile, directives: [SEED_DIRECTIVE, SEED_DIRECTIVE] }), 'validation', 'invalid_format'],
];

describe('a hostile exchange file', () => {
  it.each(HOSTILE)('%s → %s (%s), folder untouched', async (_name, bytes, code, reason) => {
    const before = await contentHash(office.dataDir);
    const result = await office.exchange('previewImport', { fileName: 'x.spokesdesk', bytes: bytes() });
    expect(result.ok ? 'accepted' : [result.error.code, result.error.details.reason]).toEqual([code, reason]);
    expect(!('polluted' in {})).toBe(true);
    expect(await contentHash(office.dataDir)).toBe(before);
  });

  it('the untouched export itself is accepted (the table above tests the mutations, not a broken base)', async () => {
    const result = await office.exchange('previewImport', { fileName: 'x.spokesdesk', bytes: text(packetFile) });
    expect(result.ok && result.value.counts.same).toBe(3);
  });
});
