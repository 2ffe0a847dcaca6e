// Honest empty state for a screen that a later version of Spokesdesk delivers.
import { useTranslation } from 'react-i18next';
import { Icon } from '../ui/Icon';
import { ScreenHeader } from './ScreenHeader';
import { hashOf } from './screens';
import { useReportReady } from './shellContext';

export type LaterScreenId = 'packets' | 'talkingPoints' | 'qa' | 'templates';

export function ComingLater({ screen }: { screen: LaterScreenId }) {
  const { t } = useTranslation();
  useReportReady(true);
  return (
    <>
      <ScreenHeader title={t(`nav.${screen}`)} description={t(`screens.${screen}`)} />
      <div className="screen-body screen-body--padded">
        <div className="empty-state">
          <span className="empty-state__icon">
            <Icon name="later" size={32} />
          </span>
          <h2 className="empty-state__title">{t('later.heading')}</h2>
          <p className="empty-state__text">{t(`later.${screen}`)}</p>
          <p className="empty-state__text">{t('later.meanwhile')}</p>
          <a className="button" href={hashOf('directives')}>
            {t('later.openDirectives')}
          </a>
        </div>
      </div>
    </>
  );
}
