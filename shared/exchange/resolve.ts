// Turns an import plan and the user's choices into the documents to write; copies kept beside local ones get new ids and references follow them.
import type { Directive } from '../model/directive.js';
import type { Packet } from '../model/packet.js';
import type { QAItem } from '../model/qa-item.js';
import type { TalkingPoint } from '../model/talking-point.js';
import type { Template } from '../model/template.js';
import { eachIncoming, entryKey, IMPORTED_COPY_SUFFIX, type ExchangeItemKind, type IncomingSet, type PlanEntry, type Resolution } from './merge.js';

export interface ImportCounts {
  added: number;
  updated: number;
  copied: number;
  keptMine: number;
  skipped: number;
}

export type ResolveResult =
  | { ok: true; writes: IncomingSet; counts: ImportCounts; copies: Array<{ kind: ExchangeItemKind; fromId: string; toId: string }> }
  | { ok: false; unresolved: string[] };

/** Which reference-holding keys point at which kind of document. */
const REFERENCE_KEYS: Readonly<Record<string, ExchangeItemKind>> = {
  directiveId: 'directive',
  directiveIds: 'directive',
  supersededBy: 'directive',
  talkingPointId: 'talkingPoint',
  qaId: 'qaItem',
  templateId: 'template',
  previousPacketId: 'packet',
};

function suffixed(text: string, max: number): string {
  return `${text.slice(0, max - IMPORTED_COPY_SUFFIX.length)}${IMPORTED_COPY_SUFFIX}`.trim();
}

type AnyDoc = Directive | TalkingPoint | QAItem | Template | Packet;

/** The incoming document under a new id with " (bản nhập)" added to what the user sees first. */
function copyOf(kind: ExchangeItemKind, doc: AnyDoc, id: string, at: string): AnyDoc {
  const base = { ...doc, id, createdAt: at, updatedAt: at };
  switch (kind) {
    case 'directive':
      return { ...(base as Directive), title: suffixed((doc as Directive).title, 1000) };
    case 'talkingPoint':
      return { ...(base as TalkingPoint), title: suffixed((doc as TalkingPoint).title, 300) };
    case 'qaItem':
      return { ...(base as QAItem), question: suffixed((doc as QAItem).question, 2000) };
    case 'template':
      return { ...(base as Template), name: suffixed((doc as Template).name, 300) };
    case 'packet':
      return { ...(base as Packet), title: suffixed((doc as Packet).title, 500) };
  }
}

/** A deep copy of `value` in which every reference to a copied document names the copy. */
export function remapReferences<T>(value: T, renamed: ReadonlyMap<string, string>): T {
  if (renamed.size === 0) return value;
  const rename = (key: string, v: unknown): unknown => {
    const kind = REFERENCE_KEYS[key];
    if (kind === undefined) return v;
    if (typeof v === 'string') return renamed.get(entryKey(kind, v)) ?? v;
    if (Array.isArray(v)) return v.map((item: unknown) => (typeof item === 'string' ? (renamed.get(entryKey(kind, item)) ?? item) : item));
    return v;
  };
  // JSON round trip: documents are plain JSON data; the reviver renames reference fields bottom-up.
  return JSON.parse(JSON.stringify(value), (key: string, v: unknown) => rename(key, v)) as T;
}

/**
 * new and update are written; same and older skipped; a conflict needs a resolution: mine (skip), theirs (overwrite),
 * both (keep local, add the incoming as a copy with a new id). Every written document has its references remapped.
 */
export function resolveImport(
  set: IncomingSet,
  plan: readonly PlanEntry[],
  resolutions: Readonly<Record<string, Resolution>>,
  options: { newId: () => string; now: string },
): ResolveResult {
  const status = new Map(plan.map((e) => [entryKey(e.kind, e.id), e.status]));
  const unresolved = plan.filter((e) => e.status === 'conflict' && resolutions[e.id] === undefined).map((e) => e.id);
  if (unresolved.length > 0) return { ok: false, unresolved };
  const counts: ImportCounts = { added: 0, updated: 0, copied: 0, keptMine: 0, skipped: 0 };
  const renamed = new Map<string, string>();
  const copies: Array<{ kind: ExchangeItemKind; fromId: string; toId: string }> = [];
  const chosen: Array<{ kind: ExchangeItemKind; doc: AnyDoc }> = [];
  for (const { kind, doc } of eachIncoming(set)) {
    const s = status.get(entryKey(kind, doc.id));
    if (s === 'new' || s === 'update') {
      counts[s === 'new' ? 'added' : 'updated']++;
      chosen.push({ kind, doc });
    } else if (s === 'conflict') {
      const choice = resolutions[doc.id];
      if (choice === 'mine') counts.keptMine++;
      else if (choice === 'theirs') {
        counts.updated++;
        chosen.push({ kind, doc });
      } else {
        const toId = options.newId();
        renamed.set(entryKey(kind, doc.id), toId);
        copies.push({ kind, fromId: doc.id, toId });
        counts.copied++;
        chosen.push({ kind, doc: copyOf(kind, doc, toId, options.now) });
      }
    } else counts.skipped++;
  }
  const writes: IncomingSet = { directives: [], talkingPoints: [], qaItems: [], templates: [], packets: [] };
  for (const { kind, doc } of chosen) {
    const remapped = remapReferences(doc, renamed);
    if (kind === 'directive') writes.directives.push(remapped as Directive);
    else if (kind === 'talkingPoint') writes.talkingPoints.push(remapped as TalkingPoint);
    else if (kind === 'qaItem') writes.qaItems.push(remapped as QAItem);
    else if (kind === 'template') writes.templates.push(remapped as Template);
    else writes.packets.push(remapped as Packet);
  }
  return { ok: true, writes, counts, copies };
}
