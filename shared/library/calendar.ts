// Calendar arithmetic on ISO dates ("YYYY-MM-DD") without a clock: days, months clamped to month length, ISO weeks and weekdays.

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The parts of a real calendar date, or null ("2023-02-30" is null). */
export function parseIsoDate(iso: string): CalendarDate | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function requireDate(iso: string): CalendarDate {
  const date = parseIsoDate(iso);
  if (!date) throw new RangeError(`Not a calendar date: ${iso}`);
  return date;
}

export function toIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function toDayNumber(iso: string): number {
  const { year, month, day } = requireDate(iso);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function fromDayNumber(dayNumber: number): string {
  const date = new Date(dayNumber * DAY_MS);
  return toIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Same day `months` later; a day the target month lacks becomes its last day (31/01 + 1 month → 28 or 29/02). */
export function addMonths(iso: string, months: number): string {
  const { year, month, day } = requireDate(iso);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return toIsoDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(iso: string): number {
  const weekday = new Date(toDayNumber(iso) * DAY_MS).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** Monday of ISO week `week` of ISO week-year `year`. */
export function isoWeekStart(year: number, week: number): string {
  const january4 = toIsoDate(year, 1, 4);
  const firstMonday = addDays(january4, 1 - isoWeekday(january4));
  return addDays(firstMonday, (week - 1) * 7);
}

/** The ISO week-year and week number of a date (29/12/2025 is week 1 of 2026). */
export function isoWeekOf(iso: string): { year: number; week: number } {
  const thursday = addDays(iso, 4 - isoWeekday(iso));
  const year = requireDate(thursday).year;
  return { year, week: Math.floor(daysBetween(toIsoDate(year, 1, 1), thursday) / 7) + 1 };
}

/** 52 or 53. */
export function isoWeeksInYear(year: number): number {
  return isoWeekOf(toIsoDate(year, 12, 28)).week;
}

/** The local calendar date of a stored timestamp ("2023-12-11T16:00:00+07:00" → "2023-12-11"): timestamps carry the local offset. */
export function localDateOf(isoDateTime: string): string {
  const date = isoDateTime.slice(0, 10);
  requireDate(date);
  return date;
}

/** "15/12/2023" from "2023-12-15" (the numeric form of Vietnamese documents, leading zeros kept). */
export function numericVietnameseDate(iso: string): string {
  const { year, month, day } = requireDate(iso);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}
