// Talking point (thông điệp): an approved key message with proof points and sources, audience, languages, review date and revisions.
import { z } from 'zod';
import { approvalSchema, audienceSchema, documentFields, idSchema, isoDateSchema, isoDateTimeSchema, line, multiline, requiredLine, tagsSchema } from './common.js';
import { richDocSchema } from './rich-text.js';

export const TALKING_POINT_SCHEMA_VERSION = 1;

/** Where a proof point's fact comes from: a directive (and excerpt), a named report with its date, or nothing yet. */
export const proofSourceSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('directive'),
      directiveId: idSchema,
      excerptId: idSchema.nullable().default(null),
      /** Pinpoint or quoted passage ("Điều 3 khoản 2"). */
      excerpt: line(2000).default(''),
    })
    .strict(),
  z.object({ kind: z.literal('report'), name: requiredLine(500), date: isoDateSchema.nullable().default(null) }).strict(),
  z.object({ kind: z.literal('none') }).strict(),
]);
export type ProofSource = z.infer<typeof proofSourceSchema>;

export const proofPointSchema = z
  .object({
    id: idSchema,
    text: multiline(5000).min(1, { message: 'validation.required' }),
    textEn: multiline(5000).default(''),
    source: proofSourceSchema.default({ kind: 'none' }),
  })
  .strict();
export type ProofPoint = z.infer<typeof proofPointSchema>;

/** Role in the message house of its topic: the primary message, one of the pillars, or neither. */
export const houseRoleSchema = z.enum(['primary', 'pillar', 'none']);

/** The content that a revision freezes. */
export const talkingPointContentShape = {
  title: requiredLine(300),
  message: richDocSchema,
  messageEn: richDocSchema.nullable().default(null),
  proofPoints: z.array(proofPointSchema).max(100).default([]),
};

export const talkingPointRevisionSchema = z
  .object({
    revision: z.number().int().min(1),
    ...talkingPointContentShape,
    approvedBy: line(200).nullable(),
    approvedAt: isoDateTimeSchema.nullable(),
    savedAt: isoDateTimeSchema,
  })
  .strict();
export type TalkingPointRevision = z.infer<typeof talkingPointRevisionSchema>;

const talkingPointFieldsShape = {
  ...talkingPointContentShape,
  audience: audienceSchema.default('domestic_press'),
  topic: line(200).default(''),
  houseRole: houseRoleSchema.default('none'),
  tags: tagsSchema,
  /** Stale after this date; defaults to 90 days after approval. */
  reviewBy: isoDateSchema.nullable().default(null),
  notes: multiline().default(''),
};

export const talkingPointFieldsSchema = z.object(talkingPointFieldsShape).strict();
export type TalkingPointFields = z.infer<typeof talkingPointFieldsSchema>;

export const talkingPointSchema = z
  .object({
    ...documentFields(TALKING_POINT_SCHEMA_VERSION),
    ...talkingPointFieldsShape,
    approval: approvalSchema,
    /** Current revision number; a new revision starts when an approved point is edited. */
    revision: z.number().int().min(1),
    /** Earlier approved revisions, oldest first. */
    revisions: z.array(talkingPointRevisionSchema).max(1000).default([]),
  })
  .strict();
export type TalkingPoint = z.infer<typeof talkingPointSchema>;
