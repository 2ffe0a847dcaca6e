// Briefing periods: labels ("tháng 12/2023", "quý IV/2023"), the value of a period variable, the next period and date ranges.
import { addDays, addMonths, daysBetween, daysInMonth, isoWeekOf, isoWeekStart, isoWeeksInYear, numericVietnameseDate, parseIsoDate, toIsoDate } from '../library/calendar.js';
import type { Period } from '../model/packet.js';
import type { Periodicity } from '../model/template.js';

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'] as const;
const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

function roman(quarter: number): string {
  return ROMAN_QUARTERS[quarter - 1] ?? String(quarter);
}

/**
 * The period as running text writes it. vi: "tháng 12/2023", "tháng 01/2024", "quý IV/2023", "tuần 5/2023", "ngày 07/12/2023";
 * en: "December 2023", "Q4 2023", "week 5 of 2023", "7 December 2023". Lower-case in Vietnamese: it follows other words.
 */
export function periodLabel(period: Period, lang: 'vi' | 'en'): string {
  if (lang === 'vi') {
    if (period.kind === 'date') return `ngày ${numericVietnameseDate(period.date)}`;
    return `${{ month: 'tháng', quarter: 'quý', week: 'tuần' }[period.kind]} ${periodVariableValue(period)}`;
  }
  switch (period.kind) {
    case 'month':
      return `${ENGLISH_MONTHS[period.month - 1] ?? period.month} ${period.year}`;
    case 'quarter':
      return `Q${period.quarter} ${period.year}`;
    case 'week':
      return `week ${period.week} of ${period.year}`;
    case 'date': {
      const date = parseIsoDate(period.date);
      return date ? `${date.day} ${ENGLISH_MONTHS[date.month - 1] ?? date.month} ${date.year}` : period.date;
    }
  }
}

/**
 * The value a "period" variable such as {{ky_bao_cao}} takes, in the shape the templates ask for and that reads after
 * "tháng"/"quý" in their text: "12/2023", "01/2024" (months 1 and 2 with a leading zero, as Decree 30 writes them in
 * dates), "IV/2023", "5/2023" (week), "07/12/2023" (date).
 */
export function periodVariableValue(period: Period): string {
  switch (period.kind) {
    case 'month':
      return `${period.month <= 2 ? `0${period.month}` : period.month}/${period.year}`;
    case 'quarter':
      return `${roman(period.quarter)}/${period.year}`;
    case 'week':
      return `${period.week}/${period.year}`;
    case 'date':
      return numericVietnameseDate(period.date);
  }
}

/** First and last day of the period (ISO dates, both included). */
export function periodRange(period: Period): { start: string; end: string } {
  switch (period.kind) {
    case 'month':
      return { start: toIsoDate(period.year, period.month, 1), end: toIsoDate(period.year, period.month, daysInMonth(period.year, period.month)) };
    case 'quarter': {
      const lastMonth = period.quarter * 3;
      return { start: toIsoDate(period.year, lastMonth - 2, 1), end: toIsoDate(period.year, lastMonth, daysInMonth(period.year, lastMonth)) };
    }
    case 'week': {
      const start = isoWeekStart(period.year, period.week);
      return { start, end: addDays(start, 6) };
    }
    case 'date':
      return { start: period.date, end: period.date };
  }
}

/**
 * The period after this one. Months, quarters and ISO weeks follow on (December → January of the next year, week
 * 52 or 53 → week 1). A single date moves by its template's rhythm: a week for weekly or unknown, a month for monthly,
 * three months for quarterly (clamped to the month's length); ad hoc briefings have no rhythm, so a week is assumed
 * and the caller may pick another date.
 */
export function nextPeriod(period: Period, rhythm: Periodicity['kind'] | null = null): Period {
  switch (period.kind) {
    case 'month':
      return period.month === 12 ? { kind: 'month', year: period.year + 1, month: 1 } : { kind: 'month', year: period.year, month: period.month + 1 };
    case 'quarter':
      return period.quarter === 4 ? { kind: 'quarter', year: period.year + 1, quarter: 1 } : { kind: 'quarter', year: period.year, quarter: period.quarter + 1 };
    case 'week':
      return period.week >= isoWeeksInYear(period.year) ? { kind: 'week', year: period.year + 1, week: 1 } : { kind: 'week', year: period.year, week: period.week + 1 };
    case 'date':
      if (rhythm === 'monthly') return { kind: 'date', date: addMonths(period.date, 1) };
      if (rhythm === 'quarterly') return { kind: 'date', date: addMonths(period.date, 3) };
      return { kind: 'date', date: addDays(period.date, 7) };
  }
}

/** Moves a date inside `from` to the same place in `to`: the same day of the month (clamped) for months and quarters, the same weekday for weeks. */
export function shiftDate(date: string, from: Period, to: Period): string {
  const start = periodRange(from).start;
  const target = periodRange(to).start;
  if ((from.kind === 'month' || from.kind === 'quarter') && from.kind === to.kind) {
    const months = (Number(target.slice(0, 4)) - Number(start.slice(0, 4))) * 12 + Number(target.slice(5, 7)) - Number(start.slice(5, 7));
    return addMonths(date, months);
  }
  return addDays(date, daysBetween(start, target));
}

/** The period of a kind that contains `date`. */
export function periodContaining(date: string, kind: Period['kind']): Period {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Not a calendar date: ${date}`);
  switch (kind) {
    case 'month':
      return { kind: 'month', year: parts.year, month: parts.month };
    case 'quarter':
      return { kind: 'quarter', year: parts.year, quarter: Math.ceil(parts.month / 3) };
    case 'week': {
      const week = isoWeekOf(date);
      return { kind: 'week', year: week.year, week: week.week };
    }
    case 'date':
      return { kind: 'date', date };
  }
}

export function samePeriod(a: Period, b: Period): boolean {
  return periodVariableValue(a) === periodVariableValue(b) && a.kind === b.kind;
}
