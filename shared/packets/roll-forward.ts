// Roll-forward ("chuẩn bị kỳ sau"): next period's packet from this one, with the list of what needs attention before it is used.
import { localDateOf, parseIsoDate } from '../library/calendar.js';
import { newId } from '../model/ids.js';
import { PACKET_SCHEMA_VERSION, type Packet, type PacketSection, type Period } from '../model/packet.js';
import { emptyDoc } from '../model/rich-text.js';
import type { Template } from '../model/template.js';
import { checkAutoContent, checkReferences, type CheckContext } from './checks.js';
import { figureBlocks } from './figures.js';
import type { PacketFinding } from './findings.js';
import type { PacketLibrary } from './library.js';
import { nextPeriod, periodLabel, periodVariableValue, shiftDate } from './periods.js';
import { BRIEFING_DATE_VARIABLE, isDateVariable, isPeriodVariable } from './variables.js';

export interface RollForwardOptions {
  /** Ids for the new packet and its sections. */
  ids?: () => string;
  /** The period to prepare; by default the one after the packet's (see nextPeriod). */
  period?: Period;
  /** Who prepares it (recorded in the history). */
  by?: string;
}

export interface RollForwardResult {
  packet: Packet;
  /** What to look at before the new packet is used, section by section in document order. */
  attention: PacketFinding[];
}

interface MovedVariables {
  values: Record<string, string>;
  attention: PacketFinding[];
}

/** Period variables take the new period's value; date variables move by the same step as the period; the rest stay. */
function moveVariables(packet: Packet, template: Template | null, to: Period): MovedVariables {
  const values: Record<string, string> = {};
  const attention: PacketFinding[] = [];
  const names = [...new Set([...Object.keys(packet.variables), ...(template?.variables.map((v) => v.name) ?? [])])];
  for (const name of names) {
    const before = packet.variables[name] ?? template?.variables.find((v) => v.name === name)?.default ?? '';
    if (isPeriodVariable(name, template)) values[name] = periodVariableValue(to);
    else if (isDateVariable(name, template) && before !== '') {
      const after = parseIsoDate(before) ? shiftDate(before, packet.period, to) : before;
      values[name] = after;
      attention.push({ severity: after === before ? 'warning' : 'info', code: 'date_variable_moved', params: { name, before, after, moved: after !== before }, location: { sectionId: null, path: [], pos: null } });
    } else values[name] = before;
  }
  return { values, attention };
}

/** Replaces the old period, as a label ("tháng 12/2023") or a value ("12/2023"), by the new one in a title. */
function retitle(title: string, from: Period, to: Period): string {
  const label = periodLabel(from, 'vi');
  if (title.includes(label)) return title.replaceAll(label, periodLabel(to, 'vi'));
  const value = periodVariableValue(from);
  return title.includes(value) ? title.replaceAll(value, periodVariableValue(to)) : title;
}

function carrySection(section: PacketSection, template: Template | null, id: string): PacketSection {
  if (section.recurring) return { ...structuredClone(section), id };
  const fromTemplate = template?.sections.find((s) => s.id === section.templateSectionId);
  return { ...structuredClone(section), id, content: fromTemplate ? structuredClone(fromTemplate.content) : emptyDoc() };
}

/** Every paragraph with figures in a carried section: last period's numbers, to be checked or replaced. */
function lastPeriodFigures(section: PacketSection): PacketFinding[] {
  if (!section.recurring) return [];
  return figureBlocks(section.content)
    .filter((block) => !block.quoted)
    .map((block) => ({ severity: 'warning' as const, code: 'figure_from_last_period' as const, params: { figures: block.figures }, location: { sectionId: section.id, path: block.path, pos: block.pos } }));
}

/**
 * The next period's draft of `packet` at `now`: variables moved (period variables to the new period, date variables
 * by the same step, the briefing date with them), the title's period replaced, the document number cleared, recurring
 * sections carried as they are and the others reset to the template's default content (empty without a template).
 * The attention list holds the date moves, the cleared number, every library item or directive in the new packet that
 * is stale, changed, unapproved, superseded, expired or unknown, and the figures carried over from last period.
 */
export function rollForward(packet: Packet, template: Template | null, library: PacketLibrary, now: string, options: RollForwardOptions = {}): RollForwardResult {
  const ids = options.ids ?? newId;
  const to = options.period ?? nextPeriod(packet.period, template?.periodicity.kind ?? null);
  const moved = moveVariables(packet, template, to);
  const briefingFromVariable = moved.values[BRIEFING_DATE_VARIABLE];
  const briefingDate = briefingFromVariable && parseIsoDate(briefingFromVariable) ? briefingFromVariable : packet.briefingDate ? shiftDate(packet.briefingDate, packet.period, to) : null;
  const sections = packet.sections.map((section) => carrySection(section, template, ids()));
  const next: Packet = {
    ...packet,
    id: ids(),
    createdAt: now,
    updatedAt: now,
    schemaVersion: PACKET_SCHEMA_VERSION,
    title: retitle(packet.title, packet.period, to),
    documentNumber: '',
    variables: moved.values,
    sections,
    period: to,
    briefingDate,
    previousPacketId: packet.id,
    status: 'draft',
    approvedBy: null,
    approvedAt: null,
    history: [{ at: now, action: 'rolled_forward', by: (options.by ?? '').normalize('NFC').trim(), note: '' }],
  };
  const ctx: CheckContext = { library, today: localDateOf(now) };
  const attention: PacketFinding[] = [...moved.attention];
  if (packet.documentNumber.trim()) {
    attention.push({ severity: 'info', code: 'document_number_cleared', params: { before: packet.documentNumber }, location: { sectionId: null, path: [], pos: null } });
  }
  for (const section of sections) {
    const inside = [...checkReferences(section.id, section.content, ctx), ...lastPeriodFigures(section)].sort((a, b) => (a.location.pos ?? -1) - (b.location.pos ?? -1));
    attention.push(...checkAutoContent(section, ctx, false), ...inside);
  }
  return { packet: next, attention };
}
