// Import merge rules: how an incoming document compares with the local one (new, update, same, conflict, older) and what gets written.
import type { Directive } from '../model/directive.js';
import type { Packet } from '../model/packet.js';
import type { QAItem } from '../model/qa-item.js';
import type { TalkingPoint } from '../model/talking-point.js';
import type { Template } from '../model/template.js';

export type ExchangeItemKind = 'directive' | 'talkingPoint' | 'qaItem' | 'template' | 'packet';
export type ExchangeDocument = Directive | TalkingPoint | QAItem | Template | Packet;
export type MergeStatus = 'new' | 'update' | 'same' | 'conflict' | 'older';
export type Resolution = 'mine' | 'theirs' | 'both';

export interface Versioned {
  id: string;
  createdAt: string;
  updatedAt: string;
}

/** Added to the title (name, question) of an incoming document kept beside the local one. */
export const IMPORTED_COPY_SUFFIX = ' (bản nhập)';

function instant(iso: string): number {
  return Date.parse(iso);
}

/** Content equality: every field but `updatedAt` (a save that changed nothing is still the same document). */
export function sameContent(a: Versioned, b: Versioned): boolean {
  return canonicalJson({ ...a, updatedAt: '' }) === canonicalJson({ ...b, updatedAt: '' });
}

/** JSON with object keys sorted, so key order never makes two equal documents differ. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(v).sort()) sorted[key] = (v as Record<string, unknown>)[key];
    return sorted;
  });
}

/**
 * The local document is unchanged since the version both offices last shared: its `updatedAt` is the instant recorded
 * when it was last exported or imported (`sharedUpdatedAt`); with no such record, it was never edited after it was
 * created (`updatedAt` equals `createdAt`).
 */
export function unchangedSinceShared(local: Versioned, sharedUpdatedAt: string | undefined): boolean {
  const reference = sharedUpdatedAt ?? local.createdAt;
  return instant(local.updatedAt) === instant(reference);
}

/**
 * The merge rule, in order: absent → new; equal content → same; older than local and not changed after the shared
 * version → older; newer and local unchanged since the shared version → update; anything else changed on both sides → conflict.
 */
export function classify(incoming: Versioned, local: Versioned | undefined, sharedUpdatedAt: string | undefined): MergeStatus {
  if (local === undefined) return 'new';
  if (sameContent(incoming, local)) return 'same';
  const incomingAt = instant(incoming.updatedAt);
  const localAt = instant(local.updatedAt);
  if (incomingAt < localAt) return sharedUpdatedAt !== undefined && incomingAt > instant(sharedUpdatedAt) ? 'conflict' : 'older';
  if (incomingAt > localAt && unchangedSinceShared(local, sharedUpdatedAt)) return 'update';
  return 'conflict';
}

export interface IncomingSet {
  directives: Directive[];
  talkingPoints: TalkingPoint[];
  qaItems: QAItem[];
  templates: Template[];
  packets: Packet[];
}

export interface PlanEntry {
  kind: ExchangeItemKind;
  id: string;
  status: MergeStatus;
  /** What the UI shows: title, name, question or symbol of the incoming document. */
  label: string;
  /** The local document's label when it differs from the incoming one (renamed on either side), else null. */
  localLabel: string | null;
  incomingUpdatedAt: string;
  localUpdatedAt: string | null;
}

/** What a lookup of the local data answers for one incoming document. */
export interface LocalLookup {
  local(kind: ExchangeItemKind, id: string): ExchangeDocument | undefined;
  sharedUpdatedAt(kind: ExchangeItemKind, id: string): string | undefined;
}

export function labelOf(kind: ExchangeItemKind, doc: ExchangeDocument): string {
  if (kind === 'directive') {
    const d = doc as Directive;
    return d.symbol ? `${d.symbol}${d.title ? ` ${d.title}` : ''}` : d.title;
  }
  if (kind === 'qaItem') return (doc as QAItem).question;
  if (kind === 'template') return (doc as Template).name;
  return (doc as TalkingPoint | Packet).title;
}

export function eachIncoming(set: IncomingSet): Array<{ kind: ExchangeItemKind; doc: ExchangeDocument }> {
  return [
    ...set.directives.map((doc) => ({ kind: 'directive' as const, doc })),
    ...set.talkingPoints.map((doc) => ({ kind: 'talkingPoint' as const, doc })),
    ...set.qaItems.map((doc) => ({ kind: 'qaItem' as const, doc })),
    ...set.templates.map((doc) => ({ kind: 'template' as const, doc })),
    ...set.packets.map((doc) => ({ kind: 'packet' as const, doc })),
  ];
}

const LABEL_LENGTH = 300;

export function planImport(set: IncomingSet, lookup: LocalLookup): PlanEntry[] {
  return eachIncoming(set).map(({ kind, doc }) => {
    const local = lookup.local(kind, doc.id);
    const label = labelOf(kind, doc).slice(0, LABEL_LENGTH);
    const localLabel = local ? labelOf(kind, local).slice(0, LABEL_LENGTH) : null;
    return {
      kind,
      id: doc.id,
      status: classify(doc, local, lookup.sharedUpdatedAt(kind, doc.id)),
      label,
      localLabel: localLabel === label ? null : localLabel,
      incomingUpdatedAt: doc.updatedAt,
      localUpdatedAt: local?.updatedAt ?? null,
    };
  });
}

export function entryKey(kind: ExchangeItemKind, id: string): string {
  return `${kind}:${id}`;
}
