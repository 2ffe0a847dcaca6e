// Q&A item (hỏi đáp dự kiến): an anticipated question or rebuttal with its approved answer, bridging lines and links.
import { z } from 'zod';
import { approvalSchema, audienceSchema, documentFields, idSchema, isoDateSchema, isoDateTimeSchema, line, multiline, requiredLine, tagsSchema } from './common.js';
import { richDocSchema } from './rich-text.js';

export const QA_ITEM_SCHEMA_VERSION = 1;

export const qaContentShape = {
  question: requiredLine(2000),
  questionEn: line(2000).default(''),
  answer: richDocSchema,
  answerEn: richDocSchema.nullable().default(null),
  bridgingLines: z.array(requiredLine(1000)).max(20).default([]),
};

export const qaRevisionSchema = z
  .object({
    revision: z.number().int().min(1),
    ...qaContentShape,
    approvedBy: line(200).nullable(),
    approvedAt: isoDateTimeSchema.nullable(),
    savedAt: isoDateTimeSchema,
  })
  .strict();
export type QARevision = z.infer<typeof qaRevisionSchema>;

const qaFieldsShape = {
  ...qaContentShape,
  /** A rebuttal answers a false claim (phản bác quan điểm sai trái). */
  kind: z.enum(['question', 'rebuttal']).default('question'),
  sensitivity: z.enum(['routine', 'sensitive']).default('routine'),
  talkingPointIds: z.array(idSchema).max(50).default([]),
  directiveIds: z.array(idSchema).max(50).default([]),
  /** The outlet expected to ask ("Reuters", "Báo Nhân Dân"), or empty. */
  outlet: line(200).default(''),
  audience: audienceSchema.default('domestic_press'),
  topic: line(200).default(''),
  tags: tagsSchema,
  reviewBy: isoDateSchema.nullable().default(null),
  notes: multiline().default(''),
};

export const qaFieldsSchema = z.object(qaFieldsShape).strict();
export type QAFields = z.infer<typeof qaFieldsSchema>;

export const qaItemSchema = z
  .object({
    ...documentFields(QA_ITEM_SCHEMA_VERSION),
    ...qaFieldsShape,
    approval: approvalSchema,
    revision: z.number().int().min(1),
    revisions: z.array(qaRevisionSchema).max(1000).default([]),
  })
  .strict();
export type QAItem = z.infer<typeof qaItemSchema>;
