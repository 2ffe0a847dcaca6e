// The application menu (File, Edit, View, Help) in the interface language, with the shortcuts of the shared command table.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import { acceleratorOf, ZOOM_ACCELERATORS, type AppCommand } from '../../shared/commands/index.js';
import type { MenuCommand } from '../../shared/ipc/events.js';
import { RECENT_PACKETS_MAX } from '../../shared/model/settings.js';
import type { MainLabels } from './labels.js';

/** A packet in File ▸ Open Recent. */
export interface RecentPacketEntry {
  id: string;
  title: string;
}

export interface MenuOptions {
  labels: MainLabels;
  /** Reload and developer tools only in an unpackaged run. */
  isDev: boolean;
  platform: NodeJS.Platform;
  /** Recently opened packets, most recent first (at most RECENT_PACKETS_MAX are shown). */
  recent: readonly RecentPacketEntry[];
  /** Forwards a command to the renderer (menuCommand event). */
  sendCommand: (command: MenuCommand, target?: string) => void;
  /** File ▸ Import exchange file…: main asks for the file itself (a menu click is no user gesture in the page). */
  importExchangeFile: () => void;
  /**
   * False until first run is done: the wizard has no screen to carry commands out, so the items that go to the page
   * are greyed (their shortcuts too) instead of doing nothing when chosen.
   */
  commandsEnabled: boolean;
}

/** Menu labels put "&" before access keys on Windows; a packet title must show its own "&" literally. */
function literal(text: string): string {
  return text.replace(/&/g, '&&');
}

export function buildMenuTemplate({ labels, isDev, platform, recent, sendCommand, importExchangeFile, commandsEnabled }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const command = (name: AppCommand): MenuItemConstructorOptions => ({
    label: labels.commands[name],
    accelerator: acceleratorOf(name),
    enabled: commandsEnabled,
    click: () => sendCommand(name),
  });
  const about: MenuItemConstructorOptions = { label: labels.about, enabled: commandsEnabled, click: () => sendCommand('showAbout') };
  const appMenu: MenuItemConstructorOptions = {
    label: 'Spokesdesk',
    submenu: [
      about,
      { type: 'separator' },
      { role: 'hide', label: labels.hide },
      { role: 'hideOthers', label: labels.hideOthers },
      { role: 'unhide', label: labels.showAll },
      { type: 'separator' },
      { role: 'quit', label: labels.quit },
    ],
  };
  // On macOS Quit lives in the application menu.
  const quit: MenuItemConstructorOptions[] = isMac
    ? []
    : [{ type: 'separator' }, { role: 'quit', label: labels.quit, accelerator: 'CmdOrCtrl+Q' }];
  const shown = recent.slice(0, RECENT_PACKETS_MAX);
  const openRecent: MenuItemConstructorOptions = {
    label: labels.openRecent,
    enabled: commandsEnabled,
    submenu: [
      ...(shown.length === 0
        ? [{ label: labels.noRecentPackets, enabled: false }]
        : shown.map((packet) => ({ label: literal(packet.title), click: () => sendCommand('openPacket', packet.id) }))),
      { type: 'separator' },
      { label: labels.clearRecent, enabled: shown.length > 0, click: () => sendCommand('clearRecent') },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: labels.file,
    submenu: [
      command('newPacket'),
      openRecent,
      { type: 'separator' },
      command('saveVersion'),
      command('exportPdf'),
      command('print'),
      { type: 'separator' },
      { label: labels.commands.importExchange, enabled: commandsEnabled, click: importExchangeFile },
      ...quit,
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: labels.edit,
    submenu: [
      { role: 'undo', label: labels.undo },
      { role: 'redo', label: labels.redo },
      { type: 'separator' },
      { role: 'cut', label: labels.cut },
      { role: 'copy', label: labels.copy },
      { role: 'paste', label: labels.paste },
      { type: 'separator' },
      { role: 'selectAll', label: labels.selectAll },
      { type: 'separator' },
      command('findInPacket'),
      command('searchEverywhere'),
    ],
  };
  const developer: MenuItemConstructorOptions[] = isDev
    ? [{ role: 'reload', label: labels.reload }, { role: 'toggleDevTools', label: labels.toggleDevTools }, { type: 'separator' }]
    : [];
  const view: MenuItemConstructorOptions = {
    label: labels.view,
    submenu: [
      ...developer,
      { role: 'zoomIn', label: labels.zoomIn, accelerator: ZOOM_ACCELERATORS.zoomIn },
      { role: 'zoomOut', label: labels.zoomOut, accelerator: ZOOM_ACCELERATORS.zoomOut },
      { role: 'resetZoom', label: labels.resetZoom, accelerator: ZOOM_ACCELERATORS.resetZoom },
      { type: 'separator' },
      { role: 'togglefullscreen', label: labels.toggleFullScreen },
    ],
  };
  const window: MenuItemConstructorOptions = {
    label: labels.window,
    submenu: [{ role: 'minimize', label: labels.minimize }],
  };
  const help: MenuItemConstructorOptions = { role: 'help', label: labels.help, submenu: [about] };
  return isMac ? [appMenu, file, edit, view, window, help] : [file, edit, view, help];
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
