// Checks of the live references in packet text, shared by preflight and roll-forward: library items, directives, variables.
import { forEachNode, referencesIn, type DocLocation, type DocReference } from '../editor/text.js';
import { placeholdersIn } from '../content/references.js';
import { isRevisionApproved, qaRevision, talkingPointRevision, type LibraryItem } from '../library/content.js';
import { directiveProblem, isCurrentReason, staleReasons } from '../library/staleness.js';
import type { Packet, PacketSection } from '../model/packet.js';
import type { RichNode } from '../model/rich-text.js';
import type { Template } from '../model/template.js';
import { sectionLocation, type PacketFinding, type PacketLocation } from './findings.js';
import type { PacketLibrary } from './library.js';
import { variableValue } from './variables.js';

export interface CheckContext {
  library: PacketLibrary;
  /** ISO date the checks are made for (review dates, effective-to dates). */
  today: string;
}

export function nodeLocation(sectionId: string, at: DocLocation): PacketLocation {
  return { sectionId, path: at.path, pos: at.pos };
}

type ItemKind = 'talkingPoint' | 'qa';

const CODES = {
  talkingPoint: { unknown: 'unknown_talking_point', unapproved: 'unapproved_talking_point', stale: 'stale_talking_point' },
  qa: { unknown: 'unknown_qa', unapproved: 'unapproved_qa', stale: 'stale_qa' },
} as const;

/** Findings about one library item as used at `location` in revision `revision` (or its current revision for auto content). */
export function checkLibraryItem(kind: ItemKind, id: string, revision: number, location: PacketLocation, ctx: CheckContext): PacketFinding[] {
  const codes = CODES[kind];
  const item: LibraryItem | undefined = kind === 'talkingPoint' ? ctx.library.talkingPoints.get(id) : ctx.library.qaItems.get(id);
  if (!item) return [{ severity: 'error', code: codes.unknown, params: { id }, location }];
  const content = 'proofPoints' in item ? talkingPointRevision(item, revision) : qaRevision(item, revision);
  if (!content) return [{ severity: 'error', code: 'unknown_revision', params: { kind, id, revision, current: item.revision }, location }];
  const findings: PacketFinding[] = [];
  if (!isRevisionApproved(item, revision)) findings.push({ severity: 'error', code: codes.unapproved, params: { id, revision }, location });
  if (revision < item.revision) {
    findings.push({ severity: 'warning', code: 'changed_in_library', params: { kind, id, inserted: revision, current: item.revision, currentApproved: item.approval.status === 'approved' }, location });
  }
  const reasons = staleReasons(item, ctx.library.directives, ctx.today).filter((r) => r.code !== 'never_approved' && isCurrentReason(r));
  if (reasons.length > 0) {
    const directiveIds = reasons.flatMap((r) => ('directiveId' in r ? [r.directiveId] : []));
    findings.push({ severity: 'warning', code: codes.stale, params: { id, reasons: reasons.map((r) => r.code), directiveIds }, location });
  }
  return findings;
}

function checkDirective(directiveId: string, excerptId: string | null, location: PacketLocation, ctx: CheckContext): PacketFinding[] {
  const directive = ctx.library.directives.get(directiveId);
  if (!directive) return [{ severity: 'error', code: 'unknown_directive', params: { directiveId }, location }];
  const findings: PacketFinding[] = [];
  if (excerptId !== null && !directive.excerpts.some((e) => e.id === excerptId)) {
    findings.push({ severity: 'warning', code: 'unknown_excerpt', params: { directiveId, excerptId }, location });
  }
  const problem = directiveProblem(directiveId, ctx.library.directives, ctx.today);
  if (problem?.code === 'directive_superseded') {
    const { successorId, successorEffectiveFrom, pending } = problem;
    findings.push({ severity: pending ? 'info' : 'warning', code: 'directive_superseded', params: { directiveId, successorId: successorId ?? '', successorEffectiveFrom: successorEffectiveFrom ?? '', pending }, location });
  } else if (problem?.code === 'directive_expired') {
    findings.push({ severity: 'warning', code: 'directive_expired', params: { directiveId, effectiveTo: problem.effectiveTo ?? '' }, location });
  }
  return findings;
}

/**
 * Findings for the talking points, Q&A items, citations and excerpts in one section's text, in document order.
 * A directive's problem is reported once per section, at its first mention. `include` decides which references are
 * printed (and so checked).
 */
export function checkReferences(sectionId: string, doc: RichNode, ctx: CheckContext, include: (ref: DocReference) => boolean = () => true): PacketFinding[] {
  const findings: PacketFinding[] = [];
  const directivesSeen = new Set<string>();
  for (const ref of referencesIn(doc)) {
    if (!include(ref)) continue;
    const location = nodeLocation(sectionId, ref.at);
    if (ref.kind === 'talkingPoint') findings.push(...checkLibraryItem('talkingPoint', ref.talkingPointId, ref.revision, location, ctx));
    else if (ref.kind === 'qa') findings.push(...checkLibraryItem('qa', ref.qaId, ref.revision, location, ctx));
    else if (ref.kind === 'citation' || ref.kind === 'directiveExcerpt') {
      const excerptId = ref.kind === 'directiveExcerpt' ? ref.excerptId : null;
      const key = `${ref.directiveId}\u0000${excerptId ?? ''}`;
      if (directivesSeen.has(key)) continue;
      directivesSeen.add(key);
      findings.push(...checkDirective(ref.directiveId, excerptId, location, ctx));
    }
  }
  return findings;
}

/** Variable nodes and {{name}} placeholders in a section's text without a value, each where it stands. */
export function unfilledInDoc(sectionId: string, doc: RichNode, packet: Pick<Packet, 'variables'>, template: Template | null, include: (at: DocLocation) => boolean = () => true): PacketFinding[] {
  const findings: PacketFinding[] = [];
  forEachNode(doc, (node, at) => {
    if (!include(at)) return;
    const names = node.type === 'variable' ? [node.attrs?.['name']] : node.type === 'text' && node.text?.includes('{{') ? placeholdersIn(node.text) : [];
    for (const name of names) {
      if (typeof name === 'string' && variableValue(packet, template, name) === null) {
        findings.push({ severity: 'error', code: 'unfilled_variable', params: { name, declared: template?.variables.some((v) => v.name === name) ?? name in packet.variables }, location: nodeLocation(sectionId, at) });
      }
    }
  });
  return findings;
}

/** {{name}} placeholders without a value in a title (the packet's when sectionId is null). */
export function unfilledInTitle(title: string, sectionId: string | null, packet: Pick<Packet, 'variables'>, template: Template | null): PacketFinding[] {
  return placeholdersIn(title)
    .filter((name) => variableValue(packet, template, name) === null)
    .map((name) => ({ severity: 'error' as const, code: 'unfilled_variable' as const, params: { name, field: 'title' }, location: { sectionId, path: [], pos: null } }));
}

/**
 * Findings for the library items an auto section pulls in by tag (at their current revision), and an empty-section
 * warning when none would print. A handout leaves out internal talking points and sensitive or internal Q&A.
 */
export function checkAutoContent(section: PacketSection, ctx: CheckContext, handout: boolean): PacketFinding[] {
  const auto = section.auto;
  if (!auto || auto.kind === 'cited_directives') return [];
  const location = sectionLocation(section.id);
  const findings: PacketFinding[] = [];
  let printed = 0;
  if (auto.kind === 'talking_points_by_tag') {
    for (const point of ctx.library.talkingPoints.values()) {
      if (!point.tags.includes(auto.tag) || (handout && point.audience === 'internal')) continue;
      printed++;
      findings.push(...checkLibraryItem('talkingPoint', point.id, point.revision, location, ctx));
    }
  } else {
    for (const item of ctx.library.qaItems.values()) {
      if (!item.tags.includes(auto.tag) || (handout && (item.sensitivity === 'sensitive' || item.audience === 'internal'))) continue;
      printed++;
      findings.push(...checkLibraryItem('qa', item.id, item.revision, location, ctx));
    }
  }
  if (printed === 0) findings.push({ severity: 'warning', code: 'auto_section_empty', params: { kind: auto.kind, tag: auto.tag }, location });
  return findings;
}
