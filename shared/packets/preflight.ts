// Preflight (kiểm tra trước khi xuất): what must be fixed or looked at before a packet is printed as a briefing book or a press handout.
import { forEachNode, referencesIn, type DocLocation, type DocReference } from '../editor/text.js';
import type { Packet, PacketSection } from '../model/packet.js';
import type { RichNode } from '../model/rich-text.js';
import type { Template } from '../model/template.js';
import { checkAutoContent, checkReferences, nodeLocation, unfilledInDoc, unfilledInTitle, type CheckContext } from './checks.js';
import { figureBlocks } from './figures.js';
import { sectionLocation, type PacketFinding } from './findings.js';
import type { PacketLibrary } from './library.js';

/** The two prints: everything (briefing book), or public sections without internal material (press handout). */
export type PreflightProfile = 'full' | 'handout';

/** A template's leftover fill-in mark: "…" or "..." standing alone ("Sản xuất, kinh doanh: …"). */
const PLACEHOLDER_MARK = /(?:^|[\s:(])(?:…|\.{3})(?=$|[\s).,;:])/u;

interface SectionScope {
  section: PacketSection;
  ctx: CheckContext;
  handout: boolean;
}

/** Library items the press handout leaves out even in a public section (as the exporter does): internal talking points, sensitive or internal Q&A. */
function leftOutOfHandout(ref: DocReference, ctx: CheckContext): 'internal_talking_point_in_public' | 'sensitive_qa_in_public' | null {
  if (ref.kind === 'talkingPoint') return ctx.library.talkingPoints.get(ref.talkingPointId)?.audience === 'internal' ? 'internal_talking_point_in_public' : null;
  if (ref.kind === 'qa') {
    const item = ctx.library.qaItems.get(ref.qaId);
    return item && (item.sensitivity === 'sensitive' || item.audience === 'internal') ? 'sensitive_qa_in_public' : null;
  }
  return null;
}

function isPrinted(scope: SectionScope, at: DocLocation): boolean {
  return !scope.handout || !at.internal;
}

/** Internal notes and internal-only library items inside a public section: the handout will leave them out. */
function internalInPublic(scope: SectionScope): PacketFinding[] {
  if (!scope.handout) return [];
  const { section, ctx } = scope;
  const findings: PacketFinding[] = [];
  forEachNode(section.content, (node, at) => {
    if (node.type === 'internalNote') findings.push({ severity: 'warning', code: 'internal_note_in_public', params: {}, location: nodeLocation(section.id, at) });
  });
  for (const ref of referencesIn(section.content)) {
    const code = ref.at.internal ? null : leftOutOfHandout(ref, ctx);
    const id = ref.kind === 'talkingPoint' ? ref.talkingPointId : ref.kind === 'qa' ? ref.qaId : '';
    if (code) findings.push({ severity: 'warning', code, params: { id }, location: nodeLocation(section.id, ref.at) });
  }
  return findings;
}

/** Whether anything of the section prints: text, or a reference that is not left out. */
function printsSomething(scope: SectionScope): boolean {
  if (scope.section.auto) return true;
  let found = false;
  forEachNode(scope.section.content, (node, at) => {
    if (found || !isPrinted(scope, at)) return;
    if (node.type === 'text' && node.text?.trim()) found = true;
  });
  if (found) return true;
  return referencesIn(scope.section.content).some((ref) => isPrinted(scope, ref.at) && !(scope.handout && leftOutOfHandout(ref, scope.ctx)));
}

function textFindings(scope: SectionScope): PacketFinding[] {
  const { section } = scope;
  const findings: PacketFinding[] = [];
  forEachNode(section.content, (node, at) => {
    if ((node.type !== 'paragraph' && node.type !== 'heading') || !isPrinted(scope, at)) return;
    const text = (node.content ?? []).map((child: RichNode) => child.text ?? ' ').join('');
    if (PLACEHOLDER_MARK.test(text)) findings.push({ severity: 'warning', code: 'placeholder_text', params: {}, location: nodeLocation(section.id, at) });
  });
  for (const block of figureBlocks(section.content)) {
    if (block.sourced || (scope.handout && block.internal)) continue;
    findings.push({ severity: 'warning', code: 'figure_without_source', params: { figures: block.figures }, location: { sectionId: section.id, path: block.path, pos: block.pos } });
  }
  return findings;
}

function checkSection(scope: SectionScope, packet: Packet, template: Template | null): PacketFinding[] {
  const { section, ctx, handout } = scope;
  const printedRef = (ref: DocReference): boolean => isPrinted(scope, ref.at) && !(handout && leftOutOfHandout(ref, ctx));
  const inside = [
    ...unfilledInDoc(section.id, section.content, packet, template, (at) => isPrinted(scope, at)),
    ...internalInPublic(scope),
    ...checkReferences(section.id, section.content, ctx, printedRef),
    ...textFindings(scope),
  ].sort((a, b) => (a.location.pos ?? -1) - (b.location.pos ?? -1));
  const empty: PacketFinding[] = printsSomething(scope) ? [] : [{ severity: 'warning', code: 'empty_section', params: { title: section.title }, location: sectionLocation(section.id) }];
  return [...unfilledInTitle(section.title, section.id, packet, template), ...empty, ...checkAutoContent(section, ctx, handout), ...inside];
}

/**
 * Every finding for printing `packet` in `profile` on `today` (ISO date), section by section in document order.
 * Errors (an export of the handout with errors needs a recorded override): unfilled variables, unknown references,
 * unapproved talking points or Q&A. Warnings: stale or changed library items, superseded or expired directives,
 * missing excerpts, internal material a handout will leave out of a public section, empty sections, leftover "…",
 * figures without a source (see figures.ts). Sections and internal notes that a handout does not print are not checked
 * for it.
 */
export function preflight(packet: Packet, library: PacketLibrary, profile: PreflightProfile, today: string): PacketFinding[] {
  const template = packet.templateId ? (library.templates.get(packet.templateId) ?? null) : null;
  const ctx: CheckContext = { library, today };
  const handout = profile === 'handout';
  const findings = unfilledInTitle(packet.title, null, packet, template);
  for (const section of packet.sections) {
    if (handout && section.internalOnly) continue;
    findings.push(...checkSection({ section, ctx, handout }, packet, template));
  }
  return findings;
}

/** Whether the findings stop an export without an override (any error). */
export function hasErrors(findings: readonly PacketFinding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}
