// A new packet from a template for a period: sections copied with new ids, variables filled or defaulted, title and briefing date set.
import { newId } from '../model/ids.js';
import { PACKET_SCHEMA_VERSION, type Packet, type PacketSection, type Period } from '../model/packet.js';
import type { Template } from '../model/template.js';
import { periodLabel } from './periods.js';
import { briefingDateFrom, initialVariables } from './variables.js';

export interface CreatePacketOptions {
  /** The packet's title; by default the template's name and the period ("… – tháng 12/2023"). */
  title?: string;
  /** Who creates it (recorded in the history). */
  by?: string;
}

const TITLE_MAX = 500;

/** The default title: template name, a dash, the period label. */
export function defaultPacketTitle(template: Pick<Template, 'name'>, period: Period): string {
  const suffix = ` – ${periodLabel(period, 'vi')}`;
  return `${template.name.slice(0, TITLE_MAX - suffix.length).trimEnd()}${suffix}`;
}

/** A template section as a packet section: its own new id, the template's section id kept for roll-forward. */
export function sectionFromTemplate(section: Template['sections'][number], id: string): PacketSection {
  return {
    id,
    title: section.title,
    templateSectionId: section.id,
    internalOnly: section.internalOnly,
    recurring: section.recurring,
    guidance: section.guidance,
    content: structuredClone(section.content),
    auto: section.auto ? { ...section.auto } : null,
  };
}

/**
 * A draft packet for `period` made from `template` at `now`: every section copied (new ids from `ids`), each declared
 * variable set to the given value, else the period's value for a period variable, else its default; the briefing date
 * taken from {{ngay_hop_bao}} when that holds a date; the layout preset of the template.
 */
export function createPacketFromTemplate(
  template: Template,
  period: Period,
  variables: Readonly<Record<string, string>>,
  now: string,
  ids: () => string = newId,
  options: CreatePacketOptions = {},
): Packet {
  const values = initialVariables(template, period, variables);
  const title = options.title?.normalize('NFC').trim() || defaultPacketTitle(template, period);
  return {
    id: ids(),
    schemaVersion: PACKET_SCHEMA_VERSION,
    createdAt: now,
    updatedAt: now,
    title,
    documentNumber: '',
    variables: values,
    sections: template.sections.map((section) => sectionFromTemplate(section, ids())),
    templateId: template.id,
    period,
    briefingDate: briefingDateFrom(values),
    layoutPreset: template.layoutPreset,
    previousPacketId: null,
    status: 'draft',
    approvedBy: null,
    approvedAt: null,
    history: [{ at: now, action: 'created', by: (options.by ?? '').normalize('NFC').trim(), note: '' }],
  };
}
