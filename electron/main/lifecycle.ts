// Quit handling: the first before-quit is held until pending writes are flushed and services closed, exactly once.
import { app } from 'electron';

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
