// The browser test host: the bridge in Chromium reaches the real services over loopback HTTP, and foreign requests are refused.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp.js';
import { contractChannels } from '../../shared/ipc/contract.js';
import { RendererNotBuiltError, startHost } from './host/host.js';
import { MAX_BODY_BYTES } from './host/request-body.js';
import { REPO_ROOT } from './host/paths.js';
import type { PageGlobals } from './support/app-page.js';
import { rawRequest } from './support/raw-http.js';
import { useSharedApp } from './support/session.js';

const TITLE = 'tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới';

const session = useSharedApp();

describe('bridge in Chromium', () => {
  it('defines window.spokesdesk with one named function per contract channel and nothing else', async () => {
    const exposed = await session.app.page.evaluate(() => {
      const bridge = (globalThis as unknown as PageGlobals).spokesdesk as unknown as Record<string, unknown>;
      const names: string[] = [];
      for (const [feature, api] of Object.entries(bridge)) {
        if (typeof api === 'function') names.push(feature);
        else for (const [method, fn] of Object.entries(api as Record<string, unknown>)) names.push(`${feature}:${method}:${typeof fn}`);
      }
      return { names: names.sort(), frozen: Object.isFrozen(bridge) };
    });
    const expected = [...contractChannels().map((c) => `${c.name}:function`), 'on'].sort();
    expect(exposed.names).toEqual(expected);
    expect(exposed.frozen).toBe(true);
  });

  it('round-trips a Vietnamese directive through HTTP to the real services', async () => {
    const created = await session.app.page.evaluate(
      (title) => (globalThis as unknown as PageGlobals).spokesdesk.directives.create({ fields: { type: 'Kết luận', number: '57', symbol: '57-KL/TW', issuer: 'Bộ Chính trị', issueDate: '2019-06-15', title } }),
      // Decomposed on purpose: the services must store NFC.
      TITLE.normalize('NFD'),
    );
    expect(created.ok).toBe(true);
    const listed = await session.app.page.evaluate(() => (globalThis as unknown as PageGlobals).spokesdesk.directives.list({}));
    if (!listed.ok) throw new Error(`list failed: ${JSON.stringify(listed.error)}`);
    const found = listed.value.find((d) => d.symbol === '57-KL/TW');
    expect(found?.title).toBe(TITLE);
    expect(found?.title.normalize('NFC')).toBe(found?.title);
    session.app.assertNoProblems();
  });

  it('carries bytes both ways as a Uint8Array, as Electron IPC does (an exported library read back by the import preview)', async () => {
    const outcome = await session.app.page.evaluate(async () => {
      const bridge = (globalThis as unknown as PageGlobals).spokesdesk;
      const exported = await bridge.exchange.exportLibrary({ all: true });
      if (!exported.ok) return { error: exported.error.code };
      const isBytes = exported.value.bytes instanceof Uint8Array;
      const preview = await bridge.exchange.previewImport({ fileName: exported.value.fileName, bytes: exported.value.bytes });
      return { isBytes, size: exported.value.bytes.length, preview: preview.ok ? preview.value.counts : preview.error.code };
    });
    expect(outcome).toMatchObject({ isBytes: true, preview: expect.any(Object) });
    expect(outcome.size).toBeGreaterThan(0);
    session.app.assertNoProblems();
  });

  it('returns the contract validation error for a bad payload, before any handler runs', async () => {
    const results = await session.app.page.evaluate(async () => {
      const bridge = (globalThis as unknown as PageGlobals).spokesdesk;
      const badSymbol = await bridge.directives.create({ fields: { type: 'Kết luận', symbol: '57 KL/TW', title: 'x' } });
      const unknownKey = await bridge.directives.list({ extra: true } as unknown as Record<string, never>);
      return { badSymbol, unknownKey };
    });
    expect(results.badSymbol).toMatchObject({ ok: false, error: { code: 'validation', messageKey: 'errors.validation' } });
    if (results.badSymbol.ok) return;
    expect(results.badSymbol.error.issues).toContainEqual({ path: ['fields', 'symbol'], message: 'validation.symbolFormat' });
    expect(results.unknownKey).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('delivers main → page events from the services over /events', async () => {
    const saved = await session.app.page.evaluate(async () => {
      const bridge = (globalThis as unknown as PageGlobals).spokesdesk;
      let received: { at: string } | undefined;
      const stop = bridge.on('saved', (payload) => {
        received = payload;
      });
      // The EventSource connects asynchronously: write until a write's "saved" event arrives (at most 20 tries).
      for (let attempt = 0; attempt < 20 && received === undefined; attempt += 1) {
        const created = await bridge.directives.create({ fields: { type: 'Chỉ thị', symbol: `${attempt + 1}-CT/TW`, title: 'Học tập và làm theo' } });
        if (!created.ok) throw new Error(JSON.stringify(created.error));
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      stop();
      return received;
    });
    expect(saved).toBeDefined();
    expect(Number.isNaN(Date.parse(saved?.at ?? ''))).toBe(false);
  });

  it('rejects when the host cannot be reached, as ipcRenderer.invoke does when IPC fails', async () => {
    await session.app.context.setOffline(true);
    const offline = await session.app.page.evaluate(() =>
      (globalThis as unknown as PageGlobals).spokesdesk.directives.list({}).then(
        () => 'resolved',
        (error: unknown) => `rejected: ${String(error)}`,
      ),
    );
    await session.app.context.setOffline(false);
    expect(offline).toMatch(/^rejected: /);
  });

  it('refuses to subscribe to an event the contract does not declare', async () => {
    const message = await session.app.page.evaluate(() => {
      try {
        (globalThis as unknown as PageGlobals).spokesdesk.on('noSuchEvent' as 'saved', () => undefined);
        return 'subscribed';
      } catch (error) {
        return String(error);
      }
    });
    expect(message).toContain('Unknown event');
  });
});

describe('HTTP surface', () => {
  it('serves index.html with the app CSP and the bridge script before the app module', async () => {
    const response = await rawRequest(session.host.url, { path: '/', headers: { host: new URL(session.host.url).host } });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const bridgeAt = response.body.indexOf('<script src="/bridge.js"></script>');
    const moduleAt = response.body.search(/<script[^>]*type="module"/);
    expect(bridgeAt).toBeGreaterThan(0);
    expect(moduleAt).toBeGreaterThan(bridgeAt);
    const bridge = await rawRequest(session.host.url, { path: '/bridge.js', headers: { host: new URL(session.host.url).host } });
    expect(bridge.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(bridge.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses a non-loopback Host or Origin', async () => {
    const port = new URL(session.host.url).port;
    const foreignHost = await rawRequest(session.host.url, { path: '/', headers: { host: `attacker.example:${port}` } });
    expect(foreignHost.status).toBe(403);
    const foreignOrigin = await rawRequest(session.host.url, {
      method: 'POST',
      path: '/rpc/directives/list',
      headers: { host: `127.0.0.1:${port}`, origin: 'http://attacker.example', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(foreignOrigin.status).toBe(403);
    const crossSite = await rawRequest(session.host.url, {
      method: 'POST',
      path: '/rpc/directives/list',
      headers: { host: `127.0.0.1:${port}`, 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(crossSite.status).toBe(403);
  });

  it('refuses path traversal in every spelling', async () => {
    const packageJson = await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8');
    const hostHeader = { host: new URL(session.host.url).host };
    for (const probe of ['/../package.json', '/../../package.json', '/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', '/assets/..%5c..%5c..%5cpackage.json', '/%00index.html', '/%E0%A4%A']) {
      const response = await rawRequest(session.host.url, { path: probe, headers: hostHeader });
      expect([400, 404], probe).toContain(response.status);
      expect(response.body).not.toContain(packageJson.slice(0, 40));
    }
  });

  it('accepts only JSON POSTs of bounded size on /rpc', async () => {
    const headers = { host: new URL(session.host.url).host, 'content-type': 'application/json' };
    const get = await rawRequest(session.host.url, { path: '/rpc/directives/list', headers });
    expect(get.status).toBe(405);
    const notJsonType = await rawRequest(session.host.url, { method: 'POST', path: '/rpc/directives/list', headers: { ...headers, 'content-type': 'text/plain' }, body: '{}' });
    expect(notJsonType.status).toBe(415);
    const notJson = await rawRequest(session.host.url, { method: 'POST', path: '/rpc/directives/list', headers, body: '{"unterminated' });
    expect(notJson.status).toBe(400);
    const tooLarge = await rawRequest(session.host.url, { method: 'POST', path: '/rpc/directives/create', headers, body: Buffer.alloc(MAX_BODY_BYTES + 1, 0x20) });
    expect(tooLarge.status).toBe(413);
    const unknown = await rawRequest(session.host.url, { method: 'POST', path: '/rpc/directives/dropAll', headers, body: '{}' });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const ok = await rawRequest(session.host.url, { method: 'POST', path: '/rpc/directives/list', headers, body: '{}' });
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true });
  });
});

describe('start-up', () => {
  it('tells the user to build first when the renderer is missing, before opening any data folder', async () => {
    const emptyBuild = await mkdtemp(path.join(os.tmpdir(), 'spokesdesk-e2e-nobuild-'));
    try {
      const failure = startHost({ rendererDir: emptyBuild });
      await expect(failure).rejects.toBeInstanceOf(RendererNotBuiltError);
      await expect(failure).rejects.toThrow('run "npm run build" first');
    } finally {
      await rm(emptyBuild, { recursive: true, force: true });
    }
  });
});
