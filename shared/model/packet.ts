// Packet (bộ tài liệu họp báo): one briefing for one period, rich-text sections with live references, status and history.
import { z } from 'zod';
import { documentFields, idSchema, isoDateSchema, isoDateTimeSchema, layoutPresetIdSchema, line, multiline, requiredLine } from './common.js';
import { richDocSchema } from './rich-text.js';
import { autoContentSchema } from './template.js';

export const PACKET_SCHEMA_VERSION = 1;

export const periodSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('month'), year: z.number().int().min(1990).max(2200), month: z.number().int().min(1).max(12) }).strict(),
  z.object({ kind: z.literal('quarter'), year: z.number().int().min(1990).max(2200), quarter: z.number().int().min(1).max(4) }).strict(),
  z.object({ kind: z.literal('week'), year: z.number().int().min(1990).max(2200), week: z.number().int().min(1).max(53) }).strict(),
  z.object({ kind: z.literal('date'), date: isoDateSchema }).strict(),
]);
export type Period = z.infer<typeof periodSchema>;

export const packetSectionSchema = z
  .object({
    id: idSchema,
    title: requiredLine(300),
    templateSectionId: idSchema.nullable().default(null),
    internalOnly: z.boolean().default(false),
    recurring: z.boolean().default(true),
    guidance: multiline(5000).default(''),
    content: richDocSchema,
    auto: autoContentSchema.nullable().default(null),
  })
  .strict();
export type PacketSection = z.infer<typeof packetSectionSchema>;

export const packetStatusSchema = z.enum(['draft', 'in_review', 'approved', 'delivered']);
export type PacketStatus = z.infer<typeof packetStatusSchema>;

export const historyEntrySchema = z
  .object({
    at: isoDateTimeSchema,
    action: z.enum(['created', 'status', 'version_saved', 'restored', 'export', 'export_override', 'reopened', 'rolled_forward']),
    by: line(200).default(''),
    note: multiline(5000).default(''),
  })
  .strict();
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** The content a version snapshot freezes. */
export const packetContentShape = {
  title: requiredLine(500),
  /** Document number printed as "Số: …" in the header block, or empty. */
  documentNumber: line(60).default(''),
  variables: z.record(z.string().regex(/^[a-z_][a-z0-9_]*$/), line(500)).default({}),
  sections: z.array(packetSectionSchema).max(500).default([]),
};

const packetFieldsShape = {
  ...packetContentShape,
  templateId: idSchema.nullable().default(null),
  period: periodSchema,
  /** The date of the briefing itself, when known. */
  briefingDate: isoDateSchema.nullable().default(null),
  layoutPreset: layoutPresetIdSchema.default('nd30'),
  /** Packet this one was rolled forward from. */
  previousPacketId: idSchema.nullable().default(null),
};

export const packetFieldsSchema = z.object(packetFieldsShape).strict();
export type PacketFields = z.infer<typeof packetFieldsSchema>;

export const packetSchema = z
  .object({
    ...documentFields(PACKET_SCHEMA_VERSION),
    ...packetFieldsShape,
    status: packetStatusSchema.default('draft'),
    approvedBy: line(200).nullable().default(null),
    approvedAt: isoDateTimeSchema.nullable().default(null),
    history: z.array(historyEntrySchema).max(10_000).default([]),
  })
  .strict();
export type Packet = z.infer<typeof packetSchema>;

export const PACKET_VERSION_SCHEMA_VERSION = 1;

/** A frozen copy of a packet's content, made on status changes and on demand. */
export const packetVersionSchema = z
  .object({
    ...documentFields(PACKET_VERSION_SCHEMA_VERSION),
    packetId: idSchema,
    number: z.number().int().min(1),
    reason: z.enum(['manual', 'status', 'reopen', 'restore', 'roll_forward']),
    label: line(300).default(''),
    by: line(200).default(''),
    status: packetStatusSchema,
    ...packetContentShape,
  })
  .strict();
export type PacketVersion = z.infer<typeof packetVersionSchema>;

/** What lists show without loading a whole packet file. */
export const packetSummarySchema = z
  .object({
    id: idSchema,
    title: requiredLine(500),
    templateId: idSchema.nullable(),
    period: periodSchema,
    briefingDate: isoDateSchema.nullable(),
    status: packetStatusSchema,
    updatedAt: isoDateTimeSchema,
    wordCount: z.number().int().min(0),
  })
  .strict();
export type PacketSummary = z.infer<typeof packetSummarySchema>;
