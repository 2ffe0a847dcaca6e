// Main → renderer events: one typed map, one channel name per event.
import type { AppCommand } from '../commands/index.js';
import type { StorageIncident } from '../storage/types.js';

/** What the menu asks of the renderer: the shared app commands, a recent packet, and the shell's own items. */
export type MenuCommand = AppCommand | 'openPacket' | 'clearRecent' | 'openSettings' | 'showAbout' | 'navigate';

/** Why main refused a file the system asked it to open (double-click, "Open with", command line). */
export type OpenedFileRefusal = 'wrong_extension' | 'not_found' | 'not_a_file' | 'too_large' | 'unreadable';

/** A .spokesdesk file the system opened with the app, read and checked by main; the renderer previews its import. */
export type OpenedExchangeFile = { fileName: string; bytes: Uint8Array } | { fileName: string; refused: OpenedFileRefusal };

export interface Events {
  /** A data file was quarantined (and perhaps restored) while the app was running. */
  storageIncident: StorageIncident;
  /** An application-menu item the renderer acts on; `target` is a screen (navigate) or a packet id (openPacket). */
  menuCommand: { command: MenuCommand; target?: string };
  /** Every pending write has reached the disk. */
  saved: { at: string };
  /** A .spokesdesk exchange file to preview for import. */
  openExchangeFile: OpenedExchangeFile;
}
export type EventName = keyof Events;

export const EVENT_NAMES = ['storageIncident', 'menuCommand', 'saved', 'openExchangeFile'] as const satisfies readonly EventName[];

export function eventChannel(name: EventName): string {
  return `event:${name}`;
}
