// About Spokesdesk: what it is, its version and where its data lives.
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/ipc/features/system';
import { Dialog } from '../ui/Dialog';

export function AboutDialog({ info, onClose }: { info: AppInfo | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={t('about.title')}
      onRequestClose={onClose}
      closeLabel={t('common.close')}
      footer={
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('common.close')}
        </button>
      }
    >
      <p className="dialog__text">{t('about.body')}</p>
      {info ? (
        <dl className="facts">
          <dt>{t('about.version')}</dt>
          <dd>{info.appVersion}</dd>
          <dt>{t('about.dataFolder')}</dt>
          <dd className="facts__path">{info.dataDir}</dd>
          <dt>{t('about.platform')}</dt>
          <dd>{info.platform}</dd>
        </dl>
      ) : null}
    </Dialog>
  );
}
