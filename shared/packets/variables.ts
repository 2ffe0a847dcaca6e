// Packet variables: the value a name takes (packet value, else the template's default), the period and briefing-date variables, initial values.
import { parseIsoDate } from '../library/calendar.js';
import type { Packet, Period } from '../model/packet.js';
import { VARIABLE_NAME_PATTERN, type Template } from '../model/template.js';
import { periodVariableValue } from './periods.js';

/** The reporting-period variable the built-in templates use ("tháng {{ky_bao_cao}}"). */
export const PERIOD_VARIABLE = 'ky_bao_cao';
/** The briefing-date variable the built-in templates use; it and the packet's briefing date are kept in step. */
export const BRIEFING_DATE_VARIABLE = 'ngay_hop_bao';

type Declarations = Pick<Template, 'variables'> | null;

/** The value printed for `name` (the packet's value, else the template's default; trimmed), or null when there is none: the exporter's rule. */
export function variableValue(packet: Pick<Packet, 'variables'>, template: Declarations, name: string): string | null {
  const declared = template?.variables.find((v) => v.name === name);
  const value = (packet.variables[name] ?? declared?.default ?? '').trim();
  return value === '' ? null : value;
}

const PLACEHOLDER = /\{\{\s*([a-z_][a-z0-9_]*)\s*\}\}/g;

/** The value as printed: `variableValue`, with a date variable's ISO value written dd/mm/yyyy. */
export function printedVariableValue(packet: Pick<Packet, 'variables'>, template: Declarations, name: string): string | null {
  const value = variableValue(packet, template, name);
  if (value !== null && isDateVariable(name, template) && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value.split('-').reverse().join('/');
  return value;
}

/** Replaces every "{{name}}" that has a value; names without one are passed to `unfilled` and left visible. */
export function fillPlaceholders(
  text: string,
  packet: Pick<Packet, 'variables'>,
  template: Declarations,
  unfilled: (name: string) => void = () => undefined,
): string {
  if (!text.includes('{{')) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = printedVariableValue(packet, template, name);
    if (value === null) {
      unfilled(name);
      return whole;
    }
    return value;
  });
}

/** A "period" variable: declared so in the template, or ky_bao_cao when the template is unknown. */
export function isPeriodVariable(name: string, template: Declarations): boolean {
  const declared = template?.variables.find((v) => v.name === name);
  return declared ? declared.type === 'period' : name === PERIOD_VARIABLE;
}

/** A "date" variable (ISO value): declared so in the template, or ngay_hop_bao when the template is unknown. */
export function isDateVariable(name: string, template: Declarations): boolean {
  const declared = template?.variables.find((v) => v.name === name);
  return declared ? declared.type === 'date' : name === BRIEFING_DATE_VARIABLE;
}

/**
 * Values of a new packet's variables: what the user gave (NFC, trimmed), else the period's value for a period
 * variable ("12/2023", "IV/2023"), else the template's default. Every declared variable gets an entry; names the user
 * gave beyond the template's are kept when they are valid names.
 */
export function initialVariables(template: Pick<Template, 'variables'>, period: Period, given: Readonly<Record<string, string>>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(given)) {
    if (VARIABLE_NAME_PATTERN.test(name)) values[name] = value.normalize('NFC').trim();
  }
  for (const variable of template.variables) {
    if (values[variable.name]) continue;
    values[variable.name] = variable.type === 'period' ? periodVariableValue(period) : variable.default;
  }
  return values;
}

/** The briefing date a packet's variables state, when its date variable holds a calendar date. */
export function briefingDateFrom(variables: Readonly<Record<string, string>>): string | null {
  const value = variables[BRIEFING_DATE_VARIABLE] ?? '';
  return parseIsoDate(value) ? value : null;
}
