// Comparison of two versions of a packet: title, number and variables, then section by section (matched by id) as word diffs.
import { comparableText, type ReferenceNames } from '../library/doc-text.js';
import { diffWords, hasChanges, type DiffPart } from '../library/word-diff.js';
import type { PacketSection, PacketVersion } from '../model/packet.js';

/** What a comparison reads of a packet or a version. */
export type PacketContent = Pick<PacketVersion, 'title' | 'documentNumber' | 'variables' | 'sections'>;

export interface SectionDiff {
  sectionId: string;
  /** The section's title in the newer version (the older one for a removed section). */
  title: string;
  change: 'added' | 'removed' | 'changed' | 'unchanged';
  titleParts: DiffPart[];
  contentParts: DiffPart[];
  /** The internal-only flag differs. */
  internalOnlyChanged: boolean;
}

export interface VariableChange {
  name: string;
  before: string | null;
  after: string | null;
}

export interface PacketDiff {
  titleParts: DiffPart[];
  documentNumber: { before: string; after: string } | null;
  variables: VariableChange[];
  /** Sections in the newer version's order, each removed one after the section it followed. */
  sections: SectionDiff[];
  changed: boolean;
}

function sectionDiff(before: PacketSection | undefined, after: PacketSection | undefined, names: ReferenceNames): SectionDiff {
  const shown = (after ?? before) as PacketSection;
  const titleParts = diffWords(before?.title ?? '', after?.title ?? '');
  const contentParts = diffWords(before ? comparableText(before.content, names) : '', after ? comparableText(after.content, names) : '');
  const internalOnlyChanged = before !== undefined && after !== undefined && before.internalOnly !== after.internalOnly;
  const change = !before ? 'added' : !after ? 'removed' : hasChanges(titleParts) || hasChanges(contentParts) || internalOnlyChanged ? 'changed' : 'unchanged';
  return { sectionId: shown.id, title: shown.title, change, titleParts, contentParts, internalOnlyChanged };
}

function variableChanges(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): VariableChange[] {
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return names.filter((name) => (a[name] ?? null) !== (b[name] ?? null)).map((name) => ({ name, before: a[name] ?? null, after: b[name] ?? null }));
}

/** From version `a` (older) to `b` (newer): every difference a reviewer should see, text as word diffs (references named by `names`). */
export function versionDiff(a: PacketContent, b: PacketContent, names: ReferenceNames = {}): PacketDiff {
  const older = new Map(a.sections.map((s) => [s.id, s]));
  const newerIds = new Set(b.sections.map((s) => s.id));
  const sections: SectionDiff[] = [];
  const removedAfter = new Map<string | null, PacketSection[]>();
  let previous: string | null = null;
  for (const section of a.sections) {
    if (!newerIds.has(section.id)) removedAfter.set(previous, [...(removedAfter.get(previous) ?? []), section]);
    else previous = section.id;
  }
  const pushRemoved = (after: string | null): void => {
    for (const removed of removedAfter.get(after) ?? []) sections.push(sectionDiff(removed, undefined, names));
  };
  pushRemoved(null);
  for (const section of b.sections) {
    sections.push(sectionDiff(older.get(section.id), section, names));
    pushRemoved(section.id);
  }
  const titleParts = diffWords(a.title, b.title);
  const documentNumber = a.documentNumber === b.documentNumber ? null : { before: a.documentNumber, after: b.documentNumber };
  const variables = variableChanges(a.variables, b.variables);
  const changed = hasChanges(titleParts) || documentNumber !== null || variables.length > 0 || sections.some((s) => s.change !== 'unchanged');
  return { titleParts, documentNumber, variables, sections, changed };
}
