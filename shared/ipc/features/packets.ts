// Packet channels: list, read, create (blank or from a template), save, delete, roll-forward, status and approval, preflight, export override, schedule.
import { z } from 'zod';
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  line,
  multiline,
  packetFieldsSchema,
  packetStatusSchema,
  periodSchema,
  requiredLine,
  type Packet,
  type PacketFields,
  type PacketSummary,
  type PacketVersion,
  type Period,
  type Periodicity,
} from '../../model/index.js';
import type { PacketFinding } from '../../packets/findings.js';
import { channel } from '../define.js';

const variablesSchema = z.record(z.string().regex(/^[a-z_][a-z0-9_]*$/), line(500)).default({});
const profileSchema = z.enum(['full', 'handout']);
export type ExportProfile = z.infer<typeof profileSchema>;

/** Display names of the library items findings and diffs mention, by id (directives by their short citation). */
export interface ReferenceNameTable {
  directives: Record<string, string>;
  talkingPoints: Record<string, string>;
  qaItems: Record<string, string>;
}

export interface RollForwardOutcome {
  packet: Packet;
  /** What to look at before the new packet is used (stale points, superseded directives, last period's figures). */
  attention: PacketFinding[];
  names: ReferenceNameTable;
}

export interface StatusOutcome {
  packet: Packet;
  /** The version the step saved. */
  version: PacketVersion;
}

export interface CitedDirectiveEntry {
  directiveId: string;
  number: number;
  full: string;
  short: string;
  status: 'in_force' | 'amended' | 'superseded' | 'expired';
}

export interface PreflightReport {
  profile: ExportProfile;
  /** The day the checks were made for (review dates, effective dates). */
  today: string;
  /** The packet's updatedAt the findings describe. */
  checkedAt: string;
  findings: PacketFinding[];
  hasErrors: boolean;
  names: ReferenceNameTable;
  /** The directives the printed packet cites, in order of first mention. */
  cited: CitedDirectiveEntry[];
}

/** One due briefing of a template in the schedule, with the packets prepared for it. */
export interface ScheduleEntry {
  templateId: string;
  templateName: string;
  templateNameEn: string;
  periodicity: Periodicity['kind'];
  due: string;
  period: Period;
  packets: PacketSummary[];
  /** delivered / approved: done; in_progress: a draft or one under review; not_started: no packet. */
  state: 'delivered' | 'approved' | 'in_progress' | 'not_started';
  /** Due before today and nothing approved or delivered for it. */
  overdue: boolean;
}

export interface Schedule {
  today: string;
  month: { start: string; end: string };
  quarter: { start: string; end: string };
  /** Due from this month to the end of the quarter, and earlier ones still overdue for templates in use; by due date. */
  entries: ScheduleEntry[];
}

/** The editable fields of a packet (what `save` takes): everything but the store's and the workflow's own fields. */
export function packetFieldsOf(packet: Packet): PacketFields {
  const { title, documentNumber, variables, sections, templateId, period, briefingDate, layoutPreset, previousPacketId } = packet;
  return { title, documentNumber, variables, sections, templateId, period, briefingDate, layoutPreset, previousPacketId };
}

export const packetsChannels = {
  list: channel<PacketSummary[]>()(z.object({}).strict()),
  get: channel<Packet>()(z.object({ id: idSchema }).strict()),
  create: channel<Packet>()(z.object({ fields: packetFieldsSchema }).strict()),
  /** A draft for `period` made from a template, its variables filled from the form (the rest from the period and defaults). */
  createFromTemplate: channel<Packet>()(
    z
      .object({
        templateId: idSchema,
        period: periodSchema,
        variables: variablesSchema,
        title: line(500).optional(),
        by: line(200).default(''),
      })
      .strict(),
  ),
  /** `expectedUpdatedAt` guards against overwriting a change made elsewhere (conflict error); refused once approved (locked). */
  save: channel<Packet>()(
    z.object({ id: idSchema, fields: packetFieldsSchema, expectedUpdatedAt: isoDateTimeSchema.optional() }).strict(),
  ),
  delete: channel<Packet>()(z.object({ id: idSchema }).strict()),
  /** Puts back a packet deleted in this session ("Hoàn tác"): main kept it, so the page names only its id. */
  undoDelete: channel<Packet>()(z.object({ id: idSchema }).strict()),
  /** "Chuẩn bị kỳ tiếp theo": the next period's draft of a packet and what needs attention in it. */
  rollForward: channel<RollForwardOutcome>()(
    z.object({ id: idSchema, period: periodSchema.optional(), by: line(200).default('') }).strict(),
  ),
  /** One status step (draft → in_review → approved → delivered, or back to draft from review); approving needs `by`. */
  changeStatus: channel<StatusOutcome>()(
    z
      .object({
        id: idSchema,
        to: packetStatusSchema,
        by: line(200).default(''),
        note: multiline(2000).default(''),
        expectedUpdatedAt: isoDateTimeSchema.optional(),
      })
      .strict(),
  ),
  /** Back to draft from approved or delivered; the approved content is kept as a version. */
  reopen: channel<StatusOutcome>()(z.object({ id: idSchema, by: line(200).default(''), note: multiline(2000).default('') }).strict()),
  /** Every finding for printing the stored packet in a profile, with names of the items they mention. */
  preflight: channel<PreflightReport>()(z.object({ id: idSchema, profile: profileSchema.default('handout'), today: isoDateSchema.optional() }).strict()),
  /** Records in the packet's history that it was exported despite preflight errors, and why. Allowed on locked packets. */
  recordExportOverride: channel<Packet>()(
    z
      .object({
        id: idSchema,
        profile: profileSchema,
        reason: multiline(2000).trim().min(1, { message: 'validation.required' }),
        by: requiredLine(200),
        errorCount: z.number().int().min(0).default(0),
      })
      .strict(),
  ),
  /** Briefings due this month and quarter per template periodicity, the packets prepared for them, overdue flagged. */
  schedule: channel<Schedule>()(z.object({ today: isoDateSchema.optional() }).strict()),
};
