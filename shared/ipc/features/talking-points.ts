// Talking point channels: list, read, create, update (an approved point's content edit opens a new revision), delete and undo, approve, revision diff, usage in packets, the sample library.
import { z } from 'zod';
import type { FieldDiff } from '../../library/revisions.js';
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  requiredLine,
  talkingPointFieldsSchema,
  talkingPointSchema,
  type Period,
  type PacketStatus,
  type TalkingPoint,
  type TalkingPointFields,
} from '../../model/index.js';
import { channel } from '../define.js';

/** One packet that carries a library item (talking point or Q&A), and the revisions of the item it holds. */
export interface LibraryUsage {
  packetId: string;
  title: string;
  period: Period;
  briefingDate: string | null;
  status: PacketStatus;
  updatedAt: string;
  /** Revisions of the item embedded in the packet, ascending (an older one than the item's current is out of date). */
  revisions: number[];
}

/** What loading the sample library added; everything already present (same id) is left as it is. */
export interface SampleLoadResult {
  talkingPoints: { added: number; present: number };
  qaItems: { added: number; present: number };
  /** Starter directives the sample cites that the library did not have. */
  directives: { added: number };
  packet: { added: boolean };
}

export interface SampleStatus {
  /** Items of the sample library (talking points + Q&A) and how many of them the library holds. */
  total: number;
  present: number;
}

/** The editable fields of a talking point (what `create` and `update` take). */
export function talkingPointFieldsOf(point: TalkingPoint): TalkingPointFields {
  const { title, message, messageEn, proofPoints, audience, topic, houseRole, tags, reviewBy, notes } = point;
  return { title, message, messageEn, proofPoints, audience, topic, houseRole, tags, reviewBy, notes };
}

/** Approving: the approver's name, and a review date when the approver chooses one (otherwise 90 days after approval). */
export const approveInputSchema = z
  .object({
    id: idSchema,
    approvedBy: requiredLine(200),
    reviewBy: isoDateSchema.nullable().optional(),
    expectedUpdatedAt: isoDateTimeSchema.optional(),
  })
  .strict();

export const compareInputSchema = z.object({ id: idSchema, from: z.number().int().min(1), to: z.number().int().min(1) }).strict();

export const talkingPointsChannels = {
  list: channel<TalkingPoint[]>()(z.object({}).strict()),
  get: channel<TalkingPoint>()(z.object({ id: idSchema }).strict()),
  create: channel<TalkingPoint>()(z.object({ fields: talkingPointFieldsSchema }).strict()),
  /**
   * Saves the fields. A draft changes in place; on an approved point a change of title, message or proof points keeps
   * the approved revision in `revisions` and starts the next revision as a draft (metadata edits keep the approval).
   * `expectedUpdatedAt` guards against overwriting an edit made elsewhere (conflict error).
   */
  update: channel<TalkingPoint>()(z.object({ id: idSchema, fields: talkingPointFieldsSchema, expectedUpdatedAt: isoDateTimeSchema.optional() }).strict()),
  delete: channel<TalkingPoint>()(z.object({ id: idSchema }).strict()),
  /** Puts back a talking point returned by `delete` (undo). */
  undoDelete: channel<TalkingPoint>()(z.object({ talkingPoint: talkingPointSchema }).strict()),
  approve: channel<TalkingPoint>()(approveInputSchema),
  /** Word diff of each content field from revision `from` to revision `to` (citations named by their short form). */
  compareRevisions: channel<FieldDiff[]>()(compareInputSchema),
  /** The packets that carry this talking point, most recently changed first. */
  usage: channel<LibraryUsage[]>()(z.object({ id: idSchema }).strict()),
  sampleStatus: channel<SampleStatus>()(z.object({}).strict()),
  /**
   * Loads the sample library from resources/sample (talking points, Q&A items, the sample packet, and the starter
   * directives they cite). Idempotent: items already present by id are left untouched.
   */
  loadSample: channel<SampleLoadResult>()(z.object({}).strict()),
};
