// Start-up work that can wait: the large lazy collections are read once the window reports its first screen, not while it loads.
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { call, open, tempDir } from './helpers.js';

async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  for (const started = Date.now(); Date.now() - started < timeoutMs; await sleep(25)) {
    if (condition()) return true;
  }
  return condition();
}

describe('deferred start-up reads', () => {
  it('reads talking points and Q&A after system.firstScreenShown, not during the first screen', async () => {
    const { services } = await open(await tempDir(), { warmUpSearch: true });
    await call(services, 'settings', 'get', {});
    await call(services, 'directives', 'list', {});
    // The old prefetch ran 250 ms after opening, the search warm-up's read 300 ms after: both now wait.
    await sleep(800);
    expect(services.stores().talkingPoints.loaded, 'read before the window said its first screen shows').toBeNull();
    expect(services.stores().qaItems.loaded).toBeNull();

    expect(await call(services, 'system', 'firstScreenShown', {})).toBeNull();
    expect(await until(() => services.stores().talkingPoints.loaded !== null && services.stores().qaItems.loaded !== null, 5_000)).toBe(true);
  });

  it('still answers a screen that needs the collections at once', async () => {
    const { services } = await open(await tempDir());
    expect(await call(services, 'talkingPoints', 'list', {})).toEqual([]);
    expect(services.stores().talkingPoints.loaded).not.toBeNull();
  });
});
