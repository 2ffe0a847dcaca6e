// Why a talking point or Q&A item is stale: review date passed, a cited directive superseded, expired or deleted, never approved.
import type { Directive } from '../model/directive.js';
import { directivesCitedBy, type LibraryItem } from './content.js';

export type StaleReason =
  /** The review-by date lies before today. */
  | { code: 'review_date_passed'; reviewBy: string }
  /** No revision of the item was ever approved. */
  | { code: 'never_approved' }
  /**
   * A cited directive is marked superseded; `successorId` names its replacement when the registry knows it. `pending`:
   * the replacement only takes effect after today (the cited text still applies, but not for long).
   */
  | { code: 'directive_superseded'; directiveId: string; successorId: string | null; successorEffectiveFrom: string | null; pending: boolean }
  /** A cited directive is marked expired, or its effective-to date lies before today. */
  | { code: 'directive_expired'; directiveId: string; effectiveTo: string | null }
  /** A cited directive is no longer in the registry. */
  | { code: 'directive_missing'; directiveId: string };

export type StaleReasonCode = StaleReason['code'];

/** Directives looked up by id (a Map of the registry fits). */
export type DirectiveLookup = ReadonlyMap<string, Directive>;

/** What is wrong with one directive on `today`, or null when it may be cited. */
export function directiveProblem(directiveId: string, directives: DirectiveLookup, today: string): StaleReason | null {
  const directive = directives.get(directiveId);
  if (!directive) return { code: 'directive_missing', directiveId };
  if (directive.status === 'superseded') {
    const successor = directive.supersededBy ? directives.get(directive.supersededBy) : undefined;
    const successorEffectiveFrom = successor?.effectiveFrom ?? null;
    return { code: 'directive_superseded', directiveId, successorId: directive.supersededBy, successorEffectiveFrom, pending: successorEffectiveFrom !== null && successorEffectiveFrom > today };
  }
  if (directive.status === 'expired' || (directive.effectiveTo !== null && directive.effectiveTo < today)) {
    return { code: 'directive_expired', directiveId, effectiveTo: directive.effectiveTo };
  }
  return null;
}

/** Every reason the item needs attention on `today` (ISO date), in a stable order: review date, approval, then directives in citing order. */
export function staleReasons(item: LibraryItem, directives: DirectiveLookup, today: string): StaleReason[] {
  const reasons: StaleReason[] = [];
  if (item.reviewBy !== null && item.reviewBy < today) reasons.push({ code: 'review_date_passed', reviewBy: item.reviewBy });
  if (item.approval.status === 'draft' && item.revisions.length === 0) reasons.push({ code: 'never_approved' });
  for (const directiveId of directivesCitedBy(item)) {
    const problem = directiveProblem(directiveId, directives, today);
    if (problem) reasons.push(problem);
  }
  return reasons;
}

/** A reason that makes the item stale today (a supersession that takes effect later is a heads-up, not staleness). */
export function isCurrentReason(reason: StaleReason): boolean {
  return !(reason.code === 'directive_superseded' && reason.pending);
}

/** Whether the item is stale today: any reason except a supersession still pending. */
export function isStale(item: LibraryItem, directives: DirectiveLookup, today: string): boolean {
  return staleReasons(item, directives, today).some(isCurrentReason);
}
