// What must be on disk after a kill: every acknowledged save exactly, or the one edit that was in flight, and nothing else.
import { directiveFieldsSchema, packetFieldsSchema } from '../../../shared/model/index.js';
import type { FolderState } from './folder-check.js';
import { fieldsFingerprint, fingerprint, markerOf, type AckLine, type ChildLine, type IntentLine, type Kind } from './protocol.js';

const FIELD_KEYS: Record<Exclude<Kind, 'settings'>, readonly string[]> = {
  directive: Object.keys(directiveFieldsSchema.shape),
  packet: Object.keys(packetFieldsSchema.shape),
};

type Known = { present: true; rev: number; hash: string } | { present: false };

/** Counts of what the kills interrupted, for the test's report. */
export interface RoundFacts {
  acks: number;
  /** Edits that had started and not been acknowledged when the kill landed. */
  inFlight: number;
  /** In-flight edits found complete on disk (killed after the write, before the acknowledgement). */
  landedUnacknowledged: number;
}

export class Ledger {
  /** "kind:id" → the state the last verified round left (adopted from disk after every successful check). */
  private readonly known = new Map<string, Known>();

  /** Checks the folder against the lines of one editor process; returns the problems found (none: the round passed). */
  check(lines: readonly ChildLine[], disk: FolderState): { problems: string[]; facts: RoundFacts } {
    const expected = new Map(this.known);
    const pending = new Map<string, IntentLine>();
    const pendingCreates = new Map<string, IntentLine>();
    let acks = 0;
    for (const line of lines) {
      if (line.t === 'intent') {
        if (line.op === 'create' && line.key) pendingCreates.set(`${line.kind}:${line.key}`, line);
        else if (line.id) pending.set(`${line.kind}:${line.id}`, line);
      } else if (line.t === 'ack') {
        acks++;
        this.acknowledge(expected, pending, pendingCreates, line);
      }
    }
    const problems: string[] = [];
    let landed = 0;
    const onDisk = documentsOnDisk(disk);
    for (const [ref, doc] of onDisk) {
      const kind = ref.split(':', 1)[0] as Kind;
      const want = expected.get(ref);
      const intent = pending.get(ref);
      if (want?.present && fingerprint(doc) === want.hash) continue;
      if (intent?.op === 'update' && matchesIntent(kind, doc, intent)) {
        landed++;
        continue;
      }
      if (!want) {
        const key = markerOf(kind, doc)?.key;
        const create = key ? pendingCreates.get(`${kind}:${key}`) : undefined;
        if (create && matchesIntent(kind, doc, create)) {
          landed++;
          continue;
        }
        if (kind === 'settings' && markerOf(kind, doc)?.rev === 0) continue;
        problems.push(`${ref} is on disk but was never acknowledged nor in flight (rev ${markerOf(kind, doc)?.rev ?? '?'})`);
        continue;
      }
      problems.push(
        want.present
          ? `${ref}: acknowledged rev ${want.rev} is not what is on disk (rev ${markerOf(kind, doc)?.rev ?? '?'}${intent ? `, rev ${intent.rev ?? '-'} ${intent.op} was in flight` : ''})`
          : `${ref} was deleted (acknowledged) but is on disk again`,
      );
    }
    for (const [ref, want] of expected) {
      if (!want.present || onDisk.has(ref)) continue;
      if (pending.get(ref)?.op === 'delete') {
        landed++;
        continue;
      }
      problems.push(`${ref}: acknowledged rev ${want.rev} is missing from disk`);
    }
    return { problems, facts: { acks, inFlight: pending.size + pendingCreates.size, landedUnacknowledged: landed } };
  }

  /** After a round passed, the folder as it is becomes the baseline the next editor process continues from. */
  adopt(disk: FolderState): void {
    const onDisk = documentsOnDisk(disk);
    for (const [ref, known] of this.known) if (known.present && !onDisk.has(ref)) this.known.set(ref, { present: false });
    for (const [ref, doc] of onDisk) {
      const kind = ref.split(':', 1)[0] as Kind;
      this.known.set(ref, { present: true, rev: markerOf(kind, doc)?.rev ?? 0, hash: fingerprint(doc) });
    }
  }

  private acknowledge(expected: Map<string, Known>, pending: Map<string, IntentLine>, pendingCreates: Map<string, IntentLine>, line: AckLine): void {
    const ref = `${line.kind}:${line.id}`;
    if (line.op === 'create' && line.key) pendingCreates.delete(`${line.kind}:${line.key}`);
    pending.delete(ref);
    expected.set(ref, line.op === 'delete' ? { present: false } : { present: true, rev: line.rev ?? 0, hash: line.hash ?? '' });
  }
}

function documentsOnDisk(disk: FolderState): Map<string, Record<string, unknown>> {
  const docs = new Map<string, Record<string, unknown>>();
  for (const [id, d] of disk.directives) docs.set(`directive:${id}`, d);
  for (const [id, p] of disk.packets) docs.set(`packet:${id}`, p);
  if (disk.settings) docs.set('settings:settings', disk.settings);
  return docs;
}

/** Whether a document on disk is exactly the edit an intent line announced. */
function matchesIntent(kind: Kind, doc: Record<string, unknown>, intent: IntentLine): boolean {
  const marker = markerOf(kind, doc);
  if (!marker || marker.rev !== intent.rev) return false;
  if (kind === 'settings') return true;
  return fieldsFingerprint(doc, FIELD_KEYS[kind]) === intent.content;
}
