// Quit handling: the first before-quit closes the window (its last save), then flushes and closes services, exactly once.
import { app, type BrowserWindow } from 'electron';

/**
 * `close` runs once, on the first quit request; the quit is resumed when it settles. Further quit requests during
 * the close are absorbed; the one after it passes through. A failure is reported, then the app still quits.
 */
export function closeOnQuit(close: () => Promise<void>, onFailure: (error: unknown) => void): void {
  let state: 'running' | 'closing' | 'closed' = 'running';
  app.on('before-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    close()
      .catch(onFailure)
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
}

/** How long a closing window may take to unload (its page's last save) before the quit goes on without it. */
export const WINDOW_CLOSE_TIMEOUT_MS = 5_000;

/** Closes `window` and resolves once it is gone (or after the timeout), so the page's unload work has reached main. */
export function closeWindow(window: BrowserWindow | null): Promise<void> {
  if (!window || window.isDestroyed()) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, WINDOW_CLOSE_TIMEOUT_MS);
    window.once('closed', () => {
      clearTimeout(timer);
      // Messages the page sent while unloading are handled before the quit closes the data folder.
      setImmediate(resolve);
    });
    window.close();
  });
}
