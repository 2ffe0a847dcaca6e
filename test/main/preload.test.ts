// The preload exposes exactly the contract's features and methods plus `on`, each bound to its own channel, nothing generic.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contract, contractChannels } from '../../shared/ipc/contract.js';
import { EVENT_NAMES, eventChannel } from '../../shared/ipc/events.js';
import { electron } from './fake-electron.js';

vi.mock('electron', async () => (await import('./fake-electron.js')).electronModule());

function member(value: unknown, key: string): unknown {
  return (typeof value === 'object' || typeof value === 'function') && value !== null ? Reflect.get(value, key) : undefined;
}

function keysOf(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) throw new Error('not an object');
  return Object.keys(value).sort();
}

function callable(value: unknown): (...args: unknown[]) => unknown {
  if (typeof value !== 'function') throw new Error('not a function');
  return (...args) => Reflect.apply(value, undefined, args);
}

await import('../../electron/preload/index.js');
const exposeCalls = electron.contextBridge.exposeInMainWorld.mock.calls;
const api: unknown = exposeCalls[0]?.[1];

beforeEach(() => {
  electron.ipcRenderer.invoke.mockClear();
});

describe('window.spokesdesk', () => {
  it('is exposed once, under the name spokesdesk', () => {
    expect(exposeCalls.map(([key]) => key)).toEqual(['spokesdesk']);
  });

  it('has exactly the contract features plus `on`, and each feature exactly its methods as functions', () => {
    expect(keysOf(api)).toEqual([...Object.keys(contract), 'on'].sort());
    for (const [feature, methods] of Object.entries(contract)) {
      const exposed = member(api, feature);
      expect(keysOf(exposed), feature).toEqual(Object.keys(methods).sort());
      for (const method of Object.keys(methods)) expect(typeof member(exposed, method)).toBe('function');
    }
    for (const generic of ['invoke', 'send', 'sendSync', 'ipcRenderer', 'process', 'require', 'env']) {
      expect(member(api, generic)).toBeUndefined();
    }
  });

  it('sends each call on its own contract channel with the payload alone and returns the result', async () => {
    for (const { feature, method, name } of contractChannels()) {
      electron.ipcRenderer.invoke.mockClear();
      electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: name });
      const payload = { probe: name };
      const result = await callable(member(member(api, feature), method))(payload, 'ignored extra argument');
      expect(electron.ipcRenderer.invoke.mock.calls).toEqual([[name, payload]]);
      expect(result).toEqual({ ok: true, value: name });
    }
  });

  it('delivers an event payload (never the IPC event) to a listener until it unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = callable(member(api, 'on'))('saved', listener);
    const channel = eventChannel('saved');
    electron.ipcRenderer.emit(channel, { sender: 'ipc internals' }, { at: '2026-11-26T08:00:00.000Z' });
    expect(listener.mock.calls).toEqual([[{ at: '2026-11-26T08:00:00.000Z' }]]);
    callable(unsubscribe)();
    electron.ipcRenderer.emit(channel, {}, { at: 'later' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(electron.ipcRenderer.listenerCount(channel)).toBe(0);
  });

  it('subscribes only to the declared events, with a function listener', () => {
    const on = callable(member(api, 'on'));
    for (const name of EVENT_NAMES) callable(on(name, () => undefined))();
    expect(() => on('directives:list', () => undefined)).toThrow(TypeError);
    expect(() => on('event:saved', () => undefined)).toThrow(TypeError);
    expect(() => on('constructor', () => undefined)).toThrow(TypeError);
    expect(() => on('saved', 'not a function')).toThrow(TypeError);
    expect(electron.ipcRenderer.eventNames()).toEqual([]);
  });
});

describe('the preload bundle', () => {
  it('is one CommonJS file that requires nothing but electron (a sandboxed preload can load no other module)', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'spokesdesk-preload-'));
    try {
      const { resolveConfig } = await import('electron-vite');
      const { build } = await import('vite');
      const { config } = await resolveConfig({ root: process.cwd(), logLevel: 'silent' }, 'build', 'production');
      const preload = config?.preload;
      if (!preload) throw new Error('electron.vite.config.ts has no preload build');
      await build({ ...preload, logLevel: 'silent', build: { ...preload.build, outDir, emptyOutDir: true } });
      const code = await readFile(join(outDir, 'index.cjs'), 'utf8');

      const required: string[] = [];
      const exposed = new Map<string, unknown>();
      const fakeElectron = {
        contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
        ipcRenderer: electron.ipcRenderer,
      };
      const module = { exports: {} };
      runInNewContext(code, {
        module,
        exports: module.exports,
        require: (id: string) => {
          required.push(id);
          if (id !== 'electron') throw new Error(`a sandboxed preload cannot require ${id}`);
          return fakeElectron;
        },
      });
      expect(required).toEqual(['electron']);
      expect([...exposed.keys()]).toEqual(['spokesdesk']);
      expect(keysOf(exposed.get('spokesdesk'))).toEqual([...Object.keys(contract), 'on'].sort());
      expect(code).not.toMatch(/\bzod\b/);
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  });
});
