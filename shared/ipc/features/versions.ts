// Packet version channels: list, read one, save one on demand, compare two (or one with the current state) section by section, restore.
import { z } from 'zod';
import { idSchema, line, type PacketStatus, type PacketVersion } from '../../model/index.js';
import type { PacketDiff } from '../../packets/version-diff.js';
import { channel } from '../define.js';
import type { StatusOutcome } from './packets.js';

/** What the versions list shows without the content. */
export interface PacketVersionSummary {
  id: string;
  packetId: string;
  number: number;
  reason: PacketVersion['reason'];
  label: string;
  by: string;
  status: PacketStatus;
  createdAt: string;
  title: string;
  wordCount: number;
}

/** A version number, or null for the packet as it is now. */
const sideSchema = z.number().int().min(1).nullable();

export const versionsChannels = {
  list: channel<PacketVersionSummary[]>()(z.object({ packetId: idSchema }).strict()),
  get: channel<PacketVersion>()(z.object({ packetId: idSchema, number: z.number().int().min(1) }).strict()),
  /** A version of the packet as it is now, with the user's label ("Bản gửi lãnh đạo"). */
  create: channel<StatusOutcome>()(z.object({ packetId: idSchema, label: line(300).default(''), by: line(200).default('') }).strict()),
  /** From `from` (older) to `to` (newer; null: the current packet): title, number, variables, and each section as a word diff. */
  compare: channel<PacketDiff>()(z.object({ packetId: idSchema, from: sideSchema, to: sideSchema }).strict()),
  /** Puts a version's content back; the current content is saved as a version first. Refused while locked. */
  restore: channel<StatusOutcome>()(z.object({ packetId: idSchema, number: z.number().int().min(1), by: line(200).default('') }).strict()),
};
