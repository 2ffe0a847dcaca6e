// Display helpers of the packet screens: period labels as headings write them, status pill classes, sortable summaries.
import type { Language } from '../../../shared/model/common';
import type { PacketStatus, Period } from '../../../shared/model/packet';
import { periodLabel } from '../../../shared/packets/periods';

/** "Tháng 12/2023", "Quý IV/2023", "December 2023": the period label with a capital first letter, for lists and headings. */
export function periodTitle(period: Period, language: Language): string {
  const label = periodLabel(period, language);
  return `${label.charAt(0).toLocaleUpperCase(language)}${label.slice(1)}`;
}

/** The status pill's class (colours in packets.css). */
export function statusClass(status: PacketStatus): string {
  return `pill packet-status packet-status--${status}`;
}

export const PACKET_STATUSES = ['draft', 'in_review', 'approved', 'delivered'] as const satisfies readonly PacketStatus[];

/** Days from `from` to `to` (ISO dates; negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Today's local date as an ISO date. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
