// Every IPC channel (not only the one test/main/ipc.test.ts samples) refuses calls from frames other than the app's own main frame, before any handler runs.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openServices } from '../../../electron/services/index.js';
import type { Services } from '../../../electron/services/types.js';
import { contractChannels, type Handlers } from '../../../shared/ipc/contract.js';
import { electron, FakeBrowserWindow, resetElectron, type FakeFrame, type FakeWebContents } from '../../main/fake-electron.js';
import { validExamples } from './examples.js';

vi.mock('electron', async () => (await import('../../main/fake-electron.js')).electronModule());

const { mainFrameSenderCheck, registerContractHandlers, FORBIDDEN_RESULT } = await import('../../../electron/main/ipc/register.js');
const { createMainWindow } = await import('../../../electron/main/window.js');
const { DEFAULT_WINDOW_STATE } = await import('../../../electron/main/window-state.js');
const { trustedOrigins } = await import('../../../electron/main/origin.js');

let dataDir: string;
let services: Services;
let contents: FakeWebContents;
let otherContents: FakeWebContents;
let handlerRuns = 0;

/** The services' handlers, counting every run. */
function counting(handlers: Handlers): Handlers {
  const wrapped: Record<string, Record<string, (input: never) => Promise<unknown>>> = {};
  for (const [feature, methods] of Object.entries(handlers)) {
    const inner: Record<string, (input: never) => Promise<unknown>> = {};
    for (const [method, handler] of Object.entries(methods as Record<string, (input: never) => Promise<unknown>>)) {
      inner[method] = (input) => {
        handlerRuns++;
        return handler(input);
      };
    }
    wrapped[feature] = inner;
  }
  // Same features, methods and signatures; only the bodies are wrapped.
  return wrapped as unknown as Handlers;
}

beforeAll(async () => {
  resetElectron();
  dataDir = await mkdtemp(join(tmpdir(), 'spokesdesk-ipc-senders-'));
  services = await openServices({ dataDir, resourcesDir: join(process.cwd(), 'resources'), appVersion: '0.1.0' });
  const window = createMainWindow({ preloadPath: '/p.cjs', state: DEFAULT_WINDOW_STATE, isDev: false });
  createMainWindow({ preloadPath: '/p.cjs', state: DEFAULT_WINDOW_STATE, isDev: false });
  const [main, other] = FakeBrowserWindow.instances;
  if (!main || !other) throw new Error('no windows');
  contents = main.webContents;
  otherContents = other.webContents;
  registerContractHandlers(counting(services.handlers), { isTrustedSender: mainFrameSenderCheck(() => window, trustedOrigins(undefined)) });
});

afterAll(async () => {
  await services?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

function eventFrom(frame: FakeFrame | null, sender: FakeWebContents) {
  return { sender, senderFrame: frame, processId: frame?.processId ?? 0, frameId: frame?.routingId ?? 0 };
}

/** Senders that are not the app page: an iframe (even of the app's origin), other origins in the main frame, another window, no frame. */
function foreignEvents() {
  const main = contents.mainFrame;
  return [
    eventFrom({ url: 'app://spokesdesk/index.html', parent: main, processId: main.processId, routingId: 4242 }, contents),
    eventFrom({ url: 'https://evil.example/', parent: main, processId: 9, routingId: 4243 }, contents),
    eventFrom({ ...main, url: 'https://evil.example/phish.html' }, contents),
    eventFrom({ ...main, url: 'file:///tmp/packet.html' }, contents),
    eventFrom({ ...main, url: 'http://localhost:5173/' }, contents),
    eventFrom(otherContents.mainFrame, otherContents),
    eventFrom(null, contents),
  ];
}

describe('a call from a frame other than the app page', () => {
  it.each(contractChannels())('on $name is refused with forbidden before its handler runs', async ({ name }) => {
    const handler = electron.ipcMain.handlers.get(name);
    expect(handler, `${name} is registered`).toBeDefined();
    const payload = validExamples('examplePacket01')[name] ?? {};
    const runsBefore = handlerRuns;
    for (const event of foreignEvents()) expect(await handler?.(event, payload)).toEqual(FORBIDDEN_RESULT);
    expect(handlerRuns, 'no handler ran').toBe(runsBefore);
  });

  it('is told apart from the app page itself, whose valid call does run', async () => {
    const runsBefore = handlerRuns;
    const result = await electron.ipcMain.handlers.get('system:info')?.(eventFrom(contents.mainFrame, contents), {});
    expect(result).toMatchObject({ ok: true, value: { appVersion: '0.1.0' } });
    expect(handlerRuns).toBe(runsBefore + 1);
  });
});
