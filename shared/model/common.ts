// Building blocks shared by every stored document: ids, dates, NFC text fields, the document envelope and approval.
import { z } from 'zod';

export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, { message: 'validation.id' });
export type Id = z.infer<typeof idSchema>;

/** A calendar date "YYYY-MM-DD" that exists (no 31/02). */
export const isoDateSchema = z.iso.date({ message: 'validation.date' });
export const isoDateTimeSchema = z.iso.datetime({ offset: true, message: 'validation.dateTime' });

/** A single-line text field: trimmed, NFC, bounded. */
export function line(max = 500) {
  return z.string().normalize('NFC').trim().max(max, { message: 'validation.tooLong' });
}

/** A required single-line text field. */
export function requiredLine(max = 500) {
  return line(max).min(1, { message: 'validation.required' });
}

/** Multi-line plain text: NFC, bounded, not trimmed inside. */
export function multiline(max = 20_000) {
  return z.string().normalize('NFC').max(max, { message: 'validation.tooLong' });
}

export const tagsSchema = z.array(requiredLine(80)).max(50).default([]);

export const audienceSchema = z.enum(['domestic_press', 'foreign_press', 'internal']);
export type Audience = z.infer<typeof audienceSchema>;

export const languageSchema = z.enum(['vi', 'en']);
export type Language = z.infer<typeof languageSchema>;

/** Fields every stored document carries. */
export function documentFields<V extends number>(schemaVersion: V) {
  return {
    id: idSchema,
    schemaVersion: z.literal(schemaVersion),
    createdAt: isoDateTimeSchema,
    updatedAt: isoDateTimeSchema,
  };
}

export const approvalSchema = z
  .object({
    status: z.enum(['draft', 'approved']),
    approvedBy: line(200).nullable().default(null),
    approvedAt: isoDateTimeSchema.nullable().default(null),
  })
  .strict()
  .refine((a) => a.status === 'draft' || (a.approvedBy !== null && a.approvedAt !== null), {
    message: 'validation.approvalIncomplete',
  });
export type Approval = z.infer<typeof approvalSchema>;

export const layoutPresetIdSchema = z.enum(['nd30', 'party']);
export type LayoutPresetId = z.infer<typeof layoutPresetIdSchema>;

/** Fields that a create/update payload may not set: the store assigns them. */
export const STORE_MANAGED = { id: true, schemaVersion: true, createdAt: true, updatedAt: true } as const;
