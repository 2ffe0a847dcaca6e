// The app shell: navigation, the current screen, banners, status bar, shortcuts and menu commands.
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/ipc/features/system';
import type { MenuCommand } from '../../../shared/ipc/events';
import { call, onBridgeEvent } from '../api/client';
import { saveTracker } from '../api/saveTracker';
import { DirectivesScreen } from '../directives/DirectivesScreen';
import { PacketsScreen } from '../packets/PacketsScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { SearchPalette } from '../search/SearchPalette';
import { useSearchShortcut } from '../search/useSearchShortcut';
import { TalkingPointsScreen } from '../talking-points/TalkingPointsScreen';
import { QaScreen } from '../qa/QaScreen';
import { TemplatesScreen } from '../templates/TemplatesScreen';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { AboutDialog } from './AboutDialog';
import { IncidentBanner } from './IncidentBanner';
import { SCREEN_TITLE_ID } from './ScreenHeader';
import { hashOf, isScreenId, screenFromHash, type ScreenId } from './screens';
import { ShellContext, type ScreenCommands, type ShellApi } from './shellContext';
import { Sidebar } from './Sidebar';
import { StatusBar } from './StatusBar';

function useCurrentScreen(): ScreenId {
  const [screen, setScreen] = useState(() => screenFromHash(window.location.hash));
  useEffect(() => {
    const onHashChange = () => setScreen(screenFromHash(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return screen;
}

function navigate(screen: ScreenId): void {
  window.location.hash = hashOf(screen);
}

/** The skip link focuses the main region without touching the hash (the hash holds the current screen). */
function skipToMain(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

function isModalOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}

export function App() {
  const { t } = useTranslation();
  const screen = useCurrentScreen();
  const [ready, setReady] = useState(false);
  const [aboutOpen, setAboutOpen] = useState(false);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const commands = useRef<ScreenCommands | null>(null);
  const unsaved = useRef(false);
  const [leavingTo, setLeavingTo] = useState<ScreenId | null>(null);
  const search = useSearchShortcut();

  const shell = useMemo<ShellApi>(
    () => ({
      setCommands: (next) => {
        commands.current = next;
      },
      reportReady: () => setReady(true),
      setUnsaved: (value) => {
        unsaved.current = value;
      },
    }),
    [],
  );

  const runMenuCommand = useCallback((command: MenuCommand, target?: string) => {
    if (command === 'newItem') commands.current?.newItem?.();
    else if (command === 'find') commands.current?.find?.();
    else if (command === 'openSettings') navigate('settings');
    else if (command === 'showAbout') setAboutOpen(true);
    else if (isScreenId(target)) navigate(target);
  }, []);

  useEffect(() => {
    const offMenu = onBridgeEvent('menuCommand', ({ command, target }) => {
      if (!isModalOpen()) runMenuCommand(command, target);
    });
    const offSaved = onBridgeEvent('saved', ({ at }) => saveTracker.confirm(at));
    call('system', 'info', {}).then(setInfo, () => undefined);
    return () => {
      offMenu();
      offSaved();
    };
  }, [runMenuCommand]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || isModalOpen()) return;
      const key = event.key.toLowerCase();
      const command = key === 'n' ? commands.current?.newItem : key === 'f' ? commands.current?.find : undefined;
      if (!command) return;
      event.preventDefault();
      command();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const guardNavigation = useCallback((event: MouseEvent<HTMLAnchorElement>, target: ScreenId) => {
    if (!unsaved.current || target === screen) return;
    event.preventDefault();
    setLeavingTo(target);
  }, [screen]);

  useEffect(() => {
    document.title = t('app.windowTitle', { screen: t(`nav.${screen}`) });
  }, [screen, t]);

  return (
    <ShellContext.Provider value={shell}>
      <div className="app" data-app-ready={ready ? 'true' : undefined} data-screen={screen}>
        <a className="skip-link" href="#main" onClick={skipToMain}>
          {t('app.skipToContent')}
        </a>
        <Sidebar current={screen} onAbout={() => setAboutOpen(true)} onSearch={search.show} onNavigate={guardNavigation} />
        <div className="workspace">
          <IncidentBanner />
          <main id="main" className="screen" tabIndex={-1} aria-labelledby={SCREEN_TITLE_ID}>
            <CurrentScreen screen={screen} />
          </main>
          <StatusBar version={info?.appVersion ?? null} />
        </div>
        {aboutOpen ? <AboutDialog info={info} onClose={() => setAboutOpen(false)} /> : null}
        {search.open ? <SearchPalette onClose={search.hide} /> : null}
        {leavingTo ? (
          <ConfirmDialog
            title={t('common.discardTitle')}
            body={t('common.discardBody')}
            confirmLabel={t('common.discard')}
            cancelLabel={t('common.keepEditing')}
            focus="cancel"
            onCancel={() => setLeavingTo(null)}
            onConfirm={() => {
              unsaved.current = false;
              setLeavingTo(null);
              navigate(leavingTo);
            }}
          />
        ) : null}
      </div>
    </ShellContext.Provider>
  );
}

function CurrentScreen({ screen }: { screen: ScreenId }) {
  switch (screen) {
    case 'packets':
      return <PacketsScreen />;
    case 'directives':
      return <DirectivesScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'talkingPoints':
      return <TalkingPointsScreen />;
    case 'qa':
      return <QaScreen />;
    case 'templates':
      return <TemplatesScreen />;
  }
}
