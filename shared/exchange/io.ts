// Reading and writing exchange files: migrate each embedded document, validate, and pick what a packet references.
import type { z } from 'zod';
import { migrate, type DocumentKind } from '../model/migrations.js';
import type { Directive } from '../model/directive.js';
import type { Packet } from '../model/packet.js';
import type { QAItem } from '../model/qa-item.js';
import type { TalkingPoint } from '../model/talking-point.js';
import type { Template } from '../model/template.js';
import { collectNodeReferences, collectPacketReferences, collectQaReferences, collectTalkingPointReferences } from './references.js';
import { EXCHANGE_FORMAT_VERSION, exchangeFileSchema, type ExchangeAgency, type ExchangeFile, type PacketExchange } from './schema.js';

export class ExchangeFormatError extends Error {
  constructor(
    message: string,
    readonly issues: ReadonlyArray<{ path: string; message: string }> = [],
    readonly reason: ExchangeFormatReason = 'invalid_format',
  ) {
    super(issues.length === 0 ? message : `${message}\n${issues.map((i) => `  ${i.path || '(file)'}: ${i.message}`).join('\n')}`);
    this.name = 'ExchangeFormatError';
  }
}

const EMBEDDED: ReadonlyArray<readonly [string, DocumentKind]> = [
  ['directives', 'directive'],
  ['talkingPoints', 'talkingPoint'],
  ['qaItems', 'qaItem'],
  ['templates', 'template'],
];

function migrateEmbedded(raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...raw };
  for (const [key, kind] of EMBEDDED) {
    const list = out[key];
    if (Array.isArray(list)) out[key] = list.map((doc: unknown) => migrate(kind, doc));
  }
  if (out.packet !== undefined) out.packet = migrate('packet', out.packet);
  if (out.template !== undefined && out.template !== null) out.template = migrate('template', out.template);
  return out;
}

function issuesOf(error: z.ZodError): Array<{ path: string; message: string }> {
  return error.issues.slice(0, 50).map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

/** Why a file was refused, for the UI to translate (errors.exchange.<reason>). */
export type ExchangeFormatReason = 'not_json' | 'not_exchange_file' | 'unsupported_version' | 'invalid_document' | 'invalid_format';

/** Parses the text of an exchange file; throws ExchangeFormatError with the first problems found. */
export function parseExchangeText(text: string): ExchangeFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ExchangeFormatError(`Not a JSON file: ${error instanceof Error ? error.message : String(error)}`, [], 'not_json');
  }
  return parseExchangeValue(raw);
}

/** Validates an already parsed JSON value as an exchange file (each embedded document migrated first). */
export function parseExchangeValue(raw: unknown): ExchangeFile {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ExchangeFormatError('Not an exchange file: the top level is not an object', [], 'not_exchange_file');
  }
  const record = raw as Record<string, unknown>;
  if (record.formatVersion !== EXCHANGE_FORMAT_VERSION) {
    throw new ExchangeFormatError(
      `Unsupported exchange formatVersion ${JSON.stringify(record.formatVersion)} (this version reads ${EXCHANGE_FORMAT_VERSION})`,
      [],
      'unsupported_version',
    );
  }
  let migrated: Record<string, unknown>;
  try {
    migrated = migrateEmbedded(record);
  } catch (error) {
    throw new ExchangeFormatError(error instanceof Error ? error.message : String(error), [], 'invalid_document');
  }
  const parsed = exchangeFileSchema.safeParse(migrated);
  if (!parsed.success) throw new ExchangeFormatError('Invalid exchange file', issuesOf(parsed.error), 'invalid_format');
  return parsed.data;
}

export interface PacketExchangeSource {
  packet: Packet;
  template: Template | null;
  agency: ExchangeAgency;
  directives: readonly Directive[];
  talkingPoints: readonly TalkingPoint[];
  qaItems: readonly QAItem[];
  appVersion: string;
  exportedAt: string;
}

/** Builds a packet exchange file with exactly the library documents the packet needs (followed transitively). */
export function buildPacketExchange(source: PacketExchangeSource): PacketExchange {
  const refs = collectPacketReferences(source.packet);
  const tags = autoTags(source.packet);
  const points = new Map(source.talkingPoints.map((p) => [p.id, p]));
  const items = new Map(source.qaItems.map((q) => [q.id, q]));
  for (const p of source.talkingPoints) if (p.tags.some((t) => tags.talkingPoints.has(t))) refs.talkingPointIds.add(p.id);
  for (const q of source.qaItems) if (q.tags.some((t) => tags.qa.has(t))) refs.qaIds.add(q.id);
  const visitedPoints = new Set<string>();
  const visitedItems = new Set<string>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const id of [...refs.talkingPointIds]) {
      const point = points.get(id);
      if (point && !visitedPoints.has(id)) {
        visitedPoints.add(id);
        collectTalkingPointReferences(point, refs);
        changed = true;
      }
    }
    for (const id of [...refs.qaIds]) {
      const item = items.get(id);
      if (item && !visitedItems.has(id)) {
        visitedItems.add(id);
        collectQaReferences(item, refs);
        changed = true;
      }
    }
  }
  return {
    formatVersion: EXCHANGE_FORMAT_VERSION,
    exportedAt: source.exportedAt,
    app: { name: 'Spokesdesk', version: source.appVersion },
    kind: 'packet',
    packet: source.packet,
    template: source.template,
    agency: source.agency,
    directives: source.directives.filter((d) => refs.directiveIds.has(d.id)),
    talkingPoints: source.talkingPoints.filter((p) => refs.talkingPointIds.has(p.id)),
    qaItems: source.qaItems.filter((q) => refs.qaIds.has(q.id)),
  };
}

function autoTags(packet: Packet): { talkingPoints: Set<string>; qa: Set<string> } {
  const result = { talkingPoints: new Set<string>(), qa: new Set<string>() };
  for (const section of packet.sections) {
    if (section.auto?.kind === 'talking_points_by_tag') result.talkingPoints.add(section.auto.tag);
    if (section.auto?.kind === 'qa_by_tag') result.qa.add(section.auto.tag);
  }
  return result;
}

/** Serialises an exchange file (stable key order as built, two-space indent, trailing newline). */
export function stringifyExchange(file: ExchangeFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

export { collectNodeReferences };
