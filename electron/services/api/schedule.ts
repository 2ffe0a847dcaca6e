// The briefing schedule: what each template's periodicity makes due this month and quarter, the packets prepared for it, overdue flagged.
import type { Schedule, ScheduleEntry } from '../../../shared/ipc/features/packets.js';
import { addDays } from '../../../shared/library/calendar.js';
import { dueDatesIn } from '../../../shared/library/templates.js';
import type { PacketSummary, Period, Template } from '../../../shared/model/index.js';
import { periodContaining, periodRange, samePeriod } from '../../../shared/packets/index.js';

/** How far back a briefing that is still not approved is shown as overdue (for a template in use). */
const OVERDUE_LOOKBACK_DAYS = 62;

const DONE_RANK = { delivered: 3, approved: 2, in_review: 1, draft: 1 } as const;

/** A packet belongs to a due briefing when it is of the template and covers the same period (or a date inside it). */
function covers(packet: PacketSummary, templateId: string, period: Period): boolean {
  if (packet.templateId !== templateId) return false;
  if (samePeriod(packet.period, period)) return true;
  if (packet.period.kind !== 'date') return false;
  const range = periodRange(period);
  return packet.period.date >= range.start && packet.period.date <= range.end;
}

function stateOf(packets: readonly PacketSummary[]): ScheduleEntry['state'] {
  const best = Math.max(0, ...packets.map((p) => DONE_RANK[p.status]));
  return best === 3 ? 'delivered' : best === 2 ? 'approved' : best === 1 ? 'in_progress' : 'not_started';
}

/**
 * Every briefing due from today to the end of the quarter for every template with a rhythm (ad hoc ones have no due
 * dates); for templates in use (a packet was made from them) also the earlier ones of this month, and those of the
 * last two months still overdue. A template nobody has made a packet from raises no alarm for the past, so a fresh
 * install does not open on a list of missed briefings. A briefing is overdue when its due date is before `today`
 * and no packet for it is approved or delivered.
 */
export function buildSchedule(templates: readonly Template[], packets: readonly PacketSummary[], today: string): Schedule {
  const month = periodRange(periodContaining(today, 'month'));
  const quarter = periodRange(periodContaining(today, 'quarter'));
  const lookback = addDays(today, -OVERDUE_LOOKBACK_DAYS);
  const from = lookback < quarter.start ? lookback : quarter.start;
  const entries: ScheduleEntry[] = [];
  const used = new Set(packets.flatMap((p) => (p.templateId ? [p.templateId] : [])));
  for (const template of templates) {
    for (const due of dueDatesIn(template, from, quarter.end)) {
      const prepared = packets.filter((p) => covers(p, template.id, due.period)).sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
      const state = stateOf(prepared);
      const overdue = due.date < today && state !== 'delivered' && state !== 'approved';
      if (due.date < today && !used.has(template.id)) continue;
      if (due.date < month.start && !overdue) continue;
      entries.push({
        templateId: template.id,
        templateName: template.name,
        templateNameEn: template.nameEn,
        periodicity: template.periodicity.kind,
        due: due.date,
        period: due.period,
        packets: prepared,
        state,
        overdue,
      });
    }
  }
  entries.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.templateName.localeCompare(b.templateName, 'vi')));
  return { today, month, quarter, entries };
}
