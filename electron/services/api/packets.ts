// Packet handlers: list summaries (recently changed first), read, create, save (refused once approved) and delete.
import type { FeatureHandlers } from '../../../shared/ipc/contract.js';
import { AppError } from '../../../shared/ipc/errors.js';
import { newId, PACKET_SCHEMA_VERSION, packetSchema, type Packet } from '../../../shared/model/index.js';
import type { PacketRepository } from '../../../shared/storage/repository.js';
import { KeyedLock } from '../storage/keyed-lock.js';
import { nextTimestamp, sameInstant } from '../time.js';

export interface PacketsDeps {
  packets: () => PacketRepository;
  now: () => Date;
}

/** Approved and delivered packets are frozen: they change only through an explicit reopen. */
export function isLocked(packet: Packet): boolean {
  return packet.status === 'approved' || packet.status === 'delivered';
}

export function packetsApi(deps: PacketsDeps) {
  const perPacket = new KeyedLock();

  const existing = async (id: string): Promise<Packet> => {
    const packet = await deps.packets().get(id);
    if (!packet) throw new AppError('not_found', { id });
    return packet;
  };

  return {
    async list() {
      return deps
        .packets()
        .list()
        .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || a.title.localeCompare(b.title, 'vi'));
    },

    async get({ id }) {
      return existing(id);
    },

    async create({ fields }) {
      const at = nextTimestamp(deps.now());
      const packet = packetSchema.parse({
        ...fields,
        id: newId(),
        schemaVersion: PACKET_SCHEMA_VERSION,
        createdAt: at,
        updatedAt: at,
        status: 'draft',
        history: [{ at, action: 'created' }],
      });
      await deps.packets().put(packet);
      return packet;
    },

    async save({ id, fields, expectedUpdatedAt }) {
      return perPacket.run(id, async () => {
        const current = await existing(id);
        if (isLocked(current)) throw new AppError('locked', { id, status: current.status });
        if (expectedUpdatedAt !== undefined && !sameInstant(expectedUpdatedAt, current.updatedAt)) {
          throw new AppError('conflict', { id, updatedAt: current.updatedAt });
        }
        // `fields` was validated against packetFieldsSchema by dispatch and `current` when it was read: the merge is valid
        // by construction, and re-validating thirty pages of rich text would double the save's cost.
        const packet: Packet = { ...current, ...fields, updatedAt: nextTimestamp(deps.now(), current.updatedAt) };
        await deps.packets().put(packet);
        return packet;
      });
    },

    async delete({ id }) {
      return perPacket.run(id, async () => {
        const current = await existing(id);
        if (isLocked(current)) throw new AppError('locked', { id, status: current.status });
        const removed = await deps.packets().remove(id);
        if (!removed) throw new AppError('not_found', { id });
        return removed;
      });
    },
  } satisfies FeatureHandlers<'packets'>;
}
