// Exchange handlers: export a packet or library items as a .spokesdesk file; import one in two steps (preview writes nothing, apply writes).
import type { FeatureHandlers } from '../../../shared/ipc/contract.js';
import { AppError } from '../../../shared/ipc/errors.js';
import type { ImportPreview } from '../../../shared/ipc/features/exchange.js';
import { stringifyExchange } from '../../../shared/exchange/io.js';
import { planImport, type IncomingSet, type MergeStatus, type PlanEntry } from '../../../shared/exchange/merge.js';
import { resolveImport } from '../../../shared/exchange/resolve.js';
import { readExchangeBytes } from '../../../shared/exchange/safe-read.js';
import { EXCHANGE_FORMAT_VERSION, exchangeFileSchema, type ExchangeFile } from '../../../shared/exchange/schema.js';
import { newId } from '../../../shared/model/index.js';
import type { DataStores } from '../storage/library.js';
import { isoWithOffset } from '../time.js';
import type { ExchangeLedger } from './exchange-ledger.js';
import { selectLibrary, validatedWrites } from './exchange-library.js';
import type { PacketLibrarySource } from './packet-library.js';
import { packetExchangeFile } from './packet-exchange.js';

export interface ExchangeDeps {
  stores: () => DataStores;
  library: Pick<PacketLibrarySource, 'template'>;
  ledger: ExchangeLedger;
  appVersion: string;
  now: () => Date;
}

interface PendingImport {
  token: string;
  set: IncomingSet;
  plan: PlanEntry[];
}

const encoder = new TextEncoder();
/** Previews kept for applyImport (the newest ones; an office imports one file at a time). */
const KEPT_PREVIEWS = 4;

/** A file name safe on Windows, macOS and Linux, from a title. */
export function exchangeFileName(title: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(/[/\\:*?"<>|]+/g, '-')
    .replace(/\p{Cc}+/gu, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100)
    .replace(/[. ]+$/, '');
  return `${cleaned || 'Spokesdesk'}.spokesdesk`;
}

function emptyCounts(): Record<MergeStatus, number> {
  return { new: 0, update: 0, same: 0, conflict: 0, older: 0 };
}

function incomingOf(file: ExchangeFile): IncomingSet {
  const userTemplates = (file.kind === 'packet' ? (file.template ? [file.template] : []) : file.templates).filter((t) => !t.builtIn);
  return {
    directives: file.directives,
    talkingPoints: file.talkingPoints,
    qaItems: file.qaItems,
    templates: userTemplates,
    packets: file.kind === 'packet' ? [file.packet] : [],
  };
}

export function exchangeApi(deps: ExchangeDeps): FeatureHandlers<'exchange'> {
  const pending = new Map<string, PendingImport>();

  const envelope = () => ({
    formatVersion: EXCHANGE_FORMAT_VERSION as typeof EXCHANGE_FORMAT_VERSION,
    exportedAt: isoWithOffset(deps.now()),
    app: { name: 'Spokesdesk' as const, version: deps.appVersion },
  });

  /** Serialises a file after checking it reads back (an office must never send a file the other cannot import). */
  const encode = async (file: ExchangeFile, title: string) => {
    const checked = exchangeFileSchema.safeParse(file);
    if (!checked.success) {
      throw new AppError('validation', { reason: 'export_incomplete' }, checked.error.issues.slice(0, 50).map((i) => ({ path: i.path.map(String), message: i.message })));
    }
    const set = incomingOf(file);
    await deps.ledger.record([
      ...set.directives.map((d) => ({ kind: 'directive' as const, id: d.id, updatedAt: d.updatedAt })),
      ...set.talkingPoints.map((d) => ({ kind: 'talkingPoint' as const, id: d.id, updatedAt: d.updatedAt })),
      ...set.qaItems.map((d) => ({ kind: 'qaItem' as const, id: d.id, updatedAt: d.updatedAt })),
      ...set.templates.map((d) => ({ kind: 'template' as const, id: d.id, updatedAt: d.updatedAt })),
      ...set.packets.map((d) => ({ kind: 'packet' as const, id: d.id, updatedAt: d.updatedAt })),
    ]);
    return { fileName: exchangeFileName(title), bytes: encoder.encode(stringifyExchange(file)) };
  };

  /** Classifies every incoming document against the store as it is now. */
  const plan = async (set: IncomingSet): Promise<PlanEntry[]> => {
    const stores = deps.stores();
    const [talkingPoints, qaItems] = await Promise.all([stores.talkingPoints.ready(), stores.qaItems.ready(), deps.ledger.load()]);
    const packets = new Map((await Promise.all(set.packets.map((p) => stores.packets.get(p.id)))).flatMap((p) => (p ? [[p.id, p] as const] : [])));
    return planImport(set, {
      local: (kind, id) =>
        kind === 'directive'
          ? stores.directives.get(id)
          : kind === 'talkingPoint'
            ? talkingPoints.get(id)
            : kind === 'qaItem'
              ? qaItems.get(id)
              : kind === 'template'
                ? stores.templates.get(id)
                : packets.get(id),
      sharedUpdatedAt: (kind, id) => deps.ledger.sharedUpdatedAt(kind, id),
    });
  };

  return {
    async exportPacket({ id }) {
      const { packet, file } = await packetExchangeFile(deps, id, isoWithOffset(deps.now()));
      return encode(file, packet.title);
    },

    async exportLibrary(input) {
      const library = await selectLibrary(deps.stores(), input);
      return encode({ ...envelope(), kind: 'library', ...library }, `Thư viện ${isoWithOffset(deps.now()).slice(0, 10)}`);
    },

    async previewImport({ fileName, bytes }) {
      const read = readExchangeBytes(bytes);
      if (!read.ok) {
        const details: Record<string, string> = { reason: read.reason };
        if (read.detail) details.detail = read.detail.slice(0, 300);
        const issues = read.issues.map((i) => ({ path: i.path === '' ? [] : i.path.split('.'), message: i.message.slice(0, 300) }));
        throw new AppError(read.reason === 'file_too_large' ? 'too_large' : 'validation', details, issues);
      }
      const set = incomingOf(read.file);
      const entries = await plan(set);
      const token = newId(24);
      pending.set(token, { token, set, plan: entries });
      while (pending.size > KEPT_PREVIEWS) pending.delete(pending.keys().next().value ?? token);
      const counts = emptyCounts();
      for (const entry of entries) counts[entry.status]++;
      const preview: ImportPreview = {
        token,
        fileName: fileName.normalize('NFC').slice(0, 255),
        fileKind: read.file.kind,
        exportedAt: read.file.exportedAt,
        items: entries,
        counts,
      };
      return preview;
    },

    async applyImport({ token, resolutions }) {
      const previewed = pending.get(token);
      if (!previewed) throw new AppError('validation', { reason: 'import_expired' });
      const current = await plan(previewed.set);
      const moved = current.find((entry, i) => entry.status !== previewed.plan[i]?.status);
      if (moved) {
        pending.delete(token);
        throw new AppError('conflict', { reason: 'changed_since_preview', id: moved.id });
      }
      const at = isoWithOffset(deps.now());
      const resolved = resolveImport(previewed.set, current, resolutions, { newId: () => newId(), now: at });
      if (!resolved.ok) throw new AppError('validation', { reason: 'unresolved_conflict', ids: resolved.unresolved.slice(0, 20).join(',') });
      const writes = validatedWrites(resolved.writes);
      pending.delete(token);
      const stores = deps.stores();
      const [talkingPoints, qaItems] = await Promise.all([stores.talkingPoints.ready(), stores.qaItems.ready()]);
      // Referenced documents first, so a packet never names something not yet stored.
      await stores.directives.putMany(writes.directives);
      await talkingPoints.putMany(writes.talkingPoints);
      await qaItems.putMany(writes.qaItems);
      await stores.templates.putMany(writes.templates);
      for (const packet of writes.packets) await stores.packets.put(packet);
      const copied = new Set(resolved.copies.map((c) => `${c.kind}:${c.toId}`));
      const exchanged = current.flatMap((entry) => {
        if (entry.status === 'new' || entry.status === 'update' || (entry.status === 'conflict' && resolutions[entry.id] === 'theirs')) {
          return [{ kind: entry.kind, id: entry.id, updatedAt: entry.incomingUpdatedAt }];
        }
        if (entry.status === 'same' && entry.localUpdatedAt) return [{ kind: entry.kind, id: entry.id, updatedAt: entry.localUpdatedAt }];
        return [];
      });
      await deps.ledger.record(exchanged.filter((e) => !copied.has(`${e.kind}:${e.id}`)));
      return { counts: resolved.counts, copies: resolved.copies };
    },
  };
}
