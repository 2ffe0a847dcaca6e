// Timestamps for stored documents: ISO 8601 with the machine's UTC offset, strictly increasing per document.

/** "2026-11-26T15:04:05.123+07:00" for the local time zone. */
export function isoWithOffset(date: Date): string {
  const offsetMinutes = -date.getTimezoneOffset();
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  const local = new Date(date.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 23);
  return `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * The timestamp of a change made now to a document last changed at `previous`: never equal to or before it (two saves
 * in one millisecond, or a clock set back), so `expectedUpdatedAt` always tells versions apart.
 */
export function nextTimestamp(now: Date, previous?: string): string {
  const previousMs = previous === undefined ? Number.NaN : Date.parse(previous);
  const ms = Number.isNaN(previousMs) ? now.getTime() : Math.max(now.getTime(), previousMs + 1);
  return isoWithOffset(new Date(ms));
}

/** Whether two ISO timestamps name the same instant (offsets may differ). */
export function sameInstant(a: string, b: string): boolean {
  return Date.parse(a) === Date.parse(b);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
