// "Gói tài liệu": the briefing schedule, every packet, "Tạo gói mới" and "Chuẩn bị kỳ tiếp theo".
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScheduleEntry } from '../../../shared/ipc/features/packets';
import type { Packet, PacketSummary, Period } from '../../../shared/model/packet';
import type { PacketLocation } from '../../../shared/packets/findings';
import { call } from '../api/client';
import { errorMessage } from '../api/errors';
import { RecentPackets } from '../app/RecentPackets';
import { ScreenHeader } from '../app/ScreenHeader';
import { useReportReady, useScreenCommands } from '../app/shellContext';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Icon } from '../ui/Icon';
import { useToasts } from '../ui/Toasts';
import { NewPacketDialog } from './NewPacketDialog';
import { PacketTable } from './PacketTable';
import { RollForwardDialog } from './RollForwardDialog';
import { ScheduleView } from './ScheduleView';
import { usePacketList } from './usePacketList';
import { useTemplates } from './useTemplates';

type Dialogs = { kind: 'new'; initial?: { templateId: string; period: Period } } | { kind: 'rollForward'; source: PacketSummary } | { kind: 'delete'; packet: PacketSummary } | null;

interface PacketListViewProps {
  /** The packet just closed: its row gets the focus back when the list appears (if focus was lost meanwhile). */
  returnFocusTo?: string | null;
  onOpen(packetId: string, location?: PacketLocation): void;
}

export function PacketListView({ returnFocusTo = null, onOpen }: PacketListViewProps) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const data = usePacketList();
  const templates = useTemplates();
  const [dialog, setDialog] = useState<Dialogs>(null);

  useReportReady((data.packets !== null && data.schedule !== null) || data.loadError !== null);
  useScreenCommands({ newItem: () => setDialog({ kind: 'new' }) });

  const created = (packet: Packet) => {
    setDialog(null);
    toasts.notify({ message: t('packets.create.done', { title: packet.title }), tone: 'success' });
    onOpen(packet.id);
  };

  const remove = async (packet: PacketSummary) => {
    try {
      await call('packets', 'delete', { id: packet.id });
      toasts.notify({
        message: t('packets.delete.done', { title: packet.title }),
        tone: 'success',
        action: { label: t('common.undo'), run: () => void undoRemove(packet) },
      });
    } catch (error) {
      toasts.notify({ message: errorMessage(t, error), tone: 'error' });
    }
    setDialog(null);
    data.reload();
  };

  const undoRemove = async (packet: PacketSummary) => {
    try {
      await call('packets', 'undoDelete', { id: packet.id });
      toasts.notify({ message: t('packets.delete.restored', { title: packet.title }), tone: 'success' });
    } catch (error) {
      toasts.notify({ message: errorMessage(t, error), tone: 'error' });
    }
    data.reload();
  };

  const start = (entry: ScheduleEntry) => setDialog({ kind: 'new', initial: { templateId: entry.templateId, period: entry.period } });

  return (
    <>
      <ScreenHeader title={t('nav.packets')} description={t('screens.packets')}>
        <button type="button" className="button button--primary" onClick={() => setDialog({ kind: 'new' })} aria-keyshortcuts="Control+N" disabled={templates.list === null}>
          <Icon name="plus" size={16} />
          <span>{t('packets.create.button')}</span>
        </button>
      </ScreenHeader>
      <div className="screen-body screen-body--padded packets">
        {data.loadError || templates.error ? (
          <div className="notice notice--error" role="alert">
            <span>{t('packets.loadFailed', { message: errorMessage(t, data.loadError ?? templates.error) })}</span>
            <button type="button" className="button" onClick={data.reload}>
              {t('app.retry')}
            </button>
          </div>
        ) : null}
        <RecentPackets packets={data.packets} onOpen={(id) => onOpen(id)} />
        {data.schedule ? <ScheduleView schedule={data.schedule} onOpen={(id) => onOpen(id)} onStart={start} /> : null}
        <section className="packet-panel" aria-labelledby="packet-list-title">
          <div className="packet-panel__head">
            <h2 id="packet-list-title" className="packet-panel__title">
              {t('packets.list.heading')}
            </h2>
          </div>
          {data.packets === null ? (
            <p className="packet-panel__empty">{t('common.loading')}</p>
          ) : data.packets.length === 0 ? (
            <div className="empty-state empty-state--inline">
              <h3 className="empty-state__title">{t('packets.list.emptyTitle')}</h3>
              <p className="empty-state__text">{t('packets.list.emptyBody')}</p>
            </div>
          ) : (
            <PacketTable
              packets={data.packets}
              returnFocusTo={returnFocusTo}
              onOpen={(id) => onOpen(id)}
              onRollForward={(source) => setDialog({ kind: 'rollForward', source })}
              onDelete={(packet) => setDialog({ kind: 'delete', packet })}
            />
          )}
        </section>
      </div>
      {dialog?.kind === 'new' && templates.list ? (
        <NewPacketDialog templates={templates.list} initial={dialog.initial} onCreated={created} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'rollForward' ? <RollForwardDialog source={dialog.source} onDone={data.reload} onOpen={onOpen} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'delete' ? (
        <ConfirmDialog
          title={t('packets.delete.title')}
          body={t('packets.delete.body', { title: dialog.packet.title })}
          confirmLabel={t('packets.delete.confirm')}
          focus="cancel"
          onCancel={() => setDialog(null)}
          onConfirm={() => void remove(dialog.packet)}
        />
      ) : null}
    </>
  );
}
