// Packets: one file each (packets/<id>.json, validated when read) and a summary index (packets/index.json) checked against the files at open.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { idSchema, packetSchema, packetSummarySchema, plainText, type Packet, type PacketSummary } from '../../../shared/model/index.js';
import type { MigrationRegistry } from '../../../shared/model/migrations.js';
import type { PacketRepository } from '../../../shared/storage/repository.js';
import { fillPlaceholders } from '../../../shared/packets/variables.js';
import { errorCode, syncFolder } from './atomic-file.js';
import type { StoreContext } from './context.js';
import { DataFileError, decodeDocument, type Decoder } from './data-file.js';
import { LAYOUT } from './data-folder.js';
import { KeyedLock } from './keyed-lock.js';
import { ValidatedJsonFile } from './lowdb-adapter.js';
import { readWithRecovery } from './recovery.js';

const indexEntrySchema = z
  .object({ summary: packetSummarySchema, size: z.number().int().min(0), mtimeMs: z.number().min(0) })
  .strict();

/** An index entry in memory: the summary of a just-saved packet is computed when first asked for, not during the save. */
interface LiveEntry {
  size: number;
  mtimeMs: number;
  summary: () => PacketSummary;
}

function liveEntry(size: number, mtimeMs: number, summary: PacketSummary | (() => PacketSummary)): LiveEntry {
  if (typeof summary !== 'function') return { size, mtimeMs, summary: () => summary };
  let memo: PacketSummary | undefined;
  return { size, mtimeMs, summary: () => (memo ??= summary()) };
}
const indexSchema = z.object({ entries: z.array(indexEntrySchema) }).strict();
type PacketIndex = z.infer<typeof indexSchema>;

const indexDecoder: Decoder<PacketIndex> = (raw, file) => {
  const parsed = indexSchema.safeParse(raw);
  if (!parsed.success) throw new DataFileError(file, 'invalid_data', parsed.error);
  return { data: parsed.data, migrated: false };
};

/** A packet file must hold the packet its name says. */
function packetDecoder(id: string, registry?: MigrationRegistry): Decoder<Packet> {
  return (raw, file) => {
    const decoded = decodeDocument('packet', packetSchema, raw, file, registry);
    if (decoded.data.id !== id) throw new DataFileError(file, 'invalid_data');
    return decoded;
  };
}

const CACHE_SIZE = 16;
/** The index is derived data: its writes are gathered for this long (flush and close write it at once). */
const INDEX_WRITE_DELAY_MS = 1_000;

/** Words are runs of non-space characters holding a letter or a digit (a lone dash or comma is not a word). */
export function countWords(text: string): number {
  let words = 0;
  for (const token of text.match(/\S+/gu) ?? []) if (/[\p{L}\p{N}]/u.test(token)) words++;
  return words;
}

export function summarize(packet: Packet): PacketSummary {
  const words = packet.sections.reduce((sum, s) => sum + countWords(plainText(s.content)), 0);
  return {
    id: packet.id,
    // Lists show the title as printed: "tháng {{ky_bao_cao}}" filled from the packet's own variables.
    title: fillPlaceholders(packet.title, packet, null),
    templateId: packet.templateId,
    period: packet.period,
    briefingDate: packet.briefingDate,
    status: packet.status,
    updatedAt: packet.updatedAt,
    wordCount: words,
  };
}

export class PacketStore implements PacketRepository {
  private readonly cache = new Map<string, Packet>();
  private readonly locks = new KeyedLock();
  private migratedPending: Packet[] = [];

  private constructor(
    private readonly context: StoreContext,
    private readonly entries: Map<string, LiveEntry>,
    private readonly index: ValidatedJsonFile<PacketIndex>,
  ) {}

  private get folder(): string {
    return path.join(this.context.dataDir, LAYOUT.packets);
  }

  /** Reads the index and checks it against the packet files' sizes and times; only changed or unknown packets are read. */
  static async open(context: StoreContext): Promise<PacketStore> {
    const index = new ValidatedJsonFile(path.join(context.dataDir, LAYOUT.packetIndex), indexDecoder, context.queue);
    const stored = (await readWithRecovery(context, index))?.data.entries ?? [];
    const store = new PacketStore(context, new Map(stored.map((e) => [e.summary.id, liveEntry(e.size, e.mtimeMs, e.summary)])), index);
    await store.reconcile();
    return store;
  }

  get needsMigrationWrite(): boolean {
    return this.migratedPending.length > 0;
  }

  /** Rewrites packets that reconcile() read in an older schema version (after the before_migration backup). */
  async commitMigrations(): Promise<void> {
    const pending = this.migratedPending.splice(0);
    await Promise.all(pending.map((p) => this.writePacket(p)));
  }

  list(): PacketSummary[] {
    return [...this.entries.values()].map((e) => e.summary());
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  async get(id: string): Promise<Packet | undefined> {
    if (!this.entries.has(id)) return undefined;
    return this.locks.run(id, () => this.read(id));
  }

  async put(packet: Packet): Promise<void> {
    await this.locks.run(packet.id, () => this.writePacket(packet));
  }

  async remove(id: string): Promise<Packet | undefined> {
    return this.locks.run(id, async () => {
      const packet = await this.read(id);
      if (!packet) return undefined;
      await fs.rm(this.fileOf(id), { force: true });
      await syncFolder(this.folder);
      this.cache.delete(id);
      this.entries.delete(id);
      this.scheduleIndexWrite();
      return packet;
    });
  }

  private fileOf(id: string): string {
    return path.join(this.folder, `${id}.json`);
  }

  private adapterOf(id: string): ValidatedJsonFile<Packet> {
    return new ValidatedJsonFile(this.fileOf(id), packetDecoder(id, this.context.migrations), this.context.queue);
  }

  private async read(id: string): Promise<Packet | undefined> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const decoded = await readWithRecovery(this.context, this.adapterOf(id));
    if (!decoded) {
      // Damaged with no good backup copy (kept aside as *.corrupt-*), or deleted behind our back.
      if (this.entries.delete(id)) this.scheduleIndexWrite();
      return undefined;
    }
    this.remember(decoded.data);
    return decoded.data;
  }

  private async writePacket(packet: Packet): Promise<void> {
    const written = await this.context.queue.write(this.fileOf(packet.id), () => JSON.stringify(packet));
    this.remember(packet);
    this.entries.set(packet.id, liveEntry(written.size, written.mtimeMs, () => summarize(packet)));
    this.scheduleIndexWrite();
  }

  private remember(packet: Packet): void {
    this.cache.delete(packet.id);
    this.cache.set(packet.id, packet);
    if (this.cache.size > CACHE_SIZE) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
  }

  /**
   * The index is derived data: it is written in the background (coalesced, flushed on close) and a stale index is
   * repaired at the next open, so a packet save waits only for the packet's own file.
   */
  private scheduleIndexWrite(): void {
    const entries = this.entries;
    void this.context.queue
      .write(this.index.file, () => JSON.stringify({ entries: [...entries.values()].map((e) => ({ summary: e.summary(), size: e.size, mtimeMs: e.mtimeMs })) }), {
        delayMs: INDEX_WRITE_DELAY_MS,
      })
      .catch(() => {
      // A failed index write is repaired by reconcile() at the next open; the packet files are what matters.
    });
  }

  private async reconcile(): Promise<void> {
    const names = await fs.readdir(this.folder).catch((error: unknown) => {
      if (errorCode(error) === 'ENOENT') return [] as string[];
      throw error;
    });
    const ids = names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5)).filter((id) => idSchema.safeParse(id).success);
    let changed = false;
    const onDisk = new Set(ids);
    for (const id of [...this.entries.keys()]) {
      if (!onDisk.has(id)) changed = this.entries.delete(id) || changed;
    }
    await Promise.all(
      ids.map(async (id) => {
        const stat = await fs.stat(this.fileOf(id));
        const entry = this.entries.get(id);
        if (entry && entry.size === stat.size && entry.mtimeMs === stat.mtimeMs) return;
        changed = true;
        const decoded = await readWithRecovery(this.context, this.adapterOf(id));
        if (!decoded) {
          this.entries.delete(id);
          return;
        }
        const fresh = await fs.stat(this.fileOf(id));
        this.entries.set(id, liveEntry(fresh.size, fresh.mtimeMs, summarize(decoded.data)));
        if (decoded.migrated) this.migratedPending.push(decoded.data);
      }),
    );
    if (changed) this.scheduleIndexWrite();
  }
}
