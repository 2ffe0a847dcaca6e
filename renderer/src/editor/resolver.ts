// How the editor's node views look up what a reference points at (directives, talking points, Q&A, variables), and the React context carrying it.
import { createContext, useContext } from 'react';
import type { DirectiveStatus } from '../../../shared/model/directive';

/** A directive as a citation chip or excerpt caption shows it. */
export interface ResolvedDirective {
  /** Short citation, e.g. "Kết luận số 57-KL/TW". */
  short: string;
  /** Full citation, shown as the chip's tooltip. */
  full: string;
  status: DirectiveStatus;
  /** Labels of the directive's excerpts by excerpt id ("Điều 3 khoản 2"). */
  excerptLabel?(excerptId: string): string | null;
}

/** A talking point or Q&A item as its embedded card shows it. */
export interface ResolvedLibraryItem {
  /** Title of a talking point, question of a Q&A item. */
  title: string;
  /** Plain text of the message or answer (the card shows its beginning). */
  text: string;
  /** The library's current revision; a card whose stored revision is older says so. */
  currentRevision: number;
  approved: boolean;
  stale: boolean;
}

export type ReferenceKind = 'talkingPoint' | 'qa';

/**
 * Look-ups the node views call while drawing. Every member is optional: a missing one (or `null`) draws the reference
 * by its id. `keepReference`, when given, adds "Giữ nguyên" next to "Cập nhật" on a card whose library item changed;
 * `isKept` says the user already chose to keep that revision.
 */
export interface ReferenceResolver {
  directive?(directiveId: string): ResolvedDirective | null;
  talkingPoint?(talkingPointId: string): ResolvedLibraryItem | null;
  qa?(qaId: string): ResolvedLibraryItem | null;
  /** A variable's label (and value, when the packet has one) for the token's tooltip. */
  variable?(name: string): { label: string; value?: string } | null;
  keepReference?(kind: ReferenceKind, id: string, libraryRevision: number): void;
  isKept?(kind: ReferenceKind, id: string, libraryRevision: number): boolean;
}

export const NO_RESOLVER: ReferenceResolver = {};

export const ResolverContext = createContext<ReferenceResolver>(NO_RESOLVER);

export function useResolver(): ReferenceResolver {
  return useContext(ResolverContext);
}
