// Approval and revisions of talking points and Q&A items: approve with a review date, edit (an approved item's content edit opens a new draft revision).
import { AppError } from '../ipc/errors.js';
import type { QAItem, QARevision } from '../model/qa-item.js';
import type { TalkingPoint, TalkingPointRevision } from '../model/talking-point.js';
import { addDays, localDateOf } from './calendar.js';
import { contentFieldsOf, deepEqual, isTalkingPoint, type LibraryItem } from './content.js';
import { DEFAULT_REVIEW_DAYS } from './rules.js';

/** Fields the store or these rules manage; an edit cannot set them. */
type ManagedField = 'id' | 'schemaVersion' | 'createdAt' | 'updatedAt' | 'approval' | 'revision' | 'revisions';

export type LibraryItemChanges<T extends LibraryItem> = Partial<Omit<T, ManagedField>>;

export interface ApproveOptions {
  /** A review date the approver chose; otherwise the default rule applies. */
  reviewBy?: string | null;
  /** Days from approval to the default review date. */
  reviewDays?: number;
}

/** The review date a user did not choose: `days` after the local date of the approval. */
export function defaultReviewBy(approvedAt: string, days = DEFAULT_REVIEW_DAYS): string {
  return addDays(localDateOf(approvedAt), days);
}

/** When the item was last approved (now or in a frozen revision), or null. */
function lastApprovedAt(item: LibraryItem): string | null {
  if (item.approval.approvedAt) return item.approval.approvedAt;
  const revisions: ReadonlyArray<{ approvedAt: string | null }> = item.revisions;
  return revisions.findLast((r) => r.approvedAt !== null)?.approvedAt ?? null;
}

/**
 * The review date after an approval at `now`. The user's own date is kept while it lies in the future; a date that
 * is missing, already reached, or equal to the default of the previous approval (so set by this rule, not by a user)
 * becomes `days` after this approval.
 */
function reviewDateAfterApproval(item: LibraryItem, now: string, days: number): string {
  const today = localDateOf(now);
  const current = item.reviewBy;
  const previous = lastApprovedAt(item);
  const wasDefault = previous !== null && current === defaultReviewBy(previous, days);
  if (current === null || current <= today || wasDefault) return defaultReviewBy(now, days);
  return current;
}

/** Approves the current revision: status approved, approver and time recorded, review date set (see reviewDateAfterApproval). */
export function approve<T extends LibraryItem>(item: T, approver: string, now: string, options: ApproveOptions = {}): T {
  const approvedBy = approver.normalize('NFC').trim();
  if (!approvedBy) throw new AppError('validation', { field: 'approvedBy' }, [{ path: ['approvedBy'], message: 'validation.required' }]);
  const reviewBy = options.reviewBy ?? reviewDateAfterApproval(item, now, options.reviewDays ?? DEFAULT_REVIEW_DAYS);
  return { ...item, approval: { status: 'approved', approvedBy, approvedAt: now }, reviewBy, updatedAt: now };
}

function freezeTalkingPoint(point: TalkingPoint, savedAt: string): TalkingPointRevision {
  const { revision, title, message, messageEn, proofPoints, approval } = point;
  return { revision, title, message, messageEn, proofPoints, approvedBy: approval.approvedBy, approvedAt: approval.approvedAt, savedAt };
}

function freezeQa(item: QAItem, savedAt: string): QARevision {
  const { revision, question, questionEn, answer, answerEn, bridgingLines, approval } = item;
  return { revision, question, questionEn, answer, answerEn, bridgingLines, approvedBy: approval.approvedBy, approvedAt: approval.approvedAt, savedAt };
}

/** The content fields `changes` would really change (a field set to its current value is no change). */
export function changedContentFields<T extends LibraryItem>(item: T, changes: LibraryItemChanges<T>): string[] {
  const current: Record<string, unknown> = item;
  const next: Record<string, unknown> = changes;
  return contentFieldsOf(item).filter((field) => field in next && next[field] !== undefined && !deepEqual(next[field], current[field]));
}

/**
 * Applies an edit. A draft changes in place. On an approved item, a change of content (see content.ts) freezes the
 * approved revision into `revisions` (with its approver; `savedAt` is when it was replaced) and starts revision + 1 as a
 * draft that needs approval again; a change of metadata only (tags, review date, audience…) keeps the approval.
 * A field given as undefined is left as it is.
 */
export function edit<T extends LibraryItem>(item: T, requested: LibraryItemChanges<T>, now: string): T {
  const changes: LibraryItemChanges<T> = {};
  for (const [field, value] of Object.entries(requested)) if (value !== undefined) Object.assign(changes, { [field]: value });
  const edited = { ...item, ...changes, updatedAt: now };
  if (item.approval.status !== 'approved' || changedContentFields(item, changes).length === 0) return edited;
  const draft = { status: 'draft' as const, approvedBy: null, approvedAt: null };
  if (isTalkingPoint(item)) {
    const point: TalkingPoint = { ...item, ...changes, updatedAt: now, approval: draft, revision: item.revision + 1, revisions: [...item.revisions, freezeTalkingPoint(item, now)] };
    return { ...edited, ...point };
  }
  const qa: QAItem = { ...item, ...changes, updatedAt: now, approval: draft, revision: item.revision + 1, revisions: [...item.revisions, freezeQa(item, now)] };
  return { ...edited, ...qa };
}
