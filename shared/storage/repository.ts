// Repository interfaces the domain codes against; the lowdb implementation in electron/services/storage receives its data folder.
import type { Packet, PacketSummary, PacketVersion } from '../model/index.js';

/** A library collection (directives, talking points, Q&A items, templates) held in memory and persisted per item. */
export interface CollectionRepository<T extends { id: string }> {
  /** Increases on every change, so sorted or indexed views can be cached. */
  readonly revision: number;
  readonly size: number;
  all(): T[];
  get(id: string): T | undefined;
  has(id: string): boolean;
  /** Inserts or replaces; resolves once the change is on disk. */
  put(item: T): Promise<void>;
  putMany(items: readonly T[]): Promise<void>;
  /** Resolves with the removed item (undefined when absent) once the change is on disk. */
  remove(id: string): Promise<T | undefined>;
}

/** Packets: one file each, plus a summary index for lists. */
export interface PacketRepository {
  list(): PacketSummary[];
  has(id: string): boolean;
  /** Reads and validates the packet's file; undefined when there is no such packet. */
  get(id: string): Promise<Packet | undefined>;
  /** Resolves once the packet's file is on disk. */
  put(packet: Packet): Promise<void>;
  remove(id: string): Promise<Packet | undefined>;
}

/** Frozen copies of packets under versions/<packetId>/. */
export interface PacketVersionRepository {
  list(packetId: string): Promise<PacketVersion[]>;
  get(packetId: string, number: number): Promise<PacketVersion | undefined>;
  /** Writes a new version; refuses to overwrite an existing number. */
  add(version: PacketVersion): Promise<void>;
}
