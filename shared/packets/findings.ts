// Findings about a packet (preflight, roll-forward attention): severity, a stable code the UI words, params and the place to jump to.

export type Severity = 'error' | 'warning' | 'info';

export const PACKET_FINDING_CODES = [
  // variables
  'unfilled_variable',
  // library references
  'unknown_talking_point',
  'unknown_qa',
  'unknown_revision',
  'unapproved_talking_point',
  'unapproved_qa',
  'stale_talking_point',
  'stale_qa',
  'changed_in_library',
  // directives
  'unknown_directive',
  'unknown_excerpt',
  'directive_superseded',
  'directive_expired',
  // internal content in a public section of a handout
  'internal_note_in_public',
  'internal_talking_point_in_public',
  'sensitive_qa_in_public',
  // section content
  'empty_section',
  'auto_section_empty',
  'placeholder_text',
  'figure_without_source',
  // roll-forward
  'figure_from_last_period',
  'date_variable_moved',
  'document_number_cleared',
] as const;
export type PacketFindingCode = (typeof PACKET_FINDING_CODES)[number];

/** Where to jump: a section (null for the packet's title and variables) and a node inside its content. */
export interface PacketLocation {
  sectionId: string | null;
  /** Child indices from the section's document down to the node; empty for the section as a whole. */
  path: readonly number[];
  /** ProseMirror position just before the node (what the editor selects), or null for the section as a whole. */
  pos: number | null;
}

export type FindingParams = Readonly<Record<string, string | number | boolean | readonly string[]>>;

export interface PacketFinding {
  severity: Severity;
  code: PacketFindingCode;
  /** Values the UI message interpolates (ids, names, dates, counts). */
  params: FindingParams;
  location: PacketLocation;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then information; document order within each. */
export function bySeverity(findings: readonly PacketFinding[]): PacketFinding[] {
  return findings.map((finding, index) => ({ finding, index })).sort((a, b) => ORDER[a.finding.severity] - ORDER[b.finding.severity] || a.index - b.index).map(({ finding }) => finding);
}

export function sectionLocation(sectionId: string | null): PacketLocation {
  return { sectionId, path: [], pos: null };
}
