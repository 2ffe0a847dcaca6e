// The lines the crash-test editor prints (ready, intent before a call, ack after its promise resolved) and the content fingerprints both sides compute.
import { createHash } from 'node:crypto';
import { z } from 'zod';

export const KINDS = ['directive', 'packet', 'settings'] as const;
export type Kind = (typeof KINDS)[number];

/** Printed once the services are open, before the first edit: what the app sees in the folder it just opened. */
export const readyLineSchema = z
  .object({
    t: z.literal('ready'),
    pid: z.number().int(),
    directives: z.record(z.string(), z.string()),
    packets: z.record(z.string(), z.string()),
    settingsUpdatedAt: z.string(),
    incidents: z.number().int(),
    /** Attempts the open needed (a lock file left empty by a kill during the previous open makes it retry). */
    openAttempts: z.number().int().min(1),
  })
  .strict();

/**
 * Printed before a call starts. `content` fingerprints the fields as the schema will store them, so the parent can
 * recognise this edit on disk even though the call never returned. `key` names a create before its id exists.
 */
export const intentLineSchema = z
  .object({
    t: z.literal('intent'),
    kind: z.enum(KINDS),
    op: z.enum(['create', 'update', 'delete']),
    id: z.string().nullable(),
    key: z.string().nullable(),
    rev: z.number().int().min(1).nullable(),
    content: z.string().nullable(),
  })
  .strict();

/** Printed after the call's promise resolved: `hash` fingerprints the whole stored document the call returned. */
export const ackLineSchema = z
  .object({
    t: z.literal('ack'),
    kind: z.enum(KINDS),
    op: z.enum(['create', 'update', 'delete']),
    id: z.string(),
    key: z.string().nullable(),
    rev: z.number().int().min(1).nullable(),
    hash: z.string().nullable(),
  })
  .strict();

export const childLineSchema = z.discriminatedUnion('t', [readyLineSchema, intentLineSchema, ackLineSchema]);
export type ReadyLine = z.infer<typeof readyLineSchema>;
export type IntentLine = z.infer<typeof intentLineSchema>;
export type AckLine = z.infer<typeof ackLineSchema>;
export type ChildLine = z.infer<typeof childLineSchema>;

/** JSON with object keys sorted at every level, so equal content always gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    const record = inner as Record<string, unknown>;
    return Object.fromEntries(Object.keys(record).sort().map((k) => [k, record[k]]));
  });
}

export function fingerprint(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex').slice(0, 24);
}

/** The listed keys of a document (its editable fields), fingerprinted. */
export function fieldsFingerprint(document: Record<string, unknown>, keys: readonly string[]): string {
  return fingerprint(Object.fromEntries(keys.map((k) => [k, document[k]])));
}

/** Where each kind carries its revision number and its create key, so a document on disk says which edit wrote it. */
const DIRECTIVE_NOTES = /^Bản sửa (\d+) · (\S+)$/u;
const PACKET_KEY_VARIABLE = 'ma_tao';
const PACKET_REV_VARIABLE = 'ban_sua';
const SETTINGS_AGENCY = /^Văn phòng Ủy ban nhân dân tỉnh — bản (\d+)$/u;

export function directiveNotes(rev: number, key: string): string {
  return `Bản sửa ${rev} · ${key}`;
}

export function packetMarkers(rev: number, key: string): Record<string, string> {
  return { [PACKET_REV_VARIABLE]: String(rev), [PACKET_KEY_VARIABLE]: key };
}

export function settingsAgency(rev: number): string {
  return `Văn phòng Ủy ban nhân dân tỉnh — bản ${rev}`;
}

export interface Marker {
  rev: number;
  key: string | null;
}

export function markerOf(kind: Kind, document: Record<string, unknown>): Marker | null {
  if (kind === 'directive') {
    const match = typeof document.notes === 'string' ? DIRECTIVE_NOTES.exec(document.notes) : null;
    return match?.[1] && match[2] ? { rev: Number(match[1]), key: match[2] } : null;
  }
  if (kind === 'packet') {
    const variables = document.variables;
    if (typeof variables !== 'object' || variables === null) return null;
    const rev = Number((variables as Record<string, unknown>)[PACKET_REV_VARIABLE]);
    const key = (variables as Record<string, unknown>)[PACKET_KEY_VARIABLE];
    return Number.isInteger(rev) && rev > 0 && typeof key === 'string' ? { rev, key } : null;
  }
  const match = typeof document.agencyName === 'string' ? SETTINGS_AGENCY.exec(document.agencyName) : null;
  return match?.[1] ? { rev: Number(match[1]), key: null } : document.agencyName === '' ? { rev: 0, key: null } : null;
}
