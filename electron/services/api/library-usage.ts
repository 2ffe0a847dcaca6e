// Which packets carry a talking point or Q&A item: the references of every packet file, cached per packet by its updatedAt.
import { collectReferences } from '../../../shared/content/references.js';
import type { LibraryUsage } from '../../../shared/ipc/features/talking-points.js';
import type { PacketSummary } from '../../../shared/model/index.js';
import type { PacketRepository } from '../../../shared/storage/repository.js';

export type ReferenceKind = 'talkingPoints' | 'qaItems';

interface PacketReferences {
  updatedAt: string;
  /** Item id → revisions embedded in the packet. */
  talkingPoints: Map<string, Set<number>>;
  qaItems: Map<string, Set<number>>;
}

/** Packets read at once while the index catches up (packet files are read and validated in full). */
const READ_CONCURRENCY = 4;

function add(map: Map<string, Set<number>>, id: string, revision: number): void {
  const revisions = map.get(id) ?? new Set<number>();
  revisions.add(revision);
  map.set(id, revisions);
}

export class PacketReferenceIndex {
  private readonly byPacket = new Map<string, PacketReferences>();

  /** The packets holding item `id` of `kind`, most recently changed first; only packets changed since the last call are read. */
  async usage(packets: PacketRepository, kind: ReferenceKind, id: string): Promise<LibraryUsage[]> {
    const summaries = packets.list();
    await this.refresh(packets, summaries);
    const result: LibraryUsage[] = [];
    for (const summary of summaries) {
      const revisions = this.byPacket.get(summary.id)?.[kind].get(id);
      if (!revisions) continue;
      const { title, period, briefingDate, status, updatedAt } = summary;
      result.push({ packetId: summary.id, title, period, briefingDate, status, updatedAt, revisions: [...revisions].sort((a, b) => a - b) });
    }
    return result.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  }

  private async refresh(packets: PacketRepository, summaries: readonly PacketSummary[]): Promise<void> {
    const live = new Set(summaries.map((s) => s.id));
    for (const id of this.byPacket.keys()) if (!live.has(id)) this.byPacket.delete(id);
    const stale = summaries.filter((s) => this.byPacket.get(s.id)?.updatedAt !== s.updatedAt);
    for (let start = 0; start < stale.length; start += READ_CONCURRENCY) {
      await Promise.all(stale.slice(start, start + READ_CONCURRENCY).map((summary) => this.read(packets, summary.id)));
    }
  }

  private async read(packets: PacketRepository, id: string): Promise<void> {
    const packet = await packets.get(id);
    if (!packet) {
      this.byPacket.delete(id);
      return;
    }
    const entry: PacketReferences = { updatedAt: packet.updatedAt, talkingPoints: new Map(), qaItems: new Map() };
    for (const section of packet.sections) {
      const refs = collectReferences(section.content);
      for (const block of refs.talkingPoints) add(entry.talkingPoints, block.talkingPointId, block.revision);
      for (const block of refs.qaItems) add(entry.qaItems, block.qaId, block.revision);
    }
    this.byPacket.set(id, entry);
  }
}
