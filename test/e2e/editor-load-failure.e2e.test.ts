// Render failures in Chromium: an editor chunk that does not arrive, or a screen that throws, shows a notice with "Thử lại" (not a
// blank page), and retrying once the cause is gone shows the editor or screen.
import { describe, expect, it } from 'vitest';
import { vi as viText } from '../../renderer/src/i18n/vi.js';
import { hostCall } from './support/host-call.js';
import { useSharedApp } from './support/session.js';

/** The composer's own chunk (Vite names it after the module, with a content hash). */
const COMPOSER_CHUNK = /\/assets\/Composer-[\w-]+\.js$/;

const session = useSharedApp();

describe('an editor chunk that fails to load', () => {
  it('shows a Vietnamese notice with "Thử lại" instead of a blank window; retry loads the chunk again', async () => {
    const { page } = session.app;
    const packet = await hostCall(session.host.url, 'packets', 'create', {
      fields: { title: 'Gói thử tải trình soạn thảo', period: { kind: 'month', year: 2026, month: 12 }, sections: [] },
    });
    let refused = 0;
    await page.route(COMPOSER_CHUNK, (route) => {
      refused += 1;
      return route.fulfill({ status: 404, body: 'not found' });
    });

    await page.evaluate((hash) => {
      (globalThis as unknown as { location: { hash: string } }).location.hash = hash;
    }, `#/packets/${packet.id}`);
    const notice = page.getByTestId('editor-load-failure');
    await notice.waitFor();
    expect(refused).toBeGreaterThan(0);
    expect(await notice.getByRole('heading').textContent()).toBe(viText.errorBoundary.partTitle);
    expect(await notice.getByRole('alert').textContent()).toBe(viText.errorBoundary.partBody);
    // The rest of the window is still there: the officer can go elsewhere.
    await page.getByRole('navigation', { name: viText.nav.label }).waitFor();
    await session.app.screenshot('editor-load-failure');

    await page.unroute(COMPOSER_CHUNK);
    await notice.getByRole('button', { name: viText.errorBoundary.retry, exact: true }).click();
    await page.locator(`[data-testid="composer"][data-packet-id="${packet.id}"]`).waitFor();
    expect(await notice.count()).toBe(0);

    // Only the refused chunk (its 404, as a response and as Chromium's console line) and the boundary's report of it.
    const expected = [COMPOSER_CHUNK, /Composer-[\w-]+\.js/, /status of 404 \(Not Found\)/, /Render failed/];
    expect(session.app.problems.filter((problem) => !expected.some((pattern) => pattern.test(problem)))).toEqual([]);
  });

  it('a screen that throws while rendering: the window-wide notice, and retry shows the screen again', async () => {
    const { page } = session.app;
    const LIST = '**/rpc/packets/list';
    // A reply the renderer cannot show (a packet without its fields): the packet list throws while rendering.
    await page.route(LIST, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: true, value: [{ id: 'hong' }] }) }));
    await page.goto(`${session.host.url}#/packets`);
    const title = page.getByRole('heading', { level: 1, name: viText.errorBoundary.screenTitle, exact: true });
    await title.waitFor();
    expect(await page.getByRole('alert').filter({ hasText: viText.errorBoundary.screenBody }).count()).toBe(1);
    await session.app.screenshot('screen-render-failure');

    await page.unroute(LIST);
    await page.getByRole('button', { name: viText.errorBoundary.retry, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: viText.nav.packets, exact: true }).waitFor();
    expect(await title.count()).toBe(0);
  });
});
