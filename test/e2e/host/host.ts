// The browser test host: the real main-side services on a data folder, the built renderer and the bridge, on 127.0.0.1 only.
import { promises as fs } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { openServices } from '../../../electron/services/index.js';
import type { Handlers } from '../../../shared/ipc/contract.js';
import type { EventName, Events } from '../../../shared/ipc/events.js';
import { dispatch } from '../../../electron/services/dispatch.js';
import { SECURITY_HEADERS as APP_SECURITY_HEADERS } from '../../../electron/main/csp.js';
import { mimeTypeOf } from '../../../electron/main/mime.js';
import { bridgeScript } from './bridge-script.js';
import { stringifyWithBytes } from './binary-json.js';
import { EventStream } from './event-stream.js';
import { isLoopbackHost, isLoopbackOrigin, isSameSiteFetch } from './loopback.js';
import { RENDERER_DIR, RESOURCES_DIR } from './paths.js';
import { readJsonBody } from './request-body.js';
import { BRIDGE_SCRIPT_PATH, injectBridge, resolveStatic } from './static-files.js';

export interface HostOptions {
  /** Data folder to open; a fresh temporary folder when omitted (kept after close, so a later host can reopen it). */
  dataDir?: string;
  /** TCP port on 127.0.0.1; a free port when omitted or 0. */
  port?: number;
  /** The built renderer; out/renderer by default. */
  rendererDir?: string;
  /**
   * Show the first-run wizard: leave the settings as they are. Otherwise (the default) the settings are marked first
   * run done before serving, so the app opens on its shell as for a user who has set it up.
   */
  firstRun?: boolean;
}

export interface Host {
  /** http://127.0.0.1:PORT/ */
  readonly url: string;
  readonly dataDir: string;
  /** Files the app asked to open with the system's default program (Electron's shell.openPath), in order. */
  readonly openedAttachments: readonly string[];
  /** Addresses the app asked to open in the system browser (Electron's shell.openExternal), in order. */
  readonly openedExternalUrls: readonly string[];
  /** The file names the app suggested in save dialogs (Electron's dialog.showSaveDialog), in order. */
  readonly saveDialogs: readonly string[];
  /**
   * How the following save dialogs answer, given the suggested file name: a path to save to, or null (cancel). Until a
   * test says, every save dialog is cancelled.
   */
  answerSaveDialogs(answer: (suggestedFileName: string) => string | null): void;
  /** Sends a main → renderer event to the pages, as Electron's main does for what the services never raise (a file the system opened). */
  emit<E extends EventName>(event: E, payload: Events[E]): void;
  /** Stops serving and closes the services (pending writes are flushed). */
  close(): Promise<void>;
}

export class RendererNotBuiltError extends Error {
  constructor(readonly indexPath: string) {
    super(`The renderer is not built (${indexPath} is missing): run "npm run build" first.`);
    this.name = 'RendererNotBuiltError';
  }
}

/** The app's own headers (the same CSP as the app:// protocol), plus what a web origin needs on top. */
const SECURITY_HEADERS = {
  ...APP_SECURITY_HEADERS,
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
} as const;

const RPC_PATH = /^\/rpc\/([A-Za-z][A-Za-z0-9]*)\/([A-Za-z][A-Za-z0-9]*)$/;

export async function startHost(options: HostOptions = {}): Promise<Host> {
  const rendererDir = options.rendererDir ?? RENDERER_DIR;
  const indexPath = path.join(rendererDir, 'index.html');
  await fs.access(indexPath).catch(() => {
    throw new RendererNotBuiltError(indexPath);
  });
  const dataDir = options.dataDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'spokesdesk-host-')));
  const events = new EventStream();
  const openedAttachments: string[] = [];
  const openedExternalUrls: string[] = [];
  const saveDialogs: string[] = [];
  let answerSaveDialog = (_suggestedFileName: string): string | null => null;
  const services = await openServices({
    dataDir,
    resourcesDir: RESOURCES_DIR,
    emit: events.emit,
    openAttachment: async (file) => void openedAttachments.push(file),
    openExternal: async (url) => void openedExternalUrls.push(url),
    chooseArchivePath: async (suggestedFileName) => {
      saveDialogs.push(suggestedFileName);
      return answerSaveDialog(suggestedFileName);
    },
  });
  if (!options.firstRun) await markFirstRunDone(services.handlers);
  const bridge = bridgeScript();
  let port = 0;

  function send(response: ServerResponse, status: number, contentType: string, body: string | Buffer, head = false): void {
    response.writeHead(status, { ...SECURITY_HEADERS, 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
    response.end(head ? undefined : body);
  }
  const refuse = (response: ServerResponse, status: number, message: string, extra: Record<string, string> = {}) => {
    for (const [name, value] of Object.entries(extra)) response.setHeader(name, value);
    send(response, status, 'text/plain; charset=utf-8', `${message}\n`);
  };

  async function handleRpc(request: IncomingMessage, response: ServerResponse, pathname: string): Promise<void> {
    if (request.method !== 'POST') return refuse(response, 405, 'Method not allowed', { allow: 'POST' });
    const match = RPC_PATH.exec(pathname);
    if (!match?.[1] || !match[2]) return refuse(response, 404, 'Not found');
    const body = await readJsonBody(request);
    if (!body.ok) return refuse(response, body.status, body.message);
    const result = await dispatch(services.handlers, match[1], match[2], body.payload, (error) => {
      process.stderr.write(`test host: ${match[1]}.${match[2]} failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    });
    send(response, 200, 'application/json; charset=utf-8', stringifyWithBytes(result));
  }

  async function handleStatic(request: IncomingMessage, response: ServerResponse, pathname: string): Promise<void> {
    const head = request.method === 'HEAD';
    if (request.method !== 'GET' && !head) return refuse(response, 405, 'Method not allowed', { allow: 'GET, HEAD' });
    if (pathname === BRIDGE_SCRIPT_PATH) return send(response, 200, mimeTypeOf(BRIDGE_SCRIPT_PATH), bridge, head);
    const lookup = await resolveStatic(rendererDir, pathname);
    if (!lookup.found && pathname === '/favicon.ico') {
      // Chromium asks every site for one; Electron never does, so an absent icon is not the app's error.
      response.writeHead(204, SECURITY_HEADERS);
      return void response.end();
    }
    if (!lookup.found) return refuse(response, lookup.status, lookup.status === 400 ? 'Bad path' : 'Not found');
    if (lookup.filePath === (await fs.realpath(indexPath))) {
      return send(response, 200, mimeTypeOf(indexPath), injectBridge(await fs.readFile(lookup.filePath, 'utf8')), head);
    }
    send(response, 200, mimeTypeOf(lookup.filePath), await fs.readFile(lookup.filePath), head);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isLoopbackHost(request, port)) return refuse(response, 403, 'Host not allowed');
    if (!isLoopbackOrigin(request, port) || !isSameSiteFetch(request)) return refuse(response, 403, 'Origin not allowed');
    // The raw path, not a URL object's: URL parsing would silently resolve "..", hiding a traversal attempt.
    const rawPath = (request.url ?? '').split(/[?#]/, 1)[0] ?? '';
    if (!rawPath.startsWith('/')) return refuse(response, 400, 'Bad path');
    if (rawPath === '/rpc' || rawPath.startsWith('/rpc/')) return handleRpc(request, response, rawPath);
    if (rawPath === '/events') {
      if (request.method !== 'GET') return refuse(response, 405, 'Method not allowed', { allow: 'GET' });
      return events.attach(response, SECURITY_HEADERS);
    }
    return handleStatic(request, response, rawPath);
  }

  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      process.stderr.write(`test host: ${request.method} ${request.url} failed: ${error instanceof Error ? error.stack : String(error)}\n`);
      if (!response.headersSent) refuse(response, 500, 'Internal error');
      else response.destroy();
    });
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
  } catch (error) {
    events.close();
    await services.close();
    throw error;
  }
  port = listeningPort(server);

  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}/`,
    dataDir,
    openedAttachments,
    openedExternalUrls,
    saveDialogs,
    answerSaveDialogs: (answer) => {
      answerSaveDialog = answer;
    },
    emit: events.emit,
    close: () =>
      (closing ??= (async () => {
        events.close();
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await stopped;
        await services.close();
      })()),
  };
}

/** Through the settings channels, as the wizard would; a folder already marked is not written to. */
async function markFirstRunDone(handlers: Handlers): Promise<void> {
  const settings = await handlers.settings.get({});
  if (!settings.firstRunDone) await handlers.settings.update({ fields: { firstRunDone: true } });
}

function listeningPort(server: http.Server): number {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The test host is not listening on a TCP port');
  return address.port;
}
