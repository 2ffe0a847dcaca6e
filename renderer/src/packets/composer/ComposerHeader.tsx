// The composer's top bar: back to the list, the packet's title, period and status, the panels, the status steps and export.
import { useTranslation } from 'react-i18next';
import type { Packet } from '../../../../shared/model/packet';
import { SCREEN_TITLE_ID } from '../../app/ScreenHeader';
import { ExportPacketButton } from '../../exchange/ExportPacketButton';
import { currentLanguage } from '../../i18n';
import { Icon } from '../../ui/Icon';
import { periodTitle, statusClass } from '../labels';

export const PANELS = ['variables', 'preflight', 'versions', 'cited'] as const;
export type PanelId = (typeof PANELS)[number];

export type StatusStep = 'submit' | 'returnToDraft' | 'approve' | 'deliver' | 'reopen';

export function stepsFor(status: Packet['status']): StatusStep[] {
  switch (status) {
    case 'draft':
      return ['submit'];
    case 'in_review':
      return ['returnToDraft', 'approve'];
    case 'approved':
      return ['deliver', 'reopen'];
    case 'delivered':
      return ['reopen'];
  }
}

interface ComposerHeaderProps {
  packet: Packet;
  title: string;
  templateName: string;
  readOnly: boolean;
  panel: PanelId | null;
  busy: boolean;
  onTitle(title: string): void;
  onBack(): void;
  onPanel(panel: PanelId): void;
  onStep(step: StatusStep): void;
  onExport(): void;
}

export function ComposerHeader({ packet, title, templateName, readOnly, panel, busy, onTitle, onBack, onPanel, onStep, onExport }: ComposerHeaderProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <header className="composer-header">
      <div className="composer-header__top">
        <button type="button" className="button button--quiet composer-header__back" onClick={onBack}>
          <span aria-hidden="true">←</span>
          {t('packetComposer.back')}
        </button>
        <span className={statusClass(packet.status)} data-testid="packet-status">
          {t(`packets.status.${packet.status}`)}
        </span>
        <span className="composer-header__meta">{[periodTitle(packet.period, language), templateName].filter(Boolean).join(' · ')}</span>
        <div className="composer-header__steps">
          {stepsFor(packet.status).map((step) => (
            <button key={step} type="button" className={`button button--small${step === 'approve' || step === 'submit' ? ' button--primary' : ''}`} onClick={() => onStep(step)} disabled={busy}>
              {t(`packetStatus.steps.${step}`)}
            </button>
          ))}
          <button type="button" className="button button--small" onClick={onExport}>
            {t('packetComposer.export')}
          </button>
          <ExportPacketButton packetId={packet.id} />
        </div>
      </div>
      <div className="composer-header__bottom">
        <h1 className="visually-hidden" id={SCREEN_TITLE_ID}>
          {title}
        </h1>
        <input className="composer-header__title" value={title} readOnly={readOnly} aria-label={t('packetComposer.titleLabel')} onChange={(event) => onTitle(event.target.value)} />
        <div className="composer-header__panels" role="group" aria-label={t('packetComposer.panels.label')}>
          {PANELS.map((id) => (
            <button key={id} type="button" className="button button--small composer-header__panel" aria-pressed={panel === id} onClick={() => onPanel(id)}>
              {id === 'preflight' ? <Icon name="check" size={14} /> : null}
              {t(`packetComposer.panels.${id}`)}
            </button>
          ))}
        </div>
      </div>
    </header>
  );
}
