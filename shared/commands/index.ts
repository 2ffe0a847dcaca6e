// The app's commands with their shortcuts and labels: one table read by the Electron menu and the renderer's keyboard handler.
import type { Language } from '../model/common.js';

export interface CommandSpec {
  /** The letter pressed with Ctrl (Cmd on macOS). */
  key: string;
  label: Record<Language, string>;
}

/** Commands the renderer carries out, whether they come from the menu or from its own keyboard handler. */
export const APP_COMMANDS = ['newPacket', 'saveVersion', 'exportPdf', 'print', 'findInPacket', 'searchEverywhere'] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];

export const COMMANDS: Readonly<Record<AppCommand, CommandSpec>> = {
  newPacket: { key: 'n', label: { vi: 'Gói mới', en: 'New Packet' } },
  saveVersion: { key: 's', label: { vi: 'Lưu phiên bản', en: 'Save Version' } },
  exportPdf: { key: 'e', label: { vi: 'Xuất PDF…', en: 'Export PDF…' } },
  print: { key: 'p', label: { vi: 'In…', en: 'Print…' } },
  findInPacket: { key: 'f', label: { vi: 'Tìm trong gói', en: 'Find in Packet' } },
  searchEverywhere: { key: 'k', label: { vi: 'Tìm kiếm mọi nơi', en: 'Search Everywhere' } },
};

/** File ▸ Import exchange file…: no shortcut; main asks for the file itself and hands it to the page (openExchangeFile). */
export const IMPORT_EXCHANGE_LABEL: Readonly<Record<Language, string>> = { vi: 'Nhập tệp trao đổi…', en: 'Import Exchange File…' };

/** The zoom shortcuts of the View menu (Electron's zoom roles; Chromium zooms on the same keys by itself). */
export const ZOOM_ACCELERATORS = { zoomIn: 'CmdOrCtrl+=', zoomOut: 'CmdOrCtrl+-', resetZoom: 'CmdOrCtrl+0' } as const;

/** The Electron accelerator ("CmdOrCtrl+N"). */
export function acceleratorOf(command: AppCommand): string {
  return `CmdOrCtrl+${COMMANDS[command].key.toUpperCase()}`;
}

/** Every command's label in one language (the menu's items, the renderer's i18n strings). */
export function commandLabels(language: Language): Record<AppCommand | 'importExchange', string> {
  const label = (command: AppCommand) => COMMANDS[command].label[language];
  return {
    newPacket: label('newPacket'),
    saveVersion: label('saveVersion'),
    exportPdf: label('exportPdf'),
    print: label('print'),
    importExchange: IMPORT_EXCHANGE_LABEL[language],
    findInPacket: label('findInPacket'),
    searchEverywhere: label('searchEverywhere'),
  };
}

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** The command a key press means (Ctrl or Cmd with a letter, no Alt or Shift), or null. */
export function commandForKey(press: KeyPress): AppCommand | null {
  if (!(press.ctrlKey || press.metaKey) || press.altKey || press.shiftKey) return null;
  const key = press.key.toLowerCase();
  return APP_COMMANDS.find((command) => COMMANDS[command].key === key) ?? null;
}
