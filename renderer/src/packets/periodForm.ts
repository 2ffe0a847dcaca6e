// The new-packet form as data: the period picked for a template's rhythm, and the variables prefilled from defaults and the settings.
import type { Settings } from '../../../shared/model/settings';
import type { Period } from '../../../shared/model/packet';
import type { Periodicity, Template, TemplateVariable } from '../../../shared/model/template';
import { periodContaining, periodVariableValue } from '../../../shared/packets/periods';
import { isoToUserDate, parseUserDate } from '../i18n/format';

export type PeriodKind = Period['kind'];

export interface PeriodDraft {
  kind: PeriodKind;
  year: number;
  month: number;
  quarter: number;
  week: number;
  /** The date as typed (dd/mm/yyyy) for a single-date period. */
  date: string;
}

export function periodKindFor(periodicity: Periodicity['kind']): PeriodKind {
  return periodicity === 'monthly' ? 'month' : periodicity === 'quarterly' ? 'quarter' : periodicity === 'weekly' ? 'week' : 'date';
}

/** The period containing `today` in every shape, so switching the kind keeps a sensible value. */
export function periodDraftFor(kind: PeriodKind, today: string): PeriodDraft {
  const month = periodContaining(today, 'month');
  const quarter = periodContaining(today, 'quarter');
  const week = periodContaining(today, 'week');
  return {
    kind,
    year: month.kind === 'month' ? month.year : Number(today.slice(0, 4)),
    month: month.kind === 'month' ? month.month : 1,
    quarter: quarter.kind === 'quarter' ? quarter.quarter : 1,
    week: week.kind === 'week' ? week.week : 1,
    date: isoToUserDate(today),
  };
}

export function draftOfPeriod(period: Period, today: string): PeriodDraft {
  const base = periodDraftFor(period.kind, today);
  switch (period.kind) {
    case 'month':
      return { ...base, year: period.year, month: period.month };
    case 'quarter':
      return { ...base, year: period.year, quarter: period.quarter };
    case 'week':
      return { ...base, year: period.year, week: period.week };
    case 'date':
      return { ...base, date: isoToUserDate(period.date) };
  }
}

/** The period the draft describes, or null while its date is not a real date. */
export function periodOf(draft: PeriodDraft): Period | null {
  switch (draft.kind) {
    case 'month':
      return { kind: 'month', year: draft.year, month: draft.month };
    case 'quarter':
      return { kind: 'quarter', year: draft.year, quarter: draft.quarter };
    case 'week':
      return { kind: 'week', year: draft.year, week: draft.week };
    case 'date': {
      const parsed = parseUserDate(draft.date);
      return parsed.kind === 'date' ? { kind: 'date', date: parsed.iso } : null;
    }
  }
}

/** What a variable usually holds, taken from the agency and spokesperson in the settings. */
const FROM_SETTINGS: Record<string, (settings: Settings) => string> = {
  co_quan_chu_quan: (s) => s.parentAgencyName,
  co_quan: (s) => s.agencyName,
  dia_danh: (s) => s.placeName,
  nguoi_phat_ngon: (s) => s.spokespersonName,
  chuc_vu_nguoi_phat_ngon: (s) => s.spokespersonTitle,
  lien_he_nguoi_phat_ngon: (s) => [s.contactPhone, s.contactEmail].filter(Boolean).join(', '),
};

/** Form values: the settings' value for agency and spokesperson variables, else the template's default; dates as typed (dd/mm/yyyy). */
export function initialVariableInputs(template: Pick<Template, 'variables'>, settings: Settings | null): Record<string, string> {
  const values: Record<string, string> = {};
  for (const variable of template.variables) {
    const fromSettings = settings ? (FROM_SETTINGS[variable.name]?.(settings) ?? '') : '';
    const value = fromSettings || variable.default;
    values[variable.name] = variable.type === 'date' ? isoToUserDate(value) || value : value;
  }
  return values;
}

export type VariableProblem = 'date';

/** The stored value of each input (dates as ISO, period variables from the period) and the inputs that need fixing. */
export function variableValues(
  variables: readonly TemplateVariable[],
  inputs: Readonly<Record<string, string>>,
  period: Period | null,
): { values: Record<string, string>; problems: Record<string, VariableProblem> } {
  const values: Record<string, string> = {};
  const problems: Record<string, VariableProblem> = {};
  for (const variable of variables) {
    const input = (inputs[variable.name] ?? '').normalize('NFC').trim();
    if (variable.type === 'period') {
      values[variable.name] = input || (period ? periodVariableValue(period) : '');
      continue;
    }
    if (variable.type === 'date' && input) {
      const parsed = parseUserDate(input);
      if (parsed.kind === 'date') values[variable.name] = parsed.iso;
      else problems[variable.name] = 'date';
      continue;
    }
    values[variable.name] = input;
  }
  return { values, problems };
}
