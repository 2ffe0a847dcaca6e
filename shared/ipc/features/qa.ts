// Q&A bank channels: list, read, create, update (an approved answer's content edit opens a new revision), delete and undo, approve, revision diff, usage in packets.
import { z } from 'zod';
import type { FieldDiff } from '../../library/revisions.js';
import { idSchema, isoDateTimeSchema, qaFieldsSchema, qaItemSchema, type QAFields, type QAItem } from '../../model/index.js';
import { channel } from '../define.js';
import { approveInputSchema, compareInputSchema, type LibraryUsage } from './talking-points.js';

/** The editable fields of a Q&A item (what `create` and `update` take). */
export function qaFieldsOf(item: QAItem): QAFields {
  const { question, questionEn, answer, answerEn, bridgingLines, kind, sensitivity, talkingPointIds, directiveIds, outlet, audience, topic, tags, reviewBy, notes } = item;
  return { question, questionEn, answer, answerEn, bridgingLines, kind, sensitivity, talkingPointIds, directiveIds, outlet, audience, topic, tags, reviewBy, notes };
}

export const qaChannels = {
  list: channel<QAItem[]>()(z.object({}).strict()),
  get: channel<QAItem>()(z.object({ id: idSchema }).strict()),
  create: channel<QAItem>()(z.object({ fields: qaFieldsSchema }).strict()),
  /** As talkingPoints.update: a change of question, answer or bridging lines of an approved item opens a new draft revision. */
  update: channel<QAItem>()(z.object({ id: idSchema, fields: qaFieldsSchema, expectedUpdatedAt: isoDateTimeSchema.optional() }).strict()),
  delete: channel<QAItem>()(z.object({ id: idSchema }).strict()),
  undoDelete: channel<QAItem>()(z.object({ qaItem: qaItemSchema }).strict()),
  approve: channel<QAItem>()(approveInputSchema),
  compareRevisions: channel<FieldDiff[]>()(compareInputSchema),
  usage: channel<LibraryUsage[]>()(z.object({ id: idSchema }).strict()),
};
