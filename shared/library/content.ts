// What a talking point or Q&A item says (the fields a revision freezes), its revisions, and the directives it cites.
import { referencesIn } from '../editor/text.js';
import type { QAItem, QARevision } from '../model/qa-item.js';
import type { RichDoc } from '../model/rich-text.js';
import type { TalkingPoint, TalkingPointRevision } from '../model/talking-point.js';

export type LibraryItem = TalkingPoint | QAItem;

/**
 * The "content" of a talking point: what the spokesperson says, exactly the fields a revision freezes (the model's
 * talkingPointContentShape). Editing any of them on an approved point starts a new revision that needs approval;
 * audience, topic, house role, tags, review date and notes are metadata edited in place (preflight and export guard
 * internal audiences separately).
 */
export const TALKING_POINT_CONTENT_FIELDS = ['title', 'message', 'messageEn', 'proofPoints'] as const satisfies ReadonlyArray<keyof TalkingPointRevision>;

/** The content of a Q&A item (the model's qaContentShape); kind, sensitivity, links, outlet, audience, topic, tags, review date and notes are metadata. */
export const QA_CONTENT_FIELDS = ['question', 'questionEn', 'answer', 'answerEn', 'bridgingLines'] as const satisfies ReadonlyArray<keyof QARevision>;

export type TalkingPointContent = Pick<TalkingPoint, (typeof TALKING_POINT_CONTENT_FIELDS)[number]>;
export type QAContent = Pick<QAItem, (typeof QA_CONTENT_FIELDS)[number]>;

export function isTalkingPoint(item: LibraryItem): item is TalkingPoint {
  return 'proofPoints' in item;
}

export function contentFieldsOf(item: LibraryItem): readonly string[] {
  return isTalkingPoint(item) ? TALKING_POINT_CONTENT_FIELDS : QA_CONTENT_FIELDS;
}

/** Structural equality of JSON values (object key order ignored). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((value, index) => deepEqual(value, b[index]));
  const left = Object.entries(a).filter(([, value]) => value !== undefined);
  const right = new Map(Object.entries(b).filter(([, value]) => value !== undefined));
  return left.length === right.size && left.every(([key, value]) => right.has(key) && deepEqual(value, right.get(key)));
}

/** The content of revision `revision` (current or frozen), or undefined when the item never had it. */
export function talkingPointRevision(point: TalkingPoint, revision: number): TalkingPointContent | undefined {
  if (revision === point.revision) return point;
  return point.revisions.find((r) => r.revision === revision);
}

export function qaRevision(item: QAItem, revision: number): QAContent | undefined {
  if (revision === item.revision) return item;
  return item.revisions.find((r) => r.revision === revision);
}

/** Whether revision `revision` of the item carries an approval (the current one when approved, a frozen one when signed off). */
export function isRevisionApproved(item: LibraryItem, revision: number): boolean {
  if (revision === item.revision) return item.approval.status === 'approved';
  const frozen: { approvedBy: string | null; approvedAt: string | null } | undefined = isTalkingPoint(item)
    ? item.revisions.find((r) => r.revision === revision)
    : item.revisions.find((r) => r.revision === revision);
  return frozen !== undefined && frozen.approvedBy !== null && frozen.approvedAt !== null;
}

function citationsIn(doc: RichDoc | null): string[] {
  if (!doc) return [];
  return referencesIn(doc).flatMap((ref) => (ref.kind === 'citation' || ref.kind === 'directiveExcerpt' ? [ref.directiveId] : []));
}

/** Directives a talking point's content cites: citations and quoted excerpts in its message (vi, en), then its proof-point sources. */
export function directivesInTalkingPoint(content: TalkingPointContent): string[] {
  const sources = content.proofPoints.flatMap((p) => (p.source.kind === 'directive' ? [p.source.directiveId] : []));
  return [...new Set([...citationsIn(content.message), ...citationsIn(content.messageEn), ...sources])];
}

/** Directives a Q&A item's content cites: citations and quoted excerpts in its answer (vi, en). */
export function directivesInQa(content: QAContent): string[] {
  return [...new Set([...citationsIn(content.answer), ...citationsIn(content.answerEn)])];
}

/**
 * Every directive the item rests on, first mention first, without repeats: for a talking point the citations and
 * quoted excerpts in its message (vi, en) and its proof-point sources; for a Q&A item its linked directives and the
 * citations in its answer (vi, en).
 */
export function directivesCitedBy(item: LibraryItem): string[] {
  return isTalkingPoint(item) ? directivesInTalkingPoint(item) : [...new Set([...item.directiveIds, ...directivesInQa(item)])];
}
