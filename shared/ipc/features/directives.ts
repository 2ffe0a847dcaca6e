// Directive library channels: list, read, create, update, delete and undo, bulk upsert of pasted citations, the starter registry, attachments.
import { z } from 'zod';
import { directiveFieldsSchema, directiveSchema, idSchema, isoDateTimeSchema, type Directive } from '../../model/index.js';
import { channel } from '../define.js';
import type { BridgeError } from '../errors.js';

/** The largest file that can be attached to a directive (it is copied into the data folder and into every backup). */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

/** Documents and scans only: an attachment is opened with the system's default program, so nothing executable is taken. */
export const ATTACHMENT_TYPES = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  rtf: 'application/rtf',
  txt: 'text/plain',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odp: 'application/vnd.oasis.opendocument.presentation',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  webp: 'image/webp',
} as const;
export type AttachmentExtension = keyof typeof ATTACHMENT_TYPES;

/** The allowed extension of a file name, lower-cased ("Nghị định 09.PDF" → "pdf"), or null. */
export function attachmentExtension(fileName: string): AttachmentExtension | null {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(fileName.trim());
  const ext = match?.[1]?.toLowerCase();
  return ext !== undefined && Object.hasOwn(ATTACHMENT_TYPES, ext) ? (ext as AttachmentExtension) : null;
}

/** Base64 characters of MAX_ATTACHMENT_BYTES; payloads up to twice that reach the service, which answers too_large. */
const MAX_BASE64_CHARS = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;

/** Per-item result of `upsertMany`: each item is applied completely or not at all. */
export type UpsertOutcome =
  | { index: number; status: 'created' | 'updated' | 'unchanged'; directive: Directive }
  | { index: number; status: 'failed'; error: BridgeError };

export interface UpsertManyResult {
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  /** One entry per input item, in input order. */
  outcomes: UpsertOutcome[];
}

export interface StarterStatus {
  /** Directives in the bundled starter registry. */
  total: number;
  /** How many of them the library already holds (same id, or the same document under another id). */
  present: number;
}

export interface StarterImportResult {
  added: Directive[];
  /** Starter directives skipped because the library already held them. */
  present: number;
}

export const directivesChannels = {
  list: channel<Directive[]>()(z.object({}).strict()),
  get: channel<Directive>()(z.object({ id: idSchema }).strict()),
  create: channel<Directive>()(z.object({ fields: directiveFieldsSchema }).strict()),
  /** `expectedUpdatedAt` guards against overwriting an edit made elsewhere (conflict error). */
  update: channel<Directive>()(
    z.object({ id: idSchema, fields: directiveFieldsSchema, expectedUpdatedAt: isoDateTimeSchema.optional() }).strict(),
  ),
  delete: channel<Directive>()(z.object({ id: idSchema }).strict()),
  /** Puts back a directive returned by `delete` (undo). */
  undoDelete: channel<Directive>()(z.object({ directive: directiveSchema }).strict()),
  /**
   * Adds directives (pasted citations, imports); an item naming a document the library holds (same type + symbol +
   * issuer) updates it with the fields it brings instead of adding it twice. Each item's `fields` is validated with
   * the directive schema on its own, so one bad item fails alone.
   */
  upsertMany: channel<UpsertManyResult>()(
    z.object({ items: z.array(z.object({ fields: z.record(z.string(), z.unknown()) }).strict()).min(1).max(500) }).strict(),
  ),
  /** How many directives the bundled starter registry has and how many of them are in the library. */
  starterStatus: channel<StarterStatus>()(z.object({}).strict()),
  /** Adds the bundled starter registry; directives already in the library are not added again. */
  importStarter: channel<StarterImportResult>()(z.object({}).strict()),
  /** Copies a file into the data folder (attachments/<sha256>.<ext>) and attaches it, replacing any previous one. */
  attach: channel<Directive>()(
    z
      .object({
        id: idSchema,
        fileName: z.string().min(1).max(1000),
        dataBase64: z.base64().max(2 * MAX_BASE64_CHARS),
        expectedUpdatedAt: isoDateTimeSchema.optional(),
      })
      .strict(),
  ),
  removeAttachment: channel<Directive>()(z.object({ id: idSchema, expectedUpdatedAt: isoDateTimeSchema.optional() }).strict()),
  /** Opens the attached file with the system's default program. */
  openAttachment: channel<null>()(z.object({ id: idSchema }).strict()),
};
