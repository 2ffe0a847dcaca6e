// The briefing schedule: what is due this month or this quarter per template, the packets prepared, overdue ones first and in red.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schedule, ScheduleEntry } from '../../../shared/ipc/features/packets';
import { currentLanguage } from '../i18n';
import { formatDate } from '../i18n/format';
import { Icon } from '../ui/Icon';
import { daysBetween, periodTitle, statusClass } from './labels';

type Range = 'month' | 'quarter';

interface ScheduleViewProps {
  schedule: Schedule;
  onOpen(packetId: string): void;
  onStart(entry: ScheduleEntry): void;
}

function inRange(entry: ScheduleEntry, schedule: Schedule, range: Range): boolean {
  const { start, end } = schedule[range];
  return entry.overdue || (entry.due >= start && entry.due <= end);
}

export function ScheduleView({ schedule, onOpen, onStart }: ScheduleViewProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [range, setRange] = useState<Range>('month');
  const entries = schedule.entries.filter((entry) => inRange(entry, schedule, range));
  const overdue = entries.filter((entry) => entry.overdue).length;
  return (
    <section className="packet-panel" aria-labelledby="schedule-title">
      <div className="packet-panel__head">
        <h2 id="schedule-title" className="packet-panel__title">
          {t('packets.schedule.title')}
        </h2>
        {overdue > 0 ? <span className="schedule__overdue-count">{t('packets.schedule.overdueCount', { count: overdue })}</span> : null}
        <div className="packet-toggle" role="group" aria-label={t('packets.schedule.rangeLabel')}>
          {(['month', 'quarter'] as const).map((value) => (
            <button key={value} type="button" className="packet-toggle__option" aria-pressed={range === value} onClick={() => setRange(value)}>
              {t(`packets.schedule.${value}`)}
            </button>
          ))}
        </div>
      </div>
      {entries.length === 0 ? (
        <p className="packet-panel__empty">{t('packets.schedule.empty')}</p>
      ) : (
        <ul className="schedule" aria-label={t('packets.schedule.title')}>
          {entries.map((entry) => (
            <ScheduleRow key={`${entry.templateId}|${entry.due}`} entry={entry} today={schedule.today} language={language} onOpen={onOpen} onStart={onStart} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ScheduleRow({ entry, today, language, onOpen, onStart }: { entry: ScheduleEntry; today: string; language: 'vi' | 'en'; onOpen(id: string): void; onStart(entry: ScheduleEntry): void }) {
  const { t } = useTranslation();
  const latest = entry.packets[0];
  const days = daysBetween(today, entry.due);
  const when = days === 0 ? t('packets.schedule.dueToday') : days > 0 ? t('packets.schedule.dueIn', { count: days }) : t('packets.schedule.overdueBy', { count: -days });
  const name = language === 'en' && entry.templateNameEn ? entry.templateNameEn : entry.templateName;
  return (
    <li className={`schedule__row${entry.overdue ? ' schedule__row--overdue' : ''}`} data-testid="schedule-row">
      <div className="schedule__date">
        <span className="schedule__day">{formatDate(entry.due, language)}</span>
        <span className={`schedule__when${entry.overdue ? ' schedule__when--overdue' : ''}`}>
          {entry.overdue ? <Icon name="warning" size={14} /> : null}
          {when}
        </span>
      </div>
      <div className="schedule__what">
        <span className="schedule__name">{name}</span>
        <span className="schedule__period">{`${periodTitle(entry.period, language)} · ${t(`packets.periodicity.${entry.periodicity}`)}`}</span>
      </div>
      <span className={latest ? statusClass(latest.status) : 'pill packet-status packet-status--none'}>{latest ? t(`packets.status.${latest.status}`) : t('packets.schedule.notStarted')}</span>
      <div className="schedule__action">
        {latest ? (
          <button type="button" className="button button--small" onClick={() => onOpen(latest.id)}>
            {t('packets.open')}
          </button>
        ) : (
          <button type="button" className="button button--small button--primary" onClick={() => onStart(entry)}>
            {t('packets.schedule.start')}
          </button>
        )}
      </div>
    </li>
  );
}
