// app:// protocol: files of the renderer build with MIME types and the CSP header; traversal and foreign hosts get 404.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { electron, resetElectron } from './fake-electron.js';

vi.mock('electron', async () => (await import('./fake-electron.js')).electronModule());

const { CONTENT_SECURITY_POLICY } = await import('../../electron/main/csp.js');
const { registerAppScheme, serveRenderer } = await import('../../electron/main/protocol.js');
const { createRendererHandler } = await import('../../electron/main/renderer-files.js');

const EXPECTED_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

let base: string;
let root: string;
let handler: (request: Request) => Promise<Response>;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'spokesdesk-protocol-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Spokesdesk</title>');
  await writeFile(join(root, 'assets', 'app-1.js'), 'console.log("ứng dụng")');
  await writeFile(join(root, 'assets', 'app-1.css'), 'body{}');
  await writeFile(join(root, 'assets', 'font.woff2'), 'wOF2');
  await writeFile(join(base, 'secret.json'), '{"password":"hunter2"}');
  await writeFile(join(base, 'renderer-evil.txt'), 'sibling folder with a common prefix');
  handler = createRendererHandler(root);
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

beforeEach(() => resetElectron());

const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('the app:// protocol', () => {
  it('is registered as a privileged standard, secure scheme that does not bypass the CSP', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
  });

  it('is handled through protocol.handle for the app scheme', async () => {
    serveRenderer(root);
    const [scheme, registered] = electron.protocol.handle.mock.calls[0] ?? [];
    expect(scheme).toBe('app');
    const response = await registered?.(new Request('app://spokesdesk/index.html'));
    expect(response?.status).toBe(200);
  });

  it('serves index.html for / and files with their MIME types and the CSP header', async () => {
    const index = await get('app://spokesdesk/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toContain('<title>Spokesdesk</title>');

    const script = await get('app://spokesdesk/assets/app-1.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log("ứng dụng")');
    expect((await get('app://spokesdesk/assets/app-1.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await get('app://spokesdesk/assets/font.woff2')).headers.get('content-type')).toBe('font/woff2');

    for (const response of [index, script]) {
      expect(response.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(CONTENT_SECURITY_POLICY).toBe(EXPECTED_CSP);
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://spokesdesk/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each([
    'app://spokesdesk/..%2fsecret.json',
    'app://spokesdesk/%2e%2e%2fsecret.json',
    'app://spokesdesk/assets/..%2f..%2fsecret.json',
    'app://spokesdesk/..%5csecret.json',
    'app://spokesdesk/..%2frenderer-evil.txt',
    'app://spokesdesk/%2fetc%2fpasswd',
    'app://spokesdesk/index.html%00.js',
    'app://spokesdesk/%E0%A4%A',
    'app://spokesdesk/missing.js',
    'app://spokesdesk/assets/',
    'app://elsewhere/index.html',
  ])('refuses %s with 404 and still sends the CSP', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('hunter2');
    expect(response.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://spokesdesk/index.html', 'POST')).status).toBe(405);
  });
});
