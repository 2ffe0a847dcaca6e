// Dates in citations: Vietnamese numeric and long forms, English forms; validity check; the Decree 30 leading-zero rule.

export interface DateMatch {
  /** ISO "YYYY-MM-DD", or null when the written date does not exist. */
  iso: string | null;
  /** The date as written (for the invalid_date warning). */
  written: string;
  length: number;
}

const MONTHS_EN = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;
const MONTH_NAMES_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const MONTH_WORD = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const ORDINAL = '(?:st|nd|rd|th)?';

/** All patterns run on lower-case text, sticky at the caller's index. */
const NUMERIC = /(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{1,4})(?!\d)/y;
const LONG_VI = /(\d{1,2})\s+tháng\s+(\d{1,2})\s*,?\s+năm\s+(\d{1,4})(?!\d)/y;
const MONTH_FIRST_EN = new RegExp(`${MONTH_WORD}\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})(?!\\d)`, 'y');
const DAY_FIRST_EN = new RegExp(`(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH_WORD},?\\s+(\\d{4})(?!\\d)`, 'y');

function monthFromWord(word: string): number {
  const index = MONTHS_EN.findIndex((m) => m.startsWith(word.slice(0, 3)));
  return index + 1;
}

/** ISO date when day/month/year name a real calendar day between 1900 and 2100, else null. */
export function isoDate(day: number, month: number, year: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function match(pattern: RegExp, lower: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(lower);
}

/** A Vietnamese date ("15/6/2023", "15-6-2023", "15.6.2023", "15 tháng 6 năm 2023") starting at `index`. */
export function parseVietnameseDateAt(lower: string, index: number): DateMatch | null {
  const numeric = match(NUMERIC, lower, index);
  if (numeric) {
    const [written, d = '', , m = '', y = ''] = numeric;
    return { iso: isoDate(Number(d), Number(m), Number(y)), written, length: written.length };
  }
  const long = match(LONG_VI, lower, index);
  if (long) {
    const [written, d = '', m = '', y = ''] = long;
    return { iso: isoDate(Number(d), Number(m), Number(y)), written, length: written.length };
  }
  return null;
}

/** An English date ("September 14, 2022", "14 September 2022", "Sept. 14, 2022") starting at `index`. */
export function parseEnglishDateAt(lower: string, index: number): DateMatch | null {
  const monthFirst = match(MONTH_FIRST_EN, lower, index);
  if (monthFirst) {
    const [written, month = '', d = '', y = ''] = monthFirst;
    return { iso: isoDate(Number(d), monthFromWord(month), Number(y)), written, length: written.length };
  }
  const dayFirst = match(DAY_FIRST_EN, lower, index);
  if (dayFirst) {
    const [written, d = '', month = '', y = ''] = dayFirst;
    return { iso: isoDate(Number(d), monthFromWord(month), Number(y)), written, length: written.length };
  }
  return null;
}

function parts(iso: string): { day: number; month: number; year: number } {
  const [y = '0', m = '0', d = '0'] = iso.split('-');
  return { day: Number(d), month: Number(m), year: Number(y) };
}

/** Decree 30/2020: a leading zero for days below 10 and for months 1 and 2. */
function decree30(day: number, month: number): { dd: string; mm: string } {
  return { dd: String(day).padStart(2, '0'), mm: month <= 2 ? String(month).padStart(2, '0') : String(month) };
}

/** Running-text date: "15/6/2023", "09/02/2017" (Decree 30 leading zeros). */
export function formatNumericDate(iso: string): string {
  const { day, month, year } = parts(iso);
  const { dd, mm } = decree30(day, month);
  return `${dd}/${mm}/${year}`;
}

/** Long form used in legal bases and document headers: "ngày 05 tháng 4 năm 2016" without the word "ngày". */
export function formatLongDate(iso: string): string {
  const { day, month, year } = parts(iso);
  const { dd, mm } = decree30(day, month);
  return `${dd} tháng ${mm} năm ${year}`;
}

/** English form: "15 June 2023". */
export function formatEnglishDate(iso: string): string {
  const { day, month, year } = parts(iso);
  return `${day} ${MONTH_NAMES_EN[month - 1] ?? ''} ${year}`;
}
