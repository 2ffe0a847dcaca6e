// The application menu (File, Edit, View, Help) in the interface language, with the usual shortcuts.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/events.js';
import type { MainLabels } from './labels.js';

export interface MenuOptions {
  labels: MainLabels;
  /** Reload and developer tools only in an unpackaged run. */
  isDev: boolean;
  platform: NodeJS.Platform;
  /** Forwards a command to the renderer (menuCommand event). */
  sendCommand: (command: MenuCommand) => void;
}

export function buildMenuTemplate({ labels, isDev, platform, sendCommand }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: labels.about, click: () => sendCommand('showAbout') };
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
  const file: MenuItemConstructorOptions = {
    label: labels.file,
    submenu: [{ label: labels.newItem, accelerator: 'CmdOrCtrl+N', click: () => sendCommand('newItem') }, ...quit],
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
    ],
  };
  const developer: MenuItemConstructorOptions[] = isDev
    ? [{ role: 'reload', label: labels.reload }, { role: 'toggleDevTools', label: labels.toggleDevTools }, { type: 'separator' }]
    : [];
  const view: MenuItemConstructorOptions = {
    label: labels.view,
    submenu: [
      ...developer,
      { role: 'zoomIn', label: labels.zoomIn },
      { role: 'zoomOut', label: labels.zoomOut },
      { role: 'resetZoom', label: labels.resetZoom },
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
