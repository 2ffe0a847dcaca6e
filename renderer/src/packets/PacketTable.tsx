// The list of every packet: title (opens it), period, status, last change and words; prepare the next period or delete a draft.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PacketSummary } from '../../../shared/model/packet';
import { currentLanguage } from '../i18n';
import { formatDateTime, formatNumber } from '../i18n/format';
import { Icon } from '../ui/Icon';
import { periodTitle, statusClass } from './labels';

interface PacketTableProps {
  packets: readonly PacketSummary[];
  /** Focus this packet's title when the table appears, unless the user's focus is already somewhere (not the page or main). */
  returnFocusTo?: string | null;
  onOpen(id: string): void;
  onRollForward(packet: PacketSummary): void;
  onDelete(packet: PacketSummary): void;
}

export function PacketTable({ packets, returnFocusTo = null, onOpen, onRollForward, onDelete }: PacketTableProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const tableRef = useRef<HTMLTableElement>(null);

  // Once, when the list comes back from a packet: the keyboard continues at the row it left.
  const initialReturn = useRef(returnFocusTo);
  useEffect(() => {
    const id = initialReturn.current;
    const active = document.activeElement;
    if (id === null || (active !== null && active !== document.body && active.id !== 'main')) return;
    tableRef.current?.querySelector<HTMLElement>(`tr[data-packet-id="${CSS.escape(id)}"] .link-button`)?.focus();
  }, []);

  return (
    <table ref={tableRef} className="table packet-table" aria-label={t('packets.list.label')}>
      <thead>
        <tr>
          <th scope="col">{t('packets.list.title')}</th>
          <th scope="col">{t('packets.list.period')}</th>
          <th scope="col">{t('packets.list.status')}</th>
          <th scope="col">{t('packets.list.updated')}</th>
          <th scope="col" className="table__number">
            {t('packets.list.words')}
          </th>
          <th scope="col" className="table__actions">
            <span className="visually-hidden">{t('packets.list.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {packets.map((packet) => {
          const locked = packet.status === 'approved' || packet.status === 'delivered';
          return (
            <tr key={packet.id} data-testid="packet-row" data-packet-id={packet.id}>
              <td className="packet-table__title">
                <button type="button" className="link-button" onClick={() => onOpen(packet.id)}>
                  {packet.title}
                </button>
              </td>
              <td>{periodTitle(packet.period, language)}</td>
              <td>
                <span className={statusClass(packet.status)}>{t(`packets.status.${packet.status}`)}</span>
              </td>
              <td>{formatDateTime(packet.updatedAt, language)}</td>
              <td className="table__number">{formatNumber(packet.wordCount, language)}</td>
              <td className="table__actions packet-table__actions">
                <button type="button" className="button button--small button--quiet" onClick={() => onRollForward(packet)}>
                  {t('packets.rollForward.button')}
                </button>
                <button
                  type="button"
                  className="icon-button icon-button--small"
                  onClick={() => onDelete(packet)}
                  disabled={locked}
                  aria-label={t('packets.delete.button', { title: packet.title })}
                  title={locked ? t('packets.delete.lockedHint') : t('packets.delete.button', { title: packet.title })}
                >
                  <Icon name="trash" size={16} />
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
