// Typed client over window.spokesdesk: unwraps BridgeResult, throws BridgeCallError, and reports writes to the save tracker.
import type { Feature, InputOf, Method, OutputOf } from '../../../shared/ipc/contract';
import type { BridgeError, ErrorCode, FieldIssue } from '../../../shared/ipc/errors';
import type { EventName, Events } from '../../../shared/ipc/events';
import { saveTracker } from './saveTracker';

/** A failed bridge call, carrying what the UI needs to explain it (translated through `messageKey`). */
export class BridgeCallError extends Error {
  readonly code: ErrorCode | 'transport';
  readonly messageKey: string;
  readonly issues: FieldIssue[];
  readonly details: Record<string, string>;

  constructor(error: BridgeError | { code: 'transport'; messageKey: string; issues: FieldIssue[]; details: Record<string, string> }) {
    super(error.messageKey);
    this.name = 'BridgeCallError';
    this.code = error.code;
    this.messageKey = error.messageKey;
    this.issues = error.issues;
    this.details = error.details;
  }
}

/**
 * Calls that change stored data: the status bar shows them as "saving" until the `saved` event. Backups are not
 * among them: they copy files outside the write queue and no `saved` event follows them.
 */
const WRITE_METHODS = new Set(['create', 'update', 'delete', 'undoDelete', 'save', 'upsertMany', 'importStarter', 'attach', 'removeAttachment', 'createFromTemplate', 'rollForward', 'changeStatus', 'reopen', 'restore', 'recordExportOverride']);

export function bridgeAvailable(): boolean {
  return typeof window.spokesdesk === 'object';
}

type BridgeMethod<F extends Feature, M extends Method<F>> = (input: InputOf<F, M>) => Promise<
  { ok: true; value: OutputOf<F, M> } | { ok: false; error: BridgeError }
>;

type BridgeFeatures = { [F in Feature]: { [M in Method<F>]: BridgeMethod<F, M> } };

function bridgeMethod<F extends Feature, M extends Method<F>>(feature: F, method: M): BridgeMethod<F, M> {
  if (!bridgeAvailable()) {
    throw new BridgeCallError({ code: 'transport', messageKey: 'errors.bridgeMissing', issues: [], details: {} });
  }
  const features: BridgeFeatures = window.spokesdesk;
  return features[feature][method];
}

/** Calls `feature.method` and resolves to its value, or throws a BridgeCallError. */
export async function call<F extends Feature, M extends Method<F>>(feature: F, method: M, input: InputOf<F, M>): Promise<OutputOf<F, M>> {
  const invoke = bridgeMethod(feature, method);
  const write = WRITE_METHODS.has(method) ? saveTracker.begin() : null;
  let result: Awaited<ReturnType<typeof invoke>>;
  try {
    result = await invoke(input);
  } catch {
    const error = new BridgeCallError({ code: 'transport', messageKey: 'errors.transport', issues: [], details: {} });
    write?.fail(error);
    throw error;
  }
  if (!result.ok) {
    const error = new BridgeCallError(result.error);
    write?.fail(error);
    throw error;
  }
  write?.succeed();
  return result.value;
}

/** Subscribes to a main → renderer event; returns the unsubscribe function (a no-op without a bridge). */
export function onBridgeEvent<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void {
  if (!bridgeAvailable()) return () => undefined;
  return window.spokesdesk.on(event, listener);
}
