// The IPC property suite: for each selected contract channel, 2,000 hostile payloads through dispatch() against real services
// on a temp folder; every answer is a typed BridgeResult, a refused payload runs no handler and leaves the folder untouched.
import fc from 'fast-check';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/dispatch.js';
import { openServices } from '../../../electron/services/index.js';
import type { Services } from '../../../electron/services/types.js';
import { contractChannels, type Handlers } from '../../../shared/ipc/contract.js';
import { ERROR_CODES, type BridgeResult } from '../../../shared/ipc/errors.js';
import { PACKET_FIELDS, SEED_DIRECTIVE, validExamples } from './examples.js';
import { changedPaths, contentHash, statFingerprint } from './folder-fingerprint.js';
import { hostilePayload } from './hostile.js';

export const RUNS = 2_000;
/** The first refusals are each followed by a look at the folder; later ones are checked before the next handler runs and at the end. */
const CHECK_EVERY_REFUSAL = 300;
const RESOURCES = path.resolve('resources');

/** The same handlers, each calling `beforeRun` first (after dispatch validated the payload, before the handler body). */
function intercepted(handlers: Handlers, beforeRun: () => Promise<void>): Handlers {
  const wrapped: Record<string, Record<string, (input: never) => Promise<unknown>>> = {};
  for (const [feature, methods] of Object.entries(handlers)) {
    const inner: Record<string, (input: never) => Promise<unknown>> = {};
    for (const [method, handler] of Object.entries(methods as Record<string, (input: never) => Promise<unknown>>)) {
      inner[method] = async (input) => {
        await beforeRun();
        return handler(input);
      };
    }
    wrapped[feature] = inner;
  }
  // Same features, methods and signatures as `handlers`; only the bodies are wrapped.
  return wrapped as unknown as Handlers;
}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** What every answer must be: ok with a value, or a BridgeError the UI can translate, that survives IPC's structured clone. */
function checkTyped(result: BridgeResult<unknown>): void {
  check(typeof result === 'object' && result !== null && typeof result.ok === 'boolean', `not a BridgeResult: ${String(result)}`);
  structuredClone(result);
  if (result.ok) return;
  const { error } = result;
  check(ERROR_CODES.includes(error.code), `unknown error code ${error.code}`);
  check(/^errors\.[a-zA-Z_]+$/.test(error.messageKey), `bad message key ${error.messageKey}`);
  check(Array.isArray(error.issues) && error.issues.length <= 50, 'issues must be a short list');
  for (const issue of error.issues) {
    check(typeof issue.message === 'string' && issue.path.every((p) => typeof p === 'string' || typeof p === 'number'), `bad issue ${JSON.stringify(issue)}`);
  }
  check(Object.values(error.details).every((v) => typeof v === 'string'), `details must be strings: ${JSON.stringify(error.details)}`);
}

/** Registers the property test of every contract channel whose position in contractChannels() is `part` modulo `parts`. */
export function describeHostilePayloads(part: number, parts: number): void {
  const channels = contractChannels().filter((_, index) => index % parts === part);

  describe.each(channels)('$name with hostile payloads', ({ feature, method, name, input }) => {
    let dataDir: string;
    let services: Services;
    let example: unknown;

    beforeAll(async () => {
      dataDir = await mkdtemp(path.join(os.tmpdir(), 'spokesdesk-ipc-property-'));
      services = await openServices({ dataDir, resourcesDir: RESOURCES, appVersion: '0.0.0-test', openAttachment: async () => undefined });
      const directive = await dispatch(services.handlers, 'directives', 'undoDelete', { directive: SEED_DIRECTIVE });
      const packet = await dispatch(services.handlers, 'packets', 'create', { fields: PACKET_FIELDS });
      if (!directive.ok || !packet.ok) throw new Error(`could not seed the folder: ${JSON.stringify([directive, packet])}`);
      example = validExamples((packet.value as { id: string }).id)[name];
      await services.flush();
    });

    afterAll(async () => {
      await services?.close();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    });

    it(`answers ${RUNS} malformed payloads with a typed error and changes nothing on disk`, { timeout: 90_000 }, async () => {
      const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).join();
      const hashAtStart = await contentHash(dataDir);
      /** The folder as the last accepted call left it: every refusal since must have left it so. */
      let fingerprint = await statFingerprint(dataDir);
      let refused = 0;
      let accepted = 0;
      let ran = false;
      let changedBeforeHandler: string[] = [];
      const unexpected: unknown[] = [];
      const changedSinceFingerprint = async (): Promise<string[]> => changedPaths(fingerprint, await statFingerprint(dataDir));
      // Refusals are checked together just before the next handler runs (and at the end), so most runs cost no file system calls.
      const handlers = intercepted(services.handlers, async () => {
        ran = true;
        changedBeforeHandler = await changedSinceFingerprint();
      });

      await fc.assert(
        fc.asyncProperty(hostilePayload(example), async (payload) => {
          ran = false;
          const result = await dispatch(handlers, feature, method, payload, (error) => unexpected.push(error));
          if (ran) {
            try {
              await services.flush();
            } finally {
              fingerprint = await statFingerprint(dataDir);
            }
          }
          checkTyped(result);
          check(Object.getOwnPropertyNames(Object.prototype).join() === prototypeKeys, 'Object.prototype gained or lost a property');
          check(!('polluted' in {}), 'Object.prototype was polluted');
          if (!ran) {
            refused++;
            check(!result.ok && result.error.code === 'validation' && result.error.messageKey === 'errors.validation', `refused without a validation error: ${JSON.stringify(result)}`);
            if (refused <= CHECK_EVERY_REFUSAL) {
              const changed = await changedSinceFingerprint();
              check(changed.length === 0, `a refused payload changed ${changed.join(', ')}`);
            }
            return;
          }
          accepted++;
          check(changedBeforeHandler.length === 0, `refused payloads since the last accepted call changed ${changedBeforeHandler.join(', ')}`);
          check(input.safeParse(payload).success, 'a handler ran for a payload its schema refuses');
          check(result.ok || result.error.code !== 'internal', `internal error: ${String(unexpected.at(-1))}`);
        }),
        { numRuns: RUNS },
      );

      expect(await changedSinceFingerprint(), 'the refusals after the last accepted call changed the data folder').toEqual([]);
      expect(refused, 'most generated payloads must be invalid, or the test proves little').toBeGreaterThan(RUNS / 4);
      expect(unexpected).toEqual([]);
      if (accepted === 0) expect(await contentHash(dataDir)).toBe(hashAtStart);
    });
  });
}
