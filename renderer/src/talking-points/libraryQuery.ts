// Filtering and sorting of talking point and Q&A lists (pure): diacritics-insensitive word-start text filter, tag, audience, status, stale, language.
import { isCurrentReason, staleReasons, type DirectiveLookup, type StaleReason } from '../../../shared/library/staleness';
import type { Audience } from '../../../shared/model/common';
import type { QAItem } from '../../../shared/model/qa-item';
import { plainText, type RichDoc } from '../../../shared/model/rich-text';
import type { TalkingPoint } from '../../../shared/model/talking-point';
import { foldVietnamese } from '../../../shared/text/normalize';

export type LibraryItem = TalkingPoint | QAItem;

export interface LibraryFilter {
  text: string;
  tag: string;
  audience: Audience | '';
  status: 'approved' | 'pending' | '';
  stale: 'stale' | 'current' | '';
  language: 'missingEn' | 'hasEn' | '';
  /** Q&A only. */
  kind: 'question' | 'rebuttal' | '';
  sensitivity: 'routine' | 'sensitive' | '';
}

export const EMPTY_LIBRARY_FILTER: LibraryFilter = { text: '', tag: '', audience: '', status: '', stale: '', language: '', kind: '', sensitivity: '' };

export const LIBRARY_SORTS = ['updated', 'title', 'reviewBy', 'topic'] as const;
export type LibrarySort = (typeof LIBRARY_SORTS)[number];

export interface LibraryRow<T extends LibraryItem> {
  item: T;
  title: string;
  /** Folded search text (computed on first read). */
  readonly folded: string;
  /** Reasons that make the item stale today (never-approved is shown as the status instead). */
  reasons: StaleReason[];
  stale: boolean;
  hasEnglish: boolean;
}

function hasText(doc: RichDoc | null): boolean {
  return doc !== null && plainText(doc).trim() !== '';
}

function isTalkingPoint(item: LibraryItem): item is TalkingPoint {
  return 'proofPoints' in item;
}

function searchText(item: LibraryItem): string {
  if (isTalkingPoint(item)) {
    return [item.title, plainText(item.message), item.proofPoints.map((p) => `${p.text} ${p.textEn}`).join(' '), item.topic, item.tags.join(' '), item.notes].join('\n');
  }
  return [item.question, item.questionEn, plainText(item.answer), item.bridgingLines.join(' '), item.outlet, item.topic, item.tags.join(' '), item.notes].join('\n');
}

/**
 * Title, English presence and staleness of each item, computed once per list or directive change; the folded search
 * text on first use (folding 10,000 talking points took most of a second, before the list could show).
 */
export function indexLibrary<T extends LibraryItem>(items: readonly T[], directives: DirectiveLookup, today: string): Array<LibraryRow<T>> {
  return items.map((item) => {
    const reasons = staleReasons(item, directives, today).filter((reason) => isCurrentReason(reason) && reason.code !== 'never_approved');
    const hasEnglish = isTalkingPoint(item) ? hasText(item.messageEn) : hasText(item.answerEn) || item.questionEn.trim() !== '';
    let folded: string | null = null;
    return {
      item,
      title: isTalkingPoint(item) ? item.title : item.question,
      get folded() {
        return (folded ??= foldVietnamese(searchText(item)));
      },
      reasons,
      stale: reasons.length > 0,
      hasEnglish,
    };
  });
}

/** Folds the search text of rows from `start` until `deadline` says stop (idle time after the list shows); returns where it stopped. */
export function foldAhead(rows: ReadonlyArray<LibraryRow<LibraryItem>>, start: number, deadline: () => boolean): number {
  let at = start;
  while (at < rows.length && !deadline()) {
    void rows[at]?.folded;
    at++;
  }
  return at;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether `token` starts a word of `text` ("quyen" finds "quyền", "con ng" finds "con người"). */
function startsWord(text: string, token: string): boolean {
  for (let at = text.indexOf(token); at !== -1; at = text.indexOf(token, at + 1)) {
    if (at === 0 || !WORD_CHAR.test(text.charAt(at - 1))) return true;
  }
  return false;
}

export function filterLibrary<T extends LibraryItem>(rows: ReadonlyArray<LibraryRow<T>>, filter: LibraryFilter): Array<LibraryRow<T>> {
  const tokens = foldVietnamese(filter.text).split(/\s+/u).filter(Boolean);
  return rows.filter((row) => {
    const { item } = row;
    if (filter.tag && !item.tags.includes(filter.tag)) return false;
    if (filter.audience && item.audience !== filter.audience) return false;
    if (filter.status === 'approved' && item.approval.status !== 'approved') return false;
    if (filter.status === 'pending' && item.approval.status === 'approved') return false;
    if (filter.stale === 'stale' && !row.stale) return false;
    if (filter.stale === 'current' && row.stale) return false;
    if (filter.language === 'missingEn' && row.hasEnglish) return false;
    if (filter.language === 'hasEn' && !row.hasEnglish) return false;
    if (!isTalkingPoint(item)) {
      if (filter.kind && item.kind !== filter.kind) return false;
      if (filter.sensitivity && item.sensitivity !== filter.sensitivity) return false;
    }
    return tokens.every((token) => startsWord(row.folded, token));
  });
}

export function hasActiveLibraryFilter(filter: LibraryFilter): boolean {
  return Object.values(filter).some((value) => value.trim() !== '');
}

/** Newest change first; title, topic A–Z; review date soonest first (undated last). Ties by title. */
export function sortLibrary<T extends LibraryItem>(rows: ReadonlyArray<LibraryRow<T>>, sort: LibrarySort, collator: Intl.Collator): Array<LibraryRow<T>> {
  const byTitle = (a: LibraryRow<T>, b: LibraryRow<T>) => collator.compare(a.title, b.title);
  const compare: Record<LibrarySort, (a: LibraryRow<T>, b: LibraryRow<T>) => number> = {
    updated: (a, b) => (a.item.updatedAt === b.item.updatedAt ? byTitle(a, b) : a.item.updatedAt < b.item.updatedAt ? 1 : -1),
    title: byTitle,
    topic: (a, b) => {
      if (!a.item.topic !== !b.item.topic) return a.item.topic ? -1 : 1;
      return collator.compare(a.item.topic, b.item.topic) || byTitle(a, b);
    },
    reviewBy: (a, b) => {
      const x = a.item.reviewBy;
      const y = b.item.reviewBy;
      if (x === y) return byTitle(a, b);
      if (x === null) return 1;
      if (y === null) return -1;
      return x < y ? -1 : 1;
    },
  };
  return [...rows].sort(compare[sort]);
}

/** Tags in use, A–Z. */
export function tagsOf(items: readonly LibraryItem[], collator: Intl.Collator): string[] {
  return [...new Set(items.flatMap((item) => item.tags))].sort(collator.compare);
}

/** Topics in use, A–Z (for suggestions and the message house). */
export function topicsOf(items: readonly LibraryItem[], collator: Intl.Collator): string[] {
  return [...new Set(items.map((item) => item.topic.trim()).filter(Boolean))].sort(collator.compare);
}
