// The app in Chromium for an e2e test file: a test host on a temp data folder, seeded, and its page, opened and closed by vitest hooks.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startHost, type Host } from '../host/host.js';
import { openApp, type AppPage } from './app-page.js';
import { launchChromium } from './chromium.js';
import { saveDialogsInto } from './downloads.js';
import { hostCall } from './host-call.js';

/** Content the app itself offers to load: the starter directive registry, the sample talking points, Q&A and packet. */
export type BuiltInContent = 'starterRegistry' | 'sample';

export interface OpenOptions {
  /** Where the page opens, e.g. "#/settings"; the app's start screen when omitted. */
  route?: string;
  /** Show the first-run wizard instead of the shell (see HostOptions.firstRun). */
  firstRun?: boolean;
  /** Built-in content loaded through the host, in this order, before the page opens. */
  seed?: readonly BuiltInContent[];
  /** Save dialogs choose this folder (with the suggested file name) instead of cancelling. */
  saveDialogsInto?: string;
  /** Anything else to do on the running host before the page opens (create documents, change settings). */
  prepare?: (host: Host) => Promise<void>;
}

export interface OpenedApp {
  host: Host;
  app: AppPage;
  page: Page;
}

async function seedHost(host: Host, options: OpenOptions): Promise<void> {
  for (const content of options.seed ?? []) {
    if (content === 'starterRegistry') await hostCall(host.url, 'directives', 'importStarter', {});
    else await hostCall(host.url, 'talkingPoints', 'loadSample', {});
  }
  if (options.saveDialogsInto !== undefined) saveDialogsInto(host, options.saveDialogsInto);
  await options.prepare?.(host);
}

function started<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The e2e session has no ${what} yet: it is started in beforeAll.`);
  return value;
}

export interface SharedSessionOptions extends OpenOptions {
  /** Writes into the fresh data folder before the host opens it (e.g. a damaged file to recover). */
  prepareDataDir?: (dataDir: string) => Promise<void>;
}

export interface SharedSession {
  readonly host: Host;
  readonly browser: Browser;
  readonly app: AppPage;
}

/**
 * One host on a fresh temp data folder, one Chromium and one page for every test of the file: started in beforeAll,
 * closed in afterAll, where the data folder is removed. Read host/browser/app from the returned object inside tests.
 */
export function useSharedApp(options: SharedSessionOptions = {}): SharedSession {
  let host: Host | undefined;
  let browser: Browser | undefined;
  let app: AppPage | undefined;
  let dataDir: string | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'spokesdesk-e2e-'));
    await options.prepareDataDir?.(dataDir);
    [host, browser] = await Promise.all([startHost({ dataDir, firstRun: options.firstRun }), launchChromium()]);
    await seedHost(host, options);
    app = await openApp(browser, `${host.url}${options.route ?? ''}`);
  });

  afterAll(async () => {
    await app?.close();
    await browser?.close();
    await host?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  return {
    get host() {
      return started(host, 'host');
    },
    get browser() {
      return started(browser, 'browser');
    },
    get app() {
      return started(app, 'page');
    },
  };
}

export interface AppPerTest {
  /** Starts a host (on `dataDir`, else on a fresh temp folder removed after the test), seeds it and opens the page. */
  open(options?: OpenOptions & { dataDir?: string }): Promise<OpenedApp>;
  /** Closes what this test opened so far (to start a new host on the same folder). */
  closeAll(): Promise<void>;
  /** A fresh temp folder, removed after the test. */
  tempFolder(prefix: string): Promise<string>;
}

/**
 * One Chromium for the file, and the hosts and pages each test opens: after each test they are closed, its temp folders
 * removed, and the test fails if an open page reported a console error, CSP violation or failed request.
 */
export function useAppPerTest(): AppPerTest {
  let browser: Browser | undefined;
  let opened: { host: Host; app?: AppPage }[] = [];
  let folders: string[] = [];

  const closeAll = async () => {
    for (const { host, app } of opened.splice(0)) {
      await app?.close();
      await host.close();
    }
  };
  const tempFolder = async (prefix: string) => {
    const folder = await mkdtemp(path.join(os.tmpdir(), prefix));
    folders.push(folder);
    return folder;
  };

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterEach(async () => {
    const problems = opened.flatMap(({ app }) => app?.problems.slice() ?? []);
    await closeAll();
    await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
    opened = [];
    folders = [];
    expect(problems, 'console errors, CSP violations or failed requests').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  return {
    async open(options = {}) {
      const dataDir = options.dataDir ?? (await tempFolder('spokesdesk-e2e-'));
      const host = await startHost({ dataDir, firstRun: options.firstRun });
      const entry: { host: Host; app?: AppPage } = { host };
      opened.push(entry);
      await seedHost(host, options);
      const app = await openApp(started(browser, 'browser'), `${host.url}${options.route ?? ''}`);
      entry.app = app;
      return { host, app, page: app.page };
    },
    closeAll,
    tempFolder,
  };
}
