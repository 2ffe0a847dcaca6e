// Files attached to directives: stored once by content hash under attachments/, written atomically, removed when unused.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, attachmentExtension } from '../../shared/ipc/features/directives.js';
import { AppError } from '../../shared/ipc/errors.js';
import type { Attachment } from '../../shared/model/index.js';
import { errorCode, writeFileAtomic } from './storage/atomic-file.js';
import { LAYOUT } from './storage/data-folder.js';

const MAX_NAME_LENGTH = 255;

/** Bytes a base64 string decodes to, computed from its length (the payload is checked before it is decoded). */
export function base64ByteLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

/**
 * The name shown for an attached file: its last path segment (a browser may send "C:\fakepath\…"), NFC, without control
 * characters, at most 255 characters with its extension kept.
 */
export function displayFileName(name: string): string {
  const base = name.normalize('NFC').split(/[/\\]/).pop() ?? '';
  // Control characters and bidi overrides could disguise the extension in the UI.
  const clean = base.replace(/\s+/g, ' ').replace(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu, '').trim();
  if (clean.length <= MAX_NAME_LENGTH) return clean;
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 && clean.length - dot <= 9 ? clean.slice(dot) : '';
  return `${clean.slice(0, MAX_NAME_LENGTH - ext.length - 1).trimEnd()}…${ext}`;
}

export function attachmentPath(dataDir: string, storedName: string): string {
  return path.join(dataDir, LAYOUT.attachments, storedName);
}

function typeError(): AppError {
  return new AppError('validation', {}, [{ path: ['fileName'], message: 'validation.attachmentType' }]);
}

/**
 * Checks a file sent by the renderer and copies it to attachments/<sha256>.<ext> (skipped when that exact content is
 * there already). Refuses files over MAX_ATTACHMENT_BYTES (too_large) and types that are not documents or scans.
 */
export async function storeAttachment(dataDir: string, fileName: string, dataBase64: string): Promise<Attachment> {
  const shownName = displayFileName(fileName);
  const ext = attachmentExtension(shownName);
  if (!ext) throw typeError();
  const declared = base64ByteLength(dataBase64);
  if (declared > MAX_ATTACHMENT_BYTES) throw new AppError('too_large', { size: String(declared), limit: String(MAX_ATTACHMENT_BYTES) });
  const bytes = Buffer.from(dataBase64, 'base64');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const storedName = `${sha256}.${ext}`;
  const target = attachmentPath(dataDir, storedName);
  const existing = await fs.stat(target).catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  });
  if (existing?.size !== bytes.length) {
    await fs.mkdir(path.dirname(target), { recursive: true });
    await writeFileAtomic(target, bytes);
  }
  return { fileName: shownName, storedName, size: bytes.length, sha256, mimeType: ATTACHMENT_TYPES[ext] };
}

/** Removes a stored file that no directive refers to any more (a missing file is not an error). */
export async function removeAttachmentFile(dataDir: string, storedName: string): Promise<void> {
  await fs.rm(attachmentPath(dataDir, storedName), { force: true });
}

/** The stored file of an attachment, checked to exist and to be a type that may be opened; throws not_found otherwise. */
export async function openableAttachmentPath(dataDir: string, attachment: Attachment): Promise<string> {
  if (!attachmentExtension(attachment.storedName)) throw typeError();
  const file = attachmentPath(dataDir, attachment.storedName);
  const stat = await fs.stat(file).catch(() => null);
  if (!stat?.isFile()) throw new AppError('not_found', { file: attachment.fileName });
  return file;
}
