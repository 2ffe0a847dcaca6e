// The UI bench's in-page probe: records when each screen first becomes usable, from navigation start or from the click that opened it.
import { z } from 'zod';

/**
 * A screen is usable when the app has set its ready marker, the shell shows that screen, and its main list shows
 * data rows (directive grid rows, talking-point / Q&A options, packet rows), or its empty state when there is no
 * data; and the frame showing them has been produced (the next animation frame, then the task after it, ran).
 */
export const USABLE_SELECTOR = [
  'main [role="grid"] [role="row"][aria-selected]',
  'main [role="listbox"] [role="option"]',
  'main [data-testid="packet-row"]',
  'main .empty-state__title',
].join(', ');

/** Runs before the app in every page (context.addInitScript, which the page's CSP does not govern): defines window.__uiBench. */
export const PROBE_SCRIPT = `(() => {
  const probe = { usable: [], clicks: [], longTasks: [], waiting: [] };
  const selector = ${JSON.stringify(USABLE_SELECTOR)};
  let lastScreen = null;
  let pending = null;
  const check = () => {
    const app = document.querySelector('.app[data-app-ready="true"]');
    if (!app) return;
    const screen = app.getAttribute('data-screen');
    if (screen === lastScreen || pending === screen) return;
    if (!document.querySelector(selector)) return;
    pending = screen;
    const foundAt = performance.now();
    const rows = document.querySelectorAll(selector).length;
    requestAnimationFrame(() => setTimeout(() => {
      lastScreen = screen;
      pending = null;
      probe.usable.push({ screen, foundAt, paintedAt: performance.now(), rows });
      const woken = probe.waiting.filter((w) => w.screen === screen || w.screen === null);
      probe.waiting = probe.waiting.filter((w) => !woken.includes(w));
      for (const waiter of woken) waiter.resolve();
    }, 0));
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-app-ready', 'data-screen', 'class'] });
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('nav a[href^="#/"]') : null;
    if (link && event.isTrusted) probe.clicks.push({ href: link.getAttribute('href'), at: event.timeStamp });
  }, true);
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  window.__uiBench = {
    whenUsable: (screen, from) =>
      probe.usable.slice(from).some((u) => screen === null || u.screen === screen)
        ? Promise.resolve()
        : new Promise((resolve) => probe.waiting.push({ screen, resolve })),
    read: () => ({
      usable: probe.usable,
      clicks: probe.clicks,
      longTasks: probe.longTasks,
      resources: performance.getEntriesByType('resource').map((e) => ({ name: e.name, startTime: e.startTime, responseEnd: e.responseEnd, transferSize: e.transferSize })),
      navigation: performance.getEntriesByType('navigation').map((e) => ({ requestStart: e.requestStart, responseStart: e.responseStart, responseEnd: e.responseEnd, domInteractive: e.domInteractive, domContentLoaded: e.domContentLoadedEventEnd }))[0] ?? null,
    }),
  };
})();`;

/** What page.evaluate callbacks see as globalThis (the node-side tsconfig has no DOM types). */
export interface ProbeGlobals {
  __uiBench: {
    /** Resolves once `screen` (null: any screen) has been recorded as usable, counting records from index `from` on. */
    whenUsable(screen: string | null, from: number): Promise<void>;
    read(): unknown;
  };
}

const usableSchema = z.object({ screen: z.string(), foundAt: z.number(), paintedAt: z.number(), rows: z.number() });
const clickSchema = z.object({ href: z.string().nullable(), at: z.number() });
const longTaskSchema = z.object({ start: z.number(), duration: z.number() });
const resourceSchema = z.object({ name: z.string(), startTime: z.number(), responseEnd: z.number(), transferSize: z.number() });

export const probeReadingSchema = z.object({
  usable: z.array(usableSchema),
  clicks: z.array(clickSchema),
  longTasks: z.array(longTaskSchema),
  resources: z.array(resourceSchema),
  navigation: z
    .object({ requestStart: z.number(), responseStart: z.number(), responseEnd: z.number(), domInteractive: z.number(), domContentLoaded: z.number() })
    .nullable(),
});
export type ProbeReading = z.infer<typeof probeReadingSchema>;
