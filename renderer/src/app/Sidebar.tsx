// Left navigation: the search button (Ctrl+K), one link per screen (aria-current on the open one) and the About button.
import type { KeyboardEvent, MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../ui/Icon';
import { SCREEN_ICONS, SCREEN_IDS, hashOf, type ScreenId } from './screens';

interface SidebarProps {
  current: ScreenId;
  onAbout: () => void;
  onSearch: () => void;
  /** Called before following a screen link; calling preventDefault on the event keeps the current screen. */
  onNavigate: (event: MouseEvent<HTMLAnchorElement>, screen: ScreenId) => void;
}

/** ↑/↓ (and Home/End) move between the sidebar's controls as well as Tab does; every control stays in the Tab order. */
function moveWithArrows(event: KeyboardEvent<HTMLElement>): void {
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>('a[href], button:not(:disabled)')];
  const from = controls.findIndex((control) => control === document.activeElement);
  if (from < 0) return;
  const last = controls.length - 1;
  const to = { ArrowDown: Math.min(last, from + 1), ArrowUp: Math.max(0, from - 1), Home: 0, End: last }[event.key];
  if (to === undefined) return;
  event.preventDefault();
  controls[to]?.focus();
}

export function Sidebar({ current, onAbout, onSearch, onNavigate }: SidebarProps) {
  const { t } = useTranslation();
  return (
    <nav className="sidebar" aria-label={t('nav.label')} onKeyDown={moveWithArrows}>
      <div className="sidebar__brand" aria-hidden="true">
        <span className="sidebar__logo">
          <Icon name="talkingPoints" size={20} />
        </span>
        <span className="sidebar__name sidebar__label">{t('app.name')}</span>
      </div>
      <button type="button" className="sidebar__about sidebar__search" onClick={onSearch} title={t('search.openWithShortcut')} aria-keyshortcuts="Control+K Meta+K">
        <Icon name="search" />
        <span className="sidebar__label">{t('search.open')}</span>
      </button>
      <ul className="sidebar__list">
        {SCREEN_IDS.map((id) => (
          <li key={id}>
            <a className="sidebar__link" href={hashOf(id)} aria-current={id === current ? 'page' : undefined} title={t(`nav.${id}`)} onClick={(event) => onNavigate(event, id)}>
              <Icon name={SCREEN_ICONS[id]} />
              <span className="sidebar__label">{t(`nav.${id}`)}</span>
            </a>
          </li>
        ))}
      </ul>
      <button type="button" className="sidebar__about" onClick={onAbout} title={t('nav.about')}>
        <Icon name="about" />
        <span className="sidebar__label">{t('nav.about')}</span>
      </button>
    </nav>
  );
}
