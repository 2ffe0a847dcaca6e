// The app's commands, from the menu (menuCommand events) and from the keyboard (the same table, shared/commands), carried out on the current screen.
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { commandForKey, type AppCommand } from '../../../shared/commands';
import type { MenuCommand } from '../../../shared/ipc/events';
import { onBridgeEvent } from '../api/client';
import { useToasts } from '../ui/Toasts';
import { itemHash } from './itemRoute';
import { hashOf, isScreenId, screenFromHash } from './screens';
import type { ScreenCommands } from './shellContext';

export interface AppCommandTargets {
  /** The current screen's registered commands. */
  commands: RefObject<ScreenCommands | null>;
  /** Goes to a hash route, asking first when an editor holds unsaved changes; `then` runs just before going. */
  navigateTo(hash: string, then?: () => void): void;
  openSearch(): void;
  openAbout(): void;
  clearRecent(): void;
}

export interface AppCommandRunner {
  /** Called by the shell when a screen registers its commands: runs a "new packet" that waited for the packets list. */
  commandsChanged(): void;
}

function isModalOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}

function onPacketList(): boolean {
  return window.location.hash.replace(/^#\/?/, '') === 'packets';
}

export function useAppCommands(targets: AppCommandTargets): AppCommandRunner {
  const { t } = useTranslation();
  const toasts = useToasts();
  const latest = useRef(targets);
  useEffect(() => {
    latest.current = targets;
  });
  const newPacketWaiting = useRef(false);

  const needsPacket = useCallback(
    (command: AppCommand) => toasts.notify({ message: t('shell.commands.needsPacket', { command: t(`shell.commands.labels.${command}`) }) }),
    [t, toasts],
  );

  const run = useCallback(
    (command: MenuCommand, target: string | undefined, fromKeyboard: boolean) => {
      const { commands, navigateTo, openSearch, openAbout, clearRecent } = latest.current;
      const screen = commands.current;
      switch (command) {
        case 'newPacket':
          // Ctrl+N is the screen's own "new" where it has one (its button says so); the menu item always means a packet.
          if (screen?.newItem && (fromKeyboard || onPacketList())) screen.newItem();
          else {
            navigateTo(hashOf('packets'), () => {
              newPacketWaiting.current = true;
            });
          }
          return;
        case 'saveVersion':
        case 'exportPdf':
        case 'print': {
          const action = screen?.[command];
          if (action) action();
          else needsPacket(command);
          return;
        }
        case 'findInPacket': {
          const action = screen?.findInPacket ?? screen?.find;
          if (action) action();
          else needsPacket(command);
          return;
        }
        case 'searchEverywhere':
          openSearch();
          return;
        case 'openPacket':
          if (target) navigateTo(itemHash('packets', target));
          return;
        case 'clearRecent':
          clearRecent();
          return;
        case 'openSettings':
          navigateTo(hashOf('settings'));
          return;
        case 'showAbout':
          openAbout();
          return;
        case 'navigate':
          if (isScreenId(target)) navigateTo(hashOf(target));
          return;
      }
    },
    [needsPacket],
  );

  useEffect(() => {
    const offMenu = onBridgeEvent('menuCommand', ({ command, target }) => {
      if (!isModalOpen()) run(command, target, false);
    });
    const onKeyDown = (event: KeyboardEvent) => {
      const command = commandForKey(event);
      if (!command || event.defaultPrevented) return;
      // Ctrl+S/P/E/F/N/K never reach the browser (its save, print or find would confuse), nor, in Electron, the menu's
      // accelerator (the page sees the key first): each press runs once, here. A dialog keeps its own focus.
      event.preventDefault();
      if (isModalOpen()) return;
      run(command, undefined, true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      offMenu();
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [run]);

  const commandsChanged = useCallback(() => {
    const screen = latest.current.commands.current;
    if (!newPacketWaiting.current || !screen?.newItem || screenFromHash(window.location.hash) !== 'packets' || !onPacketList()) return;
    newPacketWaiting.current = false;
    screen.newItem();
  }, []);

  return { commandsChanged };
}

