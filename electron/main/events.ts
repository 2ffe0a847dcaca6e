// Main → renderer events: services' `emit` delivered to the main window on each event's own channel.
import type { BrowserWindow } from 'electron';
import { eventChannel, type EventName, type Events } from '../../shared/ipc/events.js';

export type Emit = <E extends EventName>(event: E, payload: Events[E]) => void;

/** Sends to the window when there is one; an event raised before the page exists is dropped (start-up facts are queried). */
export function windowEmitter(getWindow: () => BrowserWindow | null): Emit {
  return (event, payload) => {
    const window = getWindow();
    if (!window || window.isDestroyed() || window.webContents.isDestroyed()) return;
    window.webContents.send(eventChannel(event), payload);
  };
}
