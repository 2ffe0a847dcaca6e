// Validates one contract call and runs its handler, turning every failure into a typed BridgeError (used by IPC and the test host).
import { contract, type Feature, type Handlers } from '../../shared/ipc/contract.js';
import type { ChannelSpec } from '../../shared/ipc/define.js';
import { issuesFromZod, toBridgeError, type BridgeResult } from '../../shared/ipc/errors.js';
import type { z } from 'zod';

type AnyHandler = (input: unknown) => Promise<unknown>;

export function isContractChannel(feature: string, method: string): feature is Feature {
  return Object.hasOwn(contract, feature) && Object.hasOwn(contract[feature as Feature], method);
}

/**
 * Runs `feature.method` with `payload`: unknown channels and invalid payloads are refused before any handler runs.
 * `onError` sees unexpected (non-AppError) failures for logging; the caller only ever gets a BridgeResult.
 */
export async function dispatch(
  handlers: Handlers,
  feature: string,
  method: string,
  payload: unknown,
  onError?: (error: unknown) => void,
): Promise<BridgeResult<unknown>> {
  if (!isContractChannel(feature, method)) {
    return { ok: false, error: { code: 'not_found', messageKey: 'errors.unknownChannel', issues: [], details: { channel: `${feature}:${method}` } } };
  }
  const specs: Record<string, ChannelSpec<z.ZodType, unknown>> = contract[feature];
  const spec = specs[method];
  if (!spec) {
    return { ok: false, error: { code: 'internal', messageKey: 'errors.internal', issues: [], details: {} } };
  }
  const parsed = spec.input.safeParse(payload);
  if (!parsed.success) {
    return { ok: false, error: { code: 'validation', messageKey: 'errors.validation', issues: issuesFromZod(parsed.error), details: {} } };
  }
  // The handler's parameter type is the output of this very channel's schema, which `parsed.data` was just checked against.
  const featureHandlers = handlers[feature] as unknown as Record<string, AnyHandler>;
  const handler = featureHandlers[method];
  if (!handler) {
    return { ok: false, error: { code: 'internal', messageKey: 'errors.internal', issues: [], details: {} } };
  }
  try {
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    const bridgeError = toBridgeError(error);
    if (bridgeError.code === 'internal') onError?.(error);
    return { ok: false, error: bridgeError };
  }
}
