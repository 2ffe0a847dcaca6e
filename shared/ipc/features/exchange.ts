// Exchange channels: export a packet or library items to one .spokesdesk file, and import one in two steps (preview, then apply).
import { z } from 'zod';
import { idSchema } from '../../model/index.js';
import type { ExchangeItemKind, MergeStatus } from '../../exchange/merge.js';
import type { ImportCounts } from '../../exchange/resolve.js';
import { channel } from '../define.js';

export interface ExchangeFileBytes {
  /** "<title>.spokesdesk", safe on every file system. */
  fileName: string;
  /** UTF-8 JSON in the documented exchange format. */
  bytes: Uint8Array;
}

export interface ImportPreviewItem {
  kind: ExchangeItemKind;
  id: string;
  status: MergeStatus;
  label: string;
  /** The local document's label when it differs from `label` (renamed on either side), else null. */
  localLabel: string | null;
  incomingUpdatedAt: string;
  localUpdatedAt: string | null;
}

export interface ImportPreview {
  /** Hands the previewed file to applyImport; valid until applied or replaced by a later preview. */
  token: string;
  fileName: string;
  fileKind: 'packet' | 'library';
  exportedAt: string;
  items: ImportPreviewItem[];
  counts: Record<MergeStatus, number>;
}

export interface ImportResult {
  counts: ImportCounts;
  /** Incoming documents kept beside local ones ("both"), under their new ids. */
  copies: Array<{ kind: ExchangeItemKind; fromId: string; toId: string }>;
}

const idList = z.array(idSchema).max(100_000);

export const exchangeChannels = {
  /** The packet with every directive, talking point, Q&A item and template it references. */
  exportPacket: channel<ExchangeFileBytes>()(z.object({ id: idSchema }).strict()),
  /** Chosen library items, or the whole library (built-in templates are never exported: every office has them). */
  exportLibrary: channel<ExchangeFileBytes>()(
    z.union([
      z.object({ all: z.literal(true) }).strict(),
      z.object({ directiveIds: idList.optional(), talkingPointIds: idList.optional(), qaIds: idList.optional(), templateIds: idList.optional() }).strict(),
    ]),
  ),
  /** Reads and classifies a file; writes nothing. Refused: AppError('too_large' | 'validation', { reason }). */
  previewImport: channel<ImportPreview>()(
    z.object({ fileName: z.string().max(1000), bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array, { message: 'validation.bytes' }) }).strict(),
  ),
  /** Writes the previewed file; every conflict needs a resolution (by document id). */
  applyImport: channel<ImportResult>()(
    z
      .object({
        token: z.string().regex(/^[A-Za-z0-9_-]{6,64}$/),
        resolutions: z.record(idSchema, z.enum(['mine', 'theirs', 'both'])).default({}),
      })
      .strict(),
  ),
};
