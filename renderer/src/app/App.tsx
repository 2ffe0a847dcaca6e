// The app shell: navigation, the current screen, banners, status bar, shortcuts and menu commands, imports of opened files.
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/ipc/features/system';
import { call, onBridgeEvent } from '../api/client';
import { saveTracker } from '../api/saveTracker';
import { DirectivesScreen } from '../directives/DirectivesScreen';
import { PacketsScreen } from '../packets/PacketsScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { SearchPalette } from '../search/SearchPalette';
import { useSearchPalette } from '../search/useSearchPalette';
import { TalkingPointsScreen } from '../talking-points/TalkingPointsScreen';
import { QaScreen } from '../qa/QaScreen';
import { TemplatesScreen } from '../templates/TemplatesScreen';
import { DiscardChangesDialog } from '../ui/DiscardChangesDialog';
import { AboutDialog } from './AboutDialog';
import { ExchangeImportHost } from './ExchangeImportHost';
import { IncidentBanner } from './IncidentBanner';
import { SCREEN_TITLE_ID } from './ScreenHeader';
import { useRecentPackets } from './recentPackets';
import { hashOf, screenFromHash, type ScreenId } from './screens';
import { ShellContext, type ScreenCommands, type ShellApi } from './shellContext';
import { Sidebar } from './Sidebar';
import { StatusBar } from './StatusBar';
import { useAppCommands } from './useAppCommands';

function useCurrentScreen(): ScreenId {
  const [screen, setScreen] = useState(() => screenFromHash(window.location.hash));
  useEffect(() => {
    const onHashChange = () => setScreen(screenFromHash(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return screen;
}

/** A place to go once the user agreed to leave unsaved edits, and what to do on arrival (open the new-packet dialog). */
interface Leaving {
  hash: string;
  then?: () => void;
}

/** The skip link focuses the main region without touching the hash (the hash holds the current screen). */
function skipToMain(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

export function App() {
  const { t } = useTranslation();
  const screen = useCurrentScreen();
  const [ready, setReady] = useState(false);
  const [aboutOpen, setAboutOpen] = useState(false);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const commands = useRef<ScreenCommands | null>(null);
  const unsaved = useRef(false);
  const [leavingTo, setLeavingTo] = useState<Leaving | null>(null);
  const search = useSearchPalette();
  const recent = useRecentPackets();
  const navigateTo = useCallback((hash: string, then?: () => void) => {
    if (unsaved.current && hash !== window.location.hash) {
      setLeavingTo({ hash, then });
      return;
    }
    then?.();
    window.location.hash = hash;
  }, []);
  const runner = useAppCommands({
    commands,
    navigateTo,
    openSearch: search.show,
    openAbout: () => setAboutOpen(true),
    clearRecent: recent.clear,
  });
  const { commandsChanged } = runner;

  const shell = useMemo<ShellApi>(
    () => ({
      setCommands: (next) => {
        commands.current = next;
        commandsChanged();
      },
      reportReady: () => setReady(true),
      setUnsaved: (value) => {
        unsaved.current = value;
      },
    }),
    [commandsChanged],
  );

  useEffect(() => {
    const offSaved = onBridgeEvent('saved', ({ at }) => saveTracker.confirm(at));
    call('system', 'info', {}).then(setInfo, () => undefined);
    return offSaved;
  }, []);

  const guardNavigation = useCallback((event: MouseEvent<HTMLAnchorElement>, target: ScreenId) => {
    if (!unsaved.current || target === screen) return;
    event.preventDefault();
    setLeavingTo({ hash: hashOf(target) });
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
        <ExchangeImportHost />
        {leavingTo ? (
          <DiscardChangesDialog
            onKeep={() => setLeavingTo(null)}
            onDiscard={() => {
              unsaved.current = false;
              setLeavingTo(null);
              leavingTo.then?.();
              window.location.hash = leavingTo.hash;
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
