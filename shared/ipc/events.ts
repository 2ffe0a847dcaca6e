// Main → renderer events: one typed map, one channel name per event.
import type { StorageIncident } from '../storage/types.js';

export const MENU_COMMANDS = ['newItem', 'find', 'openSettings', 'showAbout', 'navigate'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface Events {
  /** A data file was quarantined (and perhaps restored) while the app was running. */
  storageIncident: StorageIncident;
  /** An application-menu item the renderer acts on. */
  menuCommand: { command: MenuCommand; target?: string };
  /** Every pending write has reached the disk. */
  saved: { at: string };
}
export type EventName = keyof Events;

export const EVENT_NAMES = ['storageIncident', 'menuCommand', 'saved'] as const satisfies readonly EventName[];

export function eventChannel(name: EventName): string {
  return `event:${name}`;
}
