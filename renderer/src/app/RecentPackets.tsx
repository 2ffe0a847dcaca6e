// "Gần đây" on the packets screen: the packets opened lately (the same list as File ▸ Open Recent), deleted ones left out.
import { useTranslation } from 'react-i18next';
import type { PacketSummary } from '../../../shared/model/packet';
import { currentLanguage } from '../i18n';
import { periodTitle, statusClass } from '../packets/labels';
import { useRecentPackets } from './recentPackets';
import './recent.css';

interface RecentPacketsProps {
  /** Every packet (null while loading): only those still there are listed. */
  packets: readonly PacketSummary[] | null;
  onOpen(packetId: string): void;
}

export function RecentPackets({ packets, onOpen }: RecentPacketsProps) {
  const { t } = useTranslation();
  const recent = useRecentPackets();
  if (!packets) return null;
  const byId = new Map(packets.map((packet) => [packet.id, packet]));
  const shown = recent.ids.flatMap((id) => byId.get(id) ?? []);
  if (shown.length === 0) return null;
  const language = currentLanguage();
  return (
    <section className="packet-panel recent-packets" aria-labelledby="recent-packets-title" data-testid="recent-packets">
      <div className="packet-panel__head">
        <h2 id="recent-packets-title" className="packet-panel__title">
          {t('shell.recent.heading')}
        </h2>
        <button type="button" className="button button--small button--quiet recent-packets__clear" onClick={recent.clear}>
          {t('shell.recent.clear')}
        </button>
      </div>
      <ul className="recent-packets__list" aria-label={t('shell.recent.listLabel')}>
        {shown.map((packet) => (
          <li key={packet.id}>
            <button type="button" className="recent-packets__item" onClick={() => onOpen(packet.id)}>
              <span className="recent-packets__title">{packet.title}</span>
              <span className="recent-packets__meta">
                <span className={statusClass(packet.status)}>{t(`packets.status.${packet.status}`)}</span>
                <span>{periodTitle(packet.period, language)}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
