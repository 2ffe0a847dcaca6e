// Vietnamese date lines and document numbers as Decree 30/2020 prints them (leading zeros for days < 10 and months 1–2).

/** "ngày 07 tháng 12 năm 2023" from "2023-12-07". */
export function longVietnameseDate(iso: string): string {
  const [year = '', month = '', day = ''] = iso.slice(0, 10).split('-');
  const d = Number(day);
  const m = Number(month);
  const dd = d < 10 ? `0${d}` : String(d);
  const mm = m <= 2 ? `0${m}` : String(m);
  return `ngày ${dd} tháng ${mm} năm ${Number(year)}`;
}

/** "Hà Nội, ngày 07 tháng 12 năm 2023" (no place: the date alone). */
export function placeAndDate(place: string, iso: string): string {
  const date = longVietnameseDate(iso);
  return place.trim() ? `${place.trim()}, ${date}` : date.charAt(0).toUpperCase() + date.slice(1);
}

/** Adds the leading zero Decree 30 asks for to numbers below 10: "5/BC-UBND" → "05/BC-UBND". */
export function withLeadingZero(documentNumber: string): string {
  return documentNumber.trim().replace(/^(\d)(?=\D)/, '0$1');
}

/** Party symbols put a hyphen between number and type: "57-KL/TW". */
export const PARTY_SYMBOL = /^\d{1,5}-[\p{Lu}][\p{L}\d]*\/[\p{Lu}][\p{L}\d]*(?:-[\p{L}\d]+)*$/u;

/** "tháng 11 năm 2026" style period labels. */
export function periodLabel(period: { kind: 'month'; year: number; month: number } | { kind: 'quarter'; year: number; quarter: number } | { kind: 'week'; year: number; week: number } | { kind: 'date'; date: string }): string {
  switch (period.kind) {
    case 'month':
      return `Tháng ${period.month} năm ${period.year}`;
    case 'quarter':
      return `Quý ${['I', 'II', 'III', 'IV'][period.quarter - 1] ?? period.quarter} năm ${period.year}`;
    case 'week':
      return `Tuần ${period.week} năm ${period.year}`;
    case 'date':
      return longVietnameseDate(period.date).replace(/^ngày/, 'Ngày');
  }
}
