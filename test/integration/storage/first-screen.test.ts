// Start-up work that can wait: the large lazy collections are read once the window reports its first screen, not while it loads.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { call, open, tempDir } from './helpers.js';

/** Just under the services' own fallback (FIRST_SCREEN_LATEST_MS, 10 s): every start-up timer but that one has fired. */
const ALMOST_FIRST_SCREEN_FALLBACK_MS = 9_900;

afterEach(() => {
  vi.useRealTimers();
});

describe('deferred start-up reads', () => {
  it('reads talking points and Q&A after system.firstScreenShown, not during the first screen', async () => {
    // A clock the test moves: the old prefetch (250 ms after opening) and the search warm-up's read (300 ms) would fire.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { services } = await open(await tempDir(), { warmUpSearch: true });
    const { talkingPoints, qaItems } = services.stores();
    const talkingPointsRead = vi.spyOn(talkingPoints, 'ready');
    const qaRead = vi.spyOn(qaItems, 'ready');
    await call(services, 'settings', 'get', {});
    await call(services, 'directives', 'list', {});

    await services.search.lazyWaitStarted;
    await vi.advanceTimersByTimeAsync(ALMOST_FIRST_SCREEN_FALLBACK_MS);
    expect(talkingPointsRead, 'read before the window said its first screen shows').not.toHaveBeenCalled();
    expect(qaRead).not.toHaveBeenCalled();
    expect(talkingPoints.loaded).toBeNull();

    expect(await call(services, 'system', 'firstScreenShown', {})).toBeNull();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(talkingPointsRead).toHaveBeenCalled();
    expect(qaRead).toHaveBeenCalled();
    await Promise.all([talkingPoints.settled(), qaItems.settled()]);
    expect(talkingPoints.loaded).not.toBeNull();
    expect(qaItems.loaded).not.toBeNull();
  });

  it('still answers a screen that needs the collections at once', async () => {
    const { services } = await open(await tempDir());
    expect(await call(services, 'talkingPoints', 'list', {})).toEqual([]);
    expect(services.stores().talkingPoints.loaded).not.toBeNull();
  });
});
