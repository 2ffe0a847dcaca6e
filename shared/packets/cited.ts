// The directives a packet cites, in order of first mention, with their citations: read from the PDF exporter's own composition.
import { format } from '../citations/index.js';
import { directivesCitedBy, directivesInQa, directivesInTalkingPoint, qaRevision, talkingPointRevision } from '../library/content.js';
import type { Directive } from '../model/directive.js';
import type { Packet } from '../model/packet.js';
import { resolveGeometry } from '../pdf/adjust.js';
import { composePacket } from '../pdf/compose/document.js';
import type { CitationStyle, ResolvedDirective, ResolvedPacket } from '../pdf/compose/resolved.js';
import { PRESETS } from '../pdf/presets.js';
import { referencesIn } from '../editor/text.js';
import type { PacketLibrary } from './library.js';
import type { PreflightProfile } from './preflight.js';

export interface CitedDirective {
  directive: Directive;
  /** Position in the list of directives cited (1-based). */
  number: number;
  /** Written at the first mention (and in the list): type, number/symbol, date, issuer, subject. */
  full: string;
  /** Written at every later mention: type and number/symbol. */
  short: string;
}

export interface CitedOptions {
  profile: PreflightProfile;
  /** English versions printed after the Vietnamese ones (their citations count as mentions too). */
  bilingual?: boolean;
}

/** Directives the packet may mention: its citations and excerpts, and those of the library items it embeds (at the embedded revision) or pulls in by tag. */
function candidateDirectives(packet: Packet, library: PacketLibrary): Set<string> {
  const ids = new Set<string>();
  const add = (found: readonly string[]): void => found.forEach((id) => ids.add(id));
  for (const section of packet.sections) {
    for (const ref of referencesIn(section.content)) {
      if (ref.kind === 'citation' || ref.kind === 'directiveExcerpt') ids.add(ref.directiveId);
      if (ref.kind === 'talkingPoint') {
        const point = library.talkingPoints.get(ref.talkingPointId);
        const content = point ? (talkingPointRevision(point, ref.revision) ?? point) : undefined;
        if (content) add(directivesInTalkingPoint(content));
      }
      if (ref.kind === 'qa') {
        const item = library.qaItems.get(ref.qaId);
        const content = item ? (qaRevision(item, ref.revision) ?? item) : undefined;
        if (content) add(directivesInQa(content));
      }
    }
  }
  const autoTags = new Set(packet.sections.flatMap((s) => (s.auto && s.auto.kind !== 'cited_directives' ? [s.auto.tag] : [])));
  if (autoTags.size === 0) return ids;
  for (const item of [...library.talkingPoints.values(), ...library.qaItems.values()]) {
    if (item.tags.some((tag) => autoTags.has(tag))) add(directivesCitedBy(item));
  }
  return ids;
}

function resolveDirective(directive: Directive): ResolvedDirective {
  const cite = (style: CitationStyle): string => format(directive, style).normalize('NFC');
  return { directive, citation: { full: cite('full'), short: cite('short'), basis: cite('basis'), en: cite('en') } };
}

/**
 * The directives the printed packet cites in `profile`, in order of first mention, as the PDF exporter composes it
 * (one implementation: this runs the exporter's composition, so the composer's list and the printed list agree,
 * including mentions inside embedded talking points, Q&A, excerpts and tag-based sections). The exporter writes the
 * full citation at a directive's first mention and the short one afterwards.
 */
export function citedDirectives(packet: Packet, library: PacketLibrary, options: CitedOptions): CitedDirective[] {
  const directives = new Map<string, ResolvedDirective>();
  for (const id of candidateDirectives(packet, library)) {
    const directive = library.directives.get(id);
    if (directive) directives.set(id, resolveDirective(directive));
  }
  const resolved: ResolvedPacket = {
    packet,
    template: packet.templateId ? (library.templates.get(packet.templateId) ?? null) : null,
    agency: { agencyName: '', parentAgencyName: '', placeName: '', spokespersonName: '', spokespersonTitle: '' },
    directives,
    talkingPoints: library.talkingPoints,
    qaItems: library.qaItems,
  };
  const preset = PRESETS[packet.layoutPreset];
  const composed = composePacket(resolved, { profile: options.profile, citations: 'endList', bilingual: options.bilingual ?? false }, preset, resolveGeometry(preset));
  return composed.cited.map((entry, index) => ({ directive: entry.directive, number: index + 1, full: entry.citation.full, short: entry.citation.short }));
}
