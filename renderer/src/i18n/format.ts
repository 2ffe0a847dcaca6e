// Locale-aware formatting of dates, times, numbers and sizes (vi-VN by default), and parsing of typed dates.
import type { Language } from '../../../shared/model/common';

const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

export function localeOf(language: Language): string {
  return LOCALES[language];
}

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

/** Intl formatters are costly to build and are used for every visible row: one per language and option set. */
function dateFormatter(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${language}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!(formatter instanceof Intl.DateTimeFormat)) {
    formatter = new Intl.DateTimeFormat(localeOf(language), options);
    formatters.set(key, formatter);
  }
  return formatter;
}

function numberFormatter(language: Language, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `n|${language}|${String(maximumFractionDigits)}`;
  let formatter = formatters.get(key);
  if (!(formatter instanceof Intl.NumberFormat)) {
    formatter = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits });
    formatters.set(key, formatter);
  }
  return formatter;
}

interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Splits "YYYY-MM-DD" into numbers; null when the string is not such a date. */
export function isoDateParts(iso: string): DateParts | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 9999) return false;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

function utcDate({ year, month, day }: DateParts): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/** A calendar date as the locale writes it in numbers: "07/12/2023". Empty for null or malformed input. */
export function formatDate(iso: string | null, language: Language): string {
  const parts = iso ? isoDateParts(iso) : null;
  if (!parts) return '';
  return dateFormatter(language, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(utcDate(parts));
}

/**
 * Values for the `dates.document` message: Vietnamese administrative style pads days below 10 and months 1 and 2
 * ("ngày 07 tháng 12 năm 2023", "ngày 09 tháng 02 năm 2017"); English uses the month's name.
 */
export function documentDateValues(iso: string, language: Language): Record<'dd' | 'mm' | 'd' | 'monthName' | 'yyyy', string> | null {
  const parts = isoDateParts(iso);
  if (!parts) return null;
  const monthName = dateFormatter(language, { month: 'long', timeZone: 'UTC' }).format(utcDate(parts));
  return {
    dd: String(parts.day).padStart(2, '0'),
    mm: parts.month <= 2 ? String(parts.month).padStart(2, '0') : String(parts.month),
    d: String(parts.day),
    monthName,
    yyyy: String(parts.year),
  };
}

/** A point in time in local time: "26/11/2026 14:05". */
export function formatDateTime(isoDateTime: string, language: Language): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return '';
  return dateFormatter(language, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(date);
}

/** The local time of day: "14:05". */
export function formatTime(isoDateTime: string, language: Language): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return '';
  return dateFormatter(language, { hour: '2-digit', minute: '2-digit' }).format(date);
}

export function formatNumber(value: number, language: Language, maximumFractionDigits = 0): string {
  return numberFormatter(language, maximumFractionDigits).format(value);
}

/** A byte count as a value and the unit's message key. */
export function byteSize(bytes: number): { unit: 'bytes' | 'kilobytes' | 'megabytes'; value: number; digits: number } {
  if (bytes < 1024) return { unit: 'bytes', value: bytes, digits: 0 };
  if (bytes < 1024 * 1024) return { unit: 'kilobytes', value: bytes / 1024, digits: 0 };
  return { unit: 'megabytes', value: bytes / (1024 * 1024), digits: 1 };
}

/** What the user typed in a date field: empty, a valid ISO date, or not a date. */
export type ParsedUserDate = { kind: 'empty' } | { kind: 'date'; iso: string } | { kind: 'invalid' };

/** Reads "15/6/2023", "15-06-2023", "15.6.2023" (day first, as in Vietnam) or "2023-06-15". */
export function parseUserDate(text: string): ParsedUserDate {
  const value = text.trim();
  if (value === '') return { kind: 'empty' };
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const isoLike = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  let parts: DateParts | null = null;
  if (dayFirst) parts = { day: Number(dayFirst[1]), month: Number(dayFirst[2]), year: Number(dayFirst[3]) };
  else if (isoLike) parts = { year: Number(isoLike[1]), month: Number(isoLike[2]), day: Number(isoLike[3]) };
  if (!parts || !isRealDate(parts.year, parts.month, parts.day)) return { kind: 'invalid' };
  return { kind: 'date', iso: toIso(parts) };
}

function toIso({ year, month, day }: DateParts): string {
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** An ISO date as the date field shows it: "15/06/2023". */
export function isoToUserDate(iso: string | null): string {
  const parts = iso ? isoDateParts(iso) : null;
  if (!parts) return '';
  return `${String(parts.day).padStart(2, '0')}/${String(parts.month).padStart(2, '0')}/${String(parts.year)}`;
}
