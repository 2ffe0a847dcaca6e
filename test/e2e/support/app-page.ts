// Opens the app from a test host in a fresh browser context, waits for the renderer's ready marker, and records problems.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Bridge } from '../../../shared/ipc/contract.js';
import { REPO_ROOT } from '../host/paths.js';

export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-results', 'e2e');
const READY_SELECTOR = '[data-app-ready="true"]';
const READY_TIMEOUT_MS = 15_000;
/** Waits and actions fail after this long (Playwright's default of 30 s would make a broken run slow). */
const ACTION_TIMEOUT_MS = 10_000;

/** What page.evaluate callbacks see as globalThis (the node-side tsconfig has no DOM types). */
export interface PageGlobals {
  spokesdesk: Bridge;
}

/** Runs in every page before the app: CSP violations become console errors, so they fail the test even when Chromium logs nothing. */
const REPORT_CSP_VIOLATIONS = `document.addEventListener('securitypolicyviolation', (event) => {
  console.error('CSP violation: ' + event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline') + ' (' + event.sourceFile + ':' + event.lineNumber + ')');
});`;

export interface AppPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors, uncaught exceptions, CSP violations and failed requests seen so far. */
  readonly problems: string[];
  /** Saves a full-window PNG as test-results/e2e/<name>.png and returns its path. */
  screenshot(name: string): Promise<string>;
  /** Reloads and waits for the ready marker again. */
  reload(): Promise<void>;
  /** Fails with every recorded problem; call at the end of each test. */
  assertNoProblems(): void;
  close(): Promise<void>;
}

export async function openApp(browser: Browser, url: string): Promise<AppPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  await context.addInitScript({ content: REPORT_CSP_VIOLATIONS });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.stack ?? error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    const failure = request.failure()?.errorText ?? 'failed';
    if (failure !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.method()} ${request.url()} ${failure}`);
  });
  const waitReady = async () => {
    await page.locator(READY_SELECTOR).waitFor({ state: 'attached', timeout: READY_TIMEOUT_MS });
  };
  await page.goto(url);
  await waitReady();
  return {
    context,
    page,
    problems,
    async screenshot(name) {
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      const file = path.join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path: file, fullPage: false });
      return file;
    },
    async reload() {
      await page.reload();
      await waitReady();
    },
    assertNoProblems() {
      if (problems.length > 0) throw new Error(`The page reported problems:\n${problems.join('\n')}`);
    },
    close: () => context.close(),
  };
}
