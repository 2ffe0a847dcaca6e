// Migration registry: every stored document is upgraded step by step to its kind's current schemaVersion before validation.
import { DIRECTIVE_SCHEMA_VERSION } from './directive.js';
import { PACKET_SCHEMA_VERSION, PACKET_VERSION_SCHEMA_VERSION } from './packet.js';
import { QA_ITEM_SCHEMA_VERSION } from './qa-item.js';
import { SETTINGS_SCHEMA_VERSION } from './settings.js';
import { TALKING_POINT_SCHEMA_VERSION } from './talking-point.js';
import { TEMPLATE_SCHEMA_VERSION } from './template.js';

export type DocumentKind = 'directive' | 'talkingPoint' | 'qaItem' | 'template' | 'packet' | 'packetVersion' | 'settings';

/** Upgrades a raw document of version `from` to `from + 1`. It receives a copy and may change it. */
export type MigrationStep = (doc: Record<string, unknown>) => Record<string, unknown>;

export interface MigrationRegistry {
  /** Current schema version per kind. */
  readonly current: Readonly<Record<DocumentKind, number>>;
  /** steps[kind][n] upgrades version n to n + 1. */
  readonly steps: Readonly<Record<DocumentKind, Readonly<Record<number, MigrationStep>>>>;
}

export const CURRENT_SCHEMA_VERSIONS: Readonly<Record<DocumentKind, number>> = {
  directive: DIRECTIVE_SCHEMA_VERSION,
  talkingPoint: TALKING_POINT_SCHEMA_VERSION,
  qaItem: QA_ITEM_SCHEMA_VERSION,
  template: TEMPLATE_SCHEMA_VERSION,
  packet: PACKET_SCHEMA_VERSION,
  packetVersion: PACKET_VERSION_SCHEMA_VERSION,
  settings: SETTINGS_SCHEMA_VERSION,
};

/** The project's migrations. Each schema change adds a step here and raises the kind's version. */
export const MIGRATIONS: MigrationRegistry = {
  current: CURRENT_SCHEMA_VERSIONS,
  steps: { directive: {}, talkingPoint: {}, qaItem: {}, template: {}, packet: {}, packetVersion: {}, settings: {} },
};

export class MigrationError extends Error {
  constructor(
    readonly kind: DocumentKind,
    readonly reason: 'not_an_object' | 'bad_version' | 'newer_than_app' | 'missing_step',
    readonly version?: number,
  ) {
    super(`Cannot migrate ${kind}: ${reason}${version === undefined ? '' : ` (version ${version})`}`);
    this.name = 'MigrationError';
  }
}

/** Whether a raw document needs migrating (so callers can back up before they rewrite it). */
export function needsMigration(kind: DocumentKind, raw: unknown, registry: MigrationRegistry = MIGRATIONS): boolean {
  return isRecord(raw) && typeof raw.schemaVersion === 'number' && raw.schemaVersion < registry.current[kind];
}

/**
 * Brings a raw document to the current version of its kind. Documents without a schemaVersion are treated as
 * version 1. A document newer than this app is refused, never downgraded.
 */
export function migrate(kind: DocumentKind, raw: unknown, registry: MigrationRegistry = MIGRATIONS): unknown {
  if (!isRecord(raw)) throw new MigrationError(kind, 'not_an_object');
  const version = raw.schemaVersion ?? 1;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new MigrationError(kind, 'bad_version');
  }
  const target = registry.current[kind];
  if (version > target) throw new MigrationError(kind, 'newer_than_app', version);
  let doc: Record<string, unknown> = { ...raw, schemaVersion: version };
  for (let v = version; v < target; v++) {
    const step = registry.steps[kind][v];
    if (!step) throw new MigrationError(kind, 'missing_step', v);
    doc = { ...step(structuredClone(doc)), schemaVersion: v + 1 };
  }
  return doc;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
