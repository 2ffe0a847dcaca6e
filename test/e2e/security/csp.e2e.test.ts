// The app's Content-Security-Policy in real Chromium: injected inline script, inline handlers and style, eval and javascript: URLs are blocked.
// (window.open and navigation away are refused by electron/main/security.ts, which the browser host cannot run: see test/main/security.test.ts.)
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp.js';
import { useSharedApp } from '../support/session.js';

/** What page.evaluate callbacks see (the node-side tsconfig has no DOM types). */
interface ProbeGlobals {
  document: {
    createElement(tag: string): ProbeElement;
    body: { append(element: ProbeElement): void };
    addEventListener(type: 'securitypolicyviolation', listener: (event: { violatedDirective: string; blockedURI: string }) => void): void;
  };
  __probe?: Record<string, boolean>;
  __violations?: string[];
  getComputedStyle(element: ProbeElement): { outlineStyle: string };
  eval(source: string): unknown;
}
interface ProbeElement {
  textContent: string | null;
  setAttribute(name: string, value: string): void;
  click(): void;
}

const session = useSharedApp();

beforeAll(async () => {
  await session.app.page.evaluate(() => {
    const page = globalThis as unknown as ProbeGlobals;
    page.__probe = {};
    page.__violations = [];
    page.document.addEventListener('securitypolicyviolation', (event) => page.__violations?.push(event.violatedDirective));
  });
});

/** Waits for the violation events the last action caused (they are dispatched asynchronously) and clears the list. */
async function violationsAfter(action: () => Promise<unknown>): Promise<string[]> {
  await action();
  await session.app.page.waitForFunction(() => ((globalThis as unknown as ProbeGlobals).__violations ?? []).length > 0, undefined, { timeout: 5_000 }).catch(() => undefined);
  return session.app.page.evaluate(() => {
    const page = globalThis as unknown as ProbeGlobals;
    const seen = page.__violations ?? [];
    page.__violations = [];
    return seen;
  });
}

const ran = (flag: string) => session.app.page.evaluate((name) => (globalThis as unknown as ProbeGlobals).__probe?.[name] === true, flag);

describe('the Content-Security-Policy of the app page', () => {
  it('is the one electron/main sends with app:// responses', async () => {
    const response = await session.app.page.request.get(session.host.url);
    expect(response.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('blocks an injected inline <script>', async () => {
    const violations = await violationsAfter(() =>
      session.app.page.evaluate(() => {
        const page = globalThis as unknown as ProbeGlobals;
        const script = page.document.createElement('script');
        script.textContent = 'window.__probe.inlineScript = true';
        page.document.body.append(script);
      }),
    );
    expect(await ran('inlineScript')).toBe(false);
    expect(violations).toContain('script-src-elem');
  });

  it('blocks an inline event handler such as onerror= on an injected image', async () => {
    const violations = await violationsAfter(() =>
      session.app.page.evaluate(() => {
        const page = globalThis as unknown as ProbeGlobals;
        const image = page.document.createElement('img');
        image.setAttribute('onerror', 'window.__probe.onerror = true');
        image.setAttribute('src', 'data:image/png;base64,AAAA');
        page.document.body.append(image);
      }),
    );
    expect(await ran('onerror')).toBe(false);
    expect(violations).toContain('script-src-attr');
  });

  it('blocks eval and new Function in a handler the page runs', async () => {
    await session.app.page.evaluate(() => {
      const page = globalThis as unknown as ProbeGlobals;
      const button = page.document.createElement('button');
      button.setAttribute('id', 'eval-probe');
      button.textContent = 'thử eval';
      const attempt = (run: () => unknown): string => {
        try {
          run();
          return 'ran';
        } catch (error) {
          return error instanceof Error ? error.name : 'thrown';
        }
      };
      (button as unknown as { addEventListener(type: string, listener: () => void): void }).addEventListener('click', () => {
        const result = { eval: attempt(() => page.eval('1 + 1')), function: attempt(() => new Function('return 1')()) };
        button.setAttribute('data-outcome', JSON.stringify(result));
      });
      page.document.body.append(button);
    });
    await session.app.page.locator('#eval-probe').click();
    expect(JSON.parse((await session.app.page.locator('#eval-probe').getAttribute('data-outcome')) ?? '{}')).toEqual({ eval: 'EvalError', function: 'EvalError' });
  });

  it('does not run a javascript: URL from a clicked link', async () => {
    const violations = await violationsAfter(() =>
      session.app.page.evaluate(() => {
        const page = globalThis as unknown as ProbeGlobals;
        const link = page.document.createElement('a');
        link.setAttribute('href', 'javascript:window.__probe.javascriptUrl = true');
        link.textContent = 'liên kết độc hại';
        page.document.body.append(link);
        link.click();
      }),
    );
    expect(await ran('javascriptUrl')).toBe(false);
    expect(violations).toContain('script-src-elem');
  });

  it('blocks an injected inline <style>', async () => {
    const violations = await violationsAfter(() =>
      session.app.page.evaluate(() => {
        const page = globalThis as unknown as ProbeGlobals;
        const style = page.document.createElement('style');
        style.textContent = 'body { outline: 5px solid red; }';
        page.document.body.append(style);
      }),
    );
    expect(violations).toContain('style-src-elem');
    expect(await session.app.page.evaluate(() => (globalThis as unknown as ProbeGlobals).getComputedStyle((globalThis as unknown as { document: { body: ProbeElement } }).document.body).outlineStyle)).not.toBe('solid');
  });

  it('still lets the app itself run (nothing it needs was blocked)', async () => {
    // The blocked probes above are logged by Chromium (and by the app page's violation reporter); nothing else may be.
    const unexpected = session.app.problems.filter((p) => !p.includes('Content Security Policy') && !p.includes('CSP violation'));
    expect(unexpected).toEqual([]);
    expect(await session.app.page.locator('[data-app-ready="true"]').count()).toBe(1);
  });
});
