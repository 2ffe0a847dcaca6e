// Attachments on a real data folder: stored by content hash, oversized and executable files refused, removed files cleaned up, opening goes to the hook.
import { createHash } from 'node:crypto';
import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayFileName } from '../../../electron/services/attachments.js';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/ipc/features/directives.js';
import { call, directiveInput, failure, open, tempDir } from '../storage/helpers.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function withDirective(options: Parameters<typeof open>[1] = {}) {
  const dir = await tempDir();
  const { services } = await open(dir, options);
  const directive = await call(services, 'directives', 'create', { fields: directiveInput(1079) });
  return { dir, services, directive };
}

describe('directive attachments', () => {
  it('copies the file to attachments/<sha256>.<ext> and records its name, size, hash and type', async () => {
    const { dir, services, directive } = await withDirective();
    const updated = await call(services, 'directives', 'attach', {
      id: directive.id,
      fileName: 'C:\\fakepath\\Quyết định 1079.PDF'.normalize('NFD'),
      dataBase64: PDF.toString('base64'),
      expectedUpdatedAt: directive.updatedAt,
    });
    const hash = sha256(PDF);
    expect(updated.attachment).toEqual({
      fileName: 'Quyết định 1079.PDF',
      storedName: `${hash}.pdf`,
      size: PDF.length,
      sha256: hash,
      mimeType: 'application/pdf',
    });
    expect(await readFile(path.join(dir, 'attachments', `${hash}.pdf`))).toEqual(PDF);
    expect(await readdir(path.join(dir, 'attachments'))).toEqual([`${hash}.pdf`]);
    await services.close();
    const reopened = await open(dir);
    expect((await call(reopened.services, 'directives', 'get', { id: directive.id })).attachment?.storedName).toBe(`${hash}.pdf`);
  });

  it('stores the same content once for two directives and removes the file only when no directive uses it', async () => {
    const { dir, services, directive } = await withDirective();
    const other = await call(services, 'directives', 'create', { fields: directiveInput(1080) });
    const dataBase64 = PDF.toString('base64');
    await call(services, 'directives', 'attach', { id: directive.id, fileName: 'a.pdf', dataBase64 });
    await call(services, 'directives', 'attach', { id: other.id, fileName: 'b.pdf', dataBase64 });
    const folder = path.join(dir, 'attachments');
    expect(await readdir(folder)).toHaveLength(1);

    const removed = await call(services, 'directives', 'removeAttachment', { id: directive.id });
    expect(removed.attachment).toBeNull();
    expect(await readdir(folder)).toHaveLength(1);
    await call(services, 'directives', 'removeAttachment', { id: other.id });
    expect(await readdir(folder)).toEqual([]);
  });

  it('replacing an attachment removes the previous file', async () => {
    const { dir, services, directive } = await withDirective();
    await call(services, 'directives', 'attach', { id: directive.id, fileName: 'ban-cu.pdf', dataBase64: PDF.toString('base64') });
    const scan = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const updated = await call(services, 'directives', 'attach', { id: directive.id, fileName: 'ban-chup.png', dataBase64: scan.toString('base64') });
    expect(updated.attachment).toMatchObject({ fileName: 'ban-chup.png', mimeType: 'image/png', size: scan.length });
    expect(await readdir(path.join(dir, 'attachments'))).toEqual([`${sha256(scan)}.png`]);
  });

  it('refuses a file over the limit with too_large and stores nothing', async () => {
    const { dir, services, directive } = await withDirective();
    const oversized = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1, 0x25).toString('base64');
    const error = await failure(call(services, 'directives', 'attach', { id: directive.id, fileName: 'qua-lon.pdf', dataBase64: oversized }));
    expect(error.code).toBe('too_large');
    expect(await readdir(path.join(dir, 'attachments'))).toEqual([]);
    expect((await call(services, 'directives', 'get', { id: directive.id })).attachment).toBeNull();
  });

  it('refuses programs and unknown types, and payloads that are not base64', async () => {
    const { dir, services, directive } = await withDirective();
    for (const fileName of ['cai-dat.exe', 'lenh.bat', 'tep', 'trang.html', 'bao-cao.pdf.lnk']) {
      const error = await failure(call(services, 'directives', 'attach', { id: directive.id, fileName, dataBase64: PDF.toString('base64') }));
      expect(error, fileName).toMatchObject({ code: 'validation', issues: [{ path: ['fileName'], message: 'validation.attachmentType' }] });
    }
    const garbled = await failure(call(services, 'directives', 'attach', { id: directive.id, fileName: 'a.pdf', dataBase64: 'không phải base64' }));
    expect(garbled.code).toBe('validation');
    expect(await readdir(path.join(dir, 'attachments'))).toEqual([]);
  });

  it('refuses to attach over a newer version of the directive (conflict)', async () => {
    const { services, directive } = await withDirective();
    await call(services, 'directives', 'update', { id: directive.id, fields: directiveInput(1079, { notes: 'sửa ở nơi khác' }) });
    const error = await failure(
      call(services, 'directives', 'attach', { id: directive.id, fileName: 'a.pdf', dataBase64: PDF.toString('base64'), expectedUpdatedAt: directive.updatedAt }),
    );
    expect(error.code).toBe('conflict');
  });

  it('opens the stored file through the openAttachment hook, and says not_found when the file is gone', async () => {
    const opened: string[] = [];
    const { dir, services, directive } = await withDirective({ openAttachment: async (file) => void opened.push(file) });
    const withFile = await call(services, 'directives', 'attach', { id: directive.id, fileName: 'qd.pdf', dataBase64: PDF.toString('base64') });
    await call(services, 'directives', 'openAttachment', { id: directive.id });
    const stored = path.join(dir, 'attachments', withFile.attachment?.storedName ?? '');
    expect(opened).toEqual([stored]);

    await rm(stored);
    expect(await failure(call(services, 'directives', 'openAttachment', { id: directive.id }))).toMatchObject({ code: 'not_found', details: { file: 'qd.pdf' } });
    expect(opened).toHaveLength(1);
  });

  it('reports a directive without attachment or a failing opener as errors, and refuses to open without an opener', async () => {
    const { services, directive } = await withDirective({
      openAttachment: async () => {
        throw new Error('no application is associated with this file');
      },
    });
    expect((await failure(call(services, 'directives', 'openAttachment', { id: directive.id }))).code).toBe('not_found');
    await call(services, 'directives', 'attach', { id: directive.id, fileName: 'qd.pdf', dataBase64: PDF.toString('base64') });
    expect(await failure(call(services, 'directives', 'openAttachment', { id: directive.id }))).toMatchObject({ code: 'internal', details: { file: 'qd.pdf' } });

    const headless = await withDirective();
    await call(headless.services, 'directives', 'attach', { id: headless.directive.id, fileName: 'qd.pdf', dataBase64: PDF.toString('base64') });
    expect((await failure(call(headless.services, 'directives', 'openAttachment', { id: headless.directive.id }))).code).toBe('forbidden');
  });
});

describe('displayFileName', () => {
  it('keeps the last path segment, drops control and bidi characters, and shortens long names keeping the extension', () => {
    expect(displayFileName('/home/can-bo/Tài liệu/KL 57.pdf')).toBe('KL 57.pdf');
    expect(displayFileName('bao\u202Efdp.exe')).toBe('baofdp.exe');
    expect(displayFileName('a\u0000b\tc.pdf')).toBe('ab c.pdf');
    const long = displayFileName(`${'Nghị định '.repeat(40)}.docx`);
    expect(long.length).toBeLessThanOrEqual(255);
    expect(long.endsWith('….docx')).toBe(true);
  });
});
