// Packet channels: list summaries, read one packet file, save it (one file per packet), delete it.
import { z } from 'zod';
import { idSchema, isoDateTimeSchema, packetFieldsSchema, type Packet, type PacketSummary } from '../../model/index.js';
import { channel } from '../define.js';

export const packetsChannels = {
  list: channel<PacketSummary[]>()(z.object({}).strict()),
  get: channel<Packet>()(z.object({ id: idSchema }).strict()),
  create: channel<Packet>()(z.object({ fields: packetFieldsSchema }).strict()),
  save: channel<Packet>()(
    z.object({ id: idSchema, fields: packetFieldsSchema, expectedUpdatedAt: isoDateTimeSchema.optional() }).strict(),
  ),
  delete: channel<Packet>()(z.object({ id: idSchema }).strict()),
};
