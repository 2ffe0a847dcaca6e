// What the packet and version handlers share: one lock per packet, reading a packet, and writing a step that saves a version.
import { AppError } from '../../../shared/ipc/errors.js';
import { localDateOf } from '../../../shared/library/calendar.js';
import { newId, type Packet, type PacketVersion } from '../../../shared/model/index.js';
import type { PacketAction } from '../../../shared/packets/index.js';
import type { PacketRepository, PacketVersionRepository } from '../../../shared/storage/repository.js';
import { KeyedLock } from '../storage/keyed-lock.js';
import { nextTimestamp } from '../time.js';
import type { PacketLibrarySource } from './packet-library.js';

export interface WorkspaceDeps {
  packets: () => PacketRepository;
  versions: () => PacketVersionRepository & { nextNumber(packetId: string): Promise<number> };
  library: PacketLibrarySource;
  now: () => Date;
}

export class PacketWorkspace {
  /** Serialises every change to one packet (saves, status steps, versions, restores). */
  readonly lock = new KeyedLock();

  constructor(readonly deps: WorkspaceDeps) {}

  get library(): PacketLibrarySource {
    return this.deps.library;
  }

  async existing(id: string): Promise<Packet> {
    const packet = await this.deps.packets().get(id);
    if (!packet) throw new AppError('not_found', { id });
    return packet;
  }

  /** A timestamp after the packet's last change. */
  stamp(after?: string): string {
    return nextTimestamp(this.deps.now(), after);
  }

  /** Today's local date (what review and effective dates are compared with). */
  today(): string {
    return localDateOf(this.stamp());
  }

  /** The actor, time and version slot for one step on `packet` (call inside the packet's lock). */
  async action(packet: Packet, by: string, note?: string): Promise<PacketAction> {
    const number = await this.deps.versions().nextNumber(packet.id);
    const action: PacketAction = { by, now: this.stamp(packet.updatedAt), version: { id: newId(), number } };
    return note ? { ...action, note } : action;
  }

  /** Writes the version first (a crash in between leaves an extra version, never a step without one), then the packet. */
  async commit(step: { packet: Packet; version: PacketVersion }): Promise<{ packet: Packet; version: PacketVersion }> {
    await this.deps.versions().add(step.version);
    await this.deps.packets().put(step.packet);
    return step;
  }
}
