// Template rules: variable declarations checked against their use, duplicating a built-in template, due dates from the periodicity.
import { placeholdersIn } from '../content/references.js';
import { forEachNode } from '../editor/text.js';
import { newId } from '../model/ids.js';
import type { Period } from '../model/packet.js';
import { VARIABLE_NAME_PATTERN, type Template, type TemplateSection, type TemplateVariable } from '../model/template.js';
import { addDays, daysInMonth, isoWeekOf, isoWeekStart, parseIsoDate, toIsoDate } from './calendar.js';

export type TemplateField = 'title' | 'titleEn' | 'guidance' | 'content';

/** Where a template finding points: a declared variable, or a field of a section (with the node path inside its content). */
export type TemplateLocation =
  | { kind: 'variable'; variableIndex: number }
  | { kind: 'section'; sectionId: string; field: TemplateField; path: readonly number[] }
  | { kind: 'periodicity' };

export type TemplateFindingCode =
  | 'invalid_variable_name'
  | 'duplicate_variable'
  | 'undeclared_variable'
  | 'invalid_placeholder'
  | 'unused_variable'
  | 'invalid_date_default'
  | 'due_day_out_of_range'
  | 'due_day_ignored';

export interface TemplateFinding {
  severity: 'error' | 'warning' | 'info';
  code: TemplateFindingCode;
  /** Values the UI message interpolates (variable name, day…). */
  params: Record<string, string | number>;
  location: TemplateLocation;
}

/** The parts of a template (or of a template being edited) the checks read. */
export type TemplateDraft = Pick<Template, 'sections' | 'variables' | 'periodicity'>;

interface Use {
  name: string;
  location: Extract<TemplateLocation, { kind: 'section' }>;
}

function usesIn(section: TemplateSection): Use[] {
  const uses: Use[] = [];
  const inText = (text: string, field: TemplateField, path: readonly number[]): void => {
    for (const name of placeholdersIn(text)) uses.push({ name, location: { kind: 'section', sectionId: section.id, field, path } });
  };
  inText(section.title, 'title', []);
  inText(section.titleEn, 'titleEn', []);
  inText(section.guidance, 'guidance', []);
  forEachNode(section.content, (node, at) => {
    if (node.type === 'text' && node.text) inText(node.text, 'content', at.path);
    const name = node.type === 'variable' ? node.attrs?.['name'] : undefined;
    if (typeof name === 'string') uses.push({ name, location: { kind: 'section', sectionId: section.id, field: 'content', path: at.path } });
  });
  return uses;
}

function checkPeriodicity(periodicity: TemplateDraft['periodicity']): TemplateFinding[] {
  const { kind, dueDay } = periodicity;
  if (dueDay === null) return [];
  if (kind === 'weekly' && dueDay > 7) return [{ severity: 'error', code: 'due_day_out_of_range', params: { dueDay, max: 7 }, location: { kind: 'periodicity' } }];
  if (kind === 'ad_hoc') return [{ severity: 'info', code: 'due_day_ignored', params: { dueDay }, location: { kind: 'periodicity' } }];
  return [];
}

function checkDeclarations(variables: readonly TemplateVariable[]): TemplateFinding[] {
  const findings: TemplateFinding[] = [];
  const seen = new Set<string>();
  variables.forEach((variable, variableIndex) => {
    const location: TemplateLocation = { kind: 'variable', variableIndex };
    if (!VARIABLE_NAME_PATTERN.test(variable.name)) findings.push({ severity: 'error', code: 'invalid_variable_name', params: { name: variable.name }, location });
    if (seen.has(variable.name)) findings.push({ severity: 'error', code: 'duplicate_variable', params: { name: variable.name }, location });
    seen.add(variable.name);
    if (variable.type === 'date' && variable.default !== '' && !parseIsoDate(variable.default)) {
      findings.push({ severity: 'error', code: 'invalid_date_default', params: { name: variable.name, value: variable.default }, location });
    }
  });
  return findings;
}

/**
 * Checks the variables: names match ^[a-z_][a-z0-9_]*$ and are unique; every {{name}} in a section title, English
 * title or guidance, every {{name}} typed in the content and every variable node is declared (errors); a declared
 * variable nothing uses is reported as info. Also: date defaults are dates, and the due day fits the periodicity.
 */
export function validateTemplate(template: TemplateDraft): TemplateFinding[] {
  const findings = checkDeclarations(template.variables);
  const declared = new Set(template.variables.map((v) => v.name));
  const used = new Set<string>();
  for (const use of template.sections.flatMap(usesIn)) {
    used.add(use.name);
    if (!VARIABLE_NAME_PATTERN.test(use.name)) findings.push({ severity: 'error', code: 'invalid_placeholder', params: { name: use.name }, location: use.location });
    else if (!declared.has(use.name)) findings.push({ severity: 'error', code: 'undeclared_variable', params: { name: use.name }, location: use.location });
  }
  template.variables.forEach((variable, variableIndex) => {
    if (!used.has(variable.name) && VARIABLE_NAME_PATTERN.test(variable.name)) {
      findings.push({ severity: 'info', code: 'unused_variable', params: { name: variable.name }, location: { kind: 'variable', variableIndex } });
    }
  });
  return [...findings, ...checkPeriodicity(template.periodicity)];
}

const COPY_SUFFIX = { vi: ' (bản sao)', en: ' (copy)' } as const;
const NAME_MAX = 300;

function copyName(name: string, suffix: string): string {
  return `${name.slice(0, NAME_MAX - suffix.length).trimEnd()}${suffix}`;
}

/** A user's own copy of a template: new template and section ids, not built in, named "… (bản sao)", stamped `now`. */
export function duplicateTemplate(template: Template, now: string, ids: () => string = newId): Template {
  return {
    ...structuredClone(template),
    id: ids(),
    name: copyName(template.name, COPY_SUFFIX.vi),
    nameEn: template.nameEn.trim() ? copyName(template.nameEn, COPY_SUFFIX.en) : '',
    builtIn: false,
    createdAt: now,
    updatedAt: now,
    sections: template.sections.map((section) => ({ ...structuredClone(section), id: ids() })),
  };
}

export interface DueDate {
  /** ISO date the briefing is due. */
  date: string;
  /** The period the briefing covers. */
  period: Period;
}

function monthlyDue(year: number, month: number, dueDay: number | null): string {
  const last = daysInMonth(year, month);
  return toIsoDate(year, month, Math.min(dueDay ?? last, last));
}

/**
 * Due dates between `from` and `to` (ISO dates, both included), oldest first. Monthly: on the due day of each month,
 * clamped to the month's length (31 → 30/04, 28 or 29/02). Quarterly: on the due day of the quarter's last month.
 * Weekly: on the ISO weekday (1 Monday … 7 Sunday) of each week. Ad hoc: none. Without a due day a briefing is due
 * on the last day of its period.
 */
export function dueDatesIn(template: Pick<Template, 'periodicity'>, from: string, to: string): DueDate[] {
  const start = parseIsoDate(from);
  const end = parseIsoDate(to);
  if (!start || !end || from > to) return [];
  const { kind, dueDay } = template.periodicity;
  const due: DueDate[] = [];
  if (kind === 'monthly' || kind === 'quarterly') {
    for (let index = start.year * 12 + start.month - 1; index <= end.year * 12 + end.month - 1; index++) {
      const year = Math.floor(index / 12);
      const month = (index % 12) + 1;
      if (kind === 'quarterly' && month % 3 !== 0) continue;
      const date = monthlyDue(year, month, dueDay);
      if (date < from || date > to) continue;
      due.push({ date, period: kind === 'monthly' ? { kind: 'month', year, month } : { kind: 'quarter', year, quarter: month / 3 } });
    }
  } else if (kind === 'weekly') {
    const weekday = Math.min(dueDay ?? 7, 7);
    const first = isoWeekOf(from);
    for (let date = addDays(isoWeekStart(first.year, first.week), weekday - 1); date <= to; date = addDays(date, 7)) {
      if (date < from) continue;
      const week = isoWeekOf(date);
      due.push({ date, period: { kind: 'week', year: week.year, week: week.week } });
    }
  }
  return due;
}
