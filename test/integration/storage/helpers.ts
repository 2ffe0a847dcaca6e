// Helpers for storage tests: temp data folders, opening the real services, and calling handlers through dispatch.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { dispatch } from '../../../electron/services/dispatch.js';
import { openServices } from '../../../electron/services/index.js';
import type { Services, ServicesOptions } from '../../../electron/services/types.js';
import type { Feature, InputOf, Method, OutputOf } from '../../../shared/ipc/contract.js';
import type { BridgeError } from '../../../shared/ipc/errors.js';
import type { EventName, Events } from '../../../shared/ipc/events.js';

const RESOURCES = path.resolve('resources');
const cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A fresh temp folder, removed after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'spokesdesk-storage-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

export interface Opened {
  services: Services;
  events: Array<{ event: EventName; payload: Events[EventName] }>;
}

/** Opens the real services on `dataDir`; they are closed after the test if the test did not. */
export async function open(dataDir: string, options: Partial<ServicesOptions> = {}): Promise<Opened> {
  const events: Opened['events'] = [];
  const services = await openServices({
    dataDir,
    resourcesDir: RESOURCES,
    appVersion: '0.0.0-test',
    emit: (event, payload) => events.push({ event, payload }),
    ...options,
  });
  cleanups.push(() => services.close());
  return { services, events };
}

/** Calls a channel the way the bridge does (payload validated by the contract) and returns its value or throws its error. */
export async function call<F extends Feature, M extends Method<F>>(services: Services, feature: F, method: M, input: InputOf<F, M>): Promise<OutputOf<F, M>> {
  const result = await dispatch(services.handlers, feature, method, input);
  if (!result.ok) throw new BridgeFailure(result.error);
  // dispatch returns the handler's value for this very channel.
  return result.value as OutputOf<F, M>;
}

export class BridgeFailure extends Error {
  constructor(readonly error: BridgeError) {
    super(`${error.code}: ${JSON.stringify(error.details)} ${JSON.stringify(error.issues)}`);
  }
}

/** The error a call fails with. */
export async function failure(promise: Promise<unknown>): Promise<BridgeError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof BridgeFailure) return error.error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

/** Names in a folder, recursively, relative to it. */
export async function listTree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

export function directiveInput(n: number, extra: Record<string, unknown> = {}) {
  return {
    type: 'Quyết định' as const,
    number: String(n),
    symbol: `${n}/QĐ-TTg`,
    issueDate: `2023-0${(n % 9) + 1}-1${n % 10}`,
    issuer: 'Thủ tướng Chính phủ',
    title: `phê duyệt Đề án truyền thông số ${n}`,
    ...extra,
  };
}
