// A ReferenceResolver over loaded library lists (directives, talking points, Q&A): short/full citations, titles, current revisions, staleness.
import { useMemo } from 'react';
import { format } from '../../../shared/citations/index';
import { isCurrentReason, staleReasons, type DirectiveLookup } from '../../../shared/library/staleness';
import type { Directive } from '../../../shared/model/directive';
import type { QAItem } from '../../../shared/model/qa-item';
import { plainText } from '../../../shared/model/rich-text';
import type { TalkingPoint } from '../../../shared/model/talking-point';
import type { ReferenceResolver, ResolvedDirective, ResolvedLibraryItem } from './resolver';

export interface LibraryLists {
  directives: readonly Directive[] | null;
  talkingPoints?: readonly TalkingPoint[] | null;
  qaItems?: readonly QAItem[] | null;
  /** ISO date the staleness is judged on. */
  today: string;
}

/** "Kết luận số 57-KL/TW" (the subject line when there is no symbol). */
export function shortCitation(directive: Directive): string {
  return (directive.symbol ? format(directive, 'short') : `${directive.type} ${directive.title}`.trim()).normalize('NFC');
}

export function fullCitation(directive: Directive): string {
  return (directive.symbol || directive.issueDate ? format(directive, 'full') : `${directive.type} ${directive.title}`.trim()).normalize('NFC');
}

function resolvedDirective(directive: Directive): ResolvedDirective {
  return {
    short: shortCitation(directive),
    full: fullCitation(directive),
    status: directive.status,
    excerptLabel: (excerptId) => {
      const excerpt = directive.excerpts.find((e) => e.id === excerptId);
      return excerpt ? excerpt.reference || null : null;
    },
  };
}

/** Stale for display: a current reason other than "never approved" (the approval badge already says that). */
export function isStaleForDisplay(item: TalkingPoint | QAItem, directives: DirectiveLookup, today: string): boolean {
  return staleReasons(item, directives, today).some((reason) => isCurrentReason(reason) && reason.code !== 'never_approved');
}

function resolvedItem(item: TalkingPoint | QAItem, title: string, text: string, directives: DirectiveLookup, today: string): ResolvedLibraryItem {
  return { title, text, currentRevision: item.revision, approved: item.approval.status === 'approved', stale: isStaleForDisplay(item, directives, today) };
}

export function libraryResolver({ directives, talkingPoints, qaItems, today }: LibraryLists): ReferenceResolver {
  const directiveMap: DirectiveLookup = new Map((directives ?? []).map((d) => [d.id, d]));
  const pointMap = new Map((talkingPoints ?? []).map((p) => [p.id, p]));
  const qaMap = new Map((qaItems ?? []).map((q) => [q.id, q]));
  const directiveCache = new Map<string, ResolvedDirective>();
  return {
    directive: (id) => {
      const directive = directiveMap.get(id);
      if (!directive) return null;
      let resolved = directiveCache.get(id);
      if (!resolved) {
        resolved = resolvedDirective(directive);
        directiveCache.set(id, resolved);
      }
      return resolved;
    },
    talkingPoint: (id) => {
      const point = pointMap.get(id);
      return point ? resolvedItem(point, point.title, plainText(point.message), directiveMap, today) : null;
    },
    qa: (id) => {
      const item = qaMap.get(id);
      return item ? resolvedItem(item, item.question, plainText(item.answer), directiveMap, today) : null;
    },
  };
}

/** The resolver for the given lists, rebuilt only when one of them changes. */
export function useLibraryResolver({ directives, talkingPoints, qaItems, today }: LibraryLists): ReferenceResolver {
  return useMemo(() => libraryResolver({ directives, talkingPoints, qaItems, today }), [directives, talkingPoints, qaItems, today]);
}
