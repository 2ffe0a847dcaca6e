// Typed errors that cross the bridge: a code the UI translates (errors.<code>), field issues, and safe details.
import type { z } from 'zod';

export const ERROR_CODES = ['validation', 'not_found', 'conflict', 'locked', 'forbidden', 'storage', 'too_large', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  /** Path into the payload ("fields", "symbol"). */
  path: Array<string | number>;
  /** An i18n key ("validation.symbolFormat") or zod's own message. */
  message: string;
}

export interface BridgeError {
  code: ErrorCode;
  /** i18n key of the message shown to the user. */
  messageKey: string;
  issues: FieldIssue[];
  /** Values interpolated into the message (file names, ids). */
  details: Record<string, string>;
}

export type BridgeResult<T> = { ok: true; value: T } | { ok: false; error: BridgeError };

/** Thrown by services; the registration helper turns it into a BridgeError. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details: Record<string, string> = {},
    readonly issues: FieldIssue[] = [],
  ) {
    super(`${code}${Object.keys(details).length ? ` ${JSON.stringify(details)}` : ''}`);
    this.name = 'AppError';
  }
}

export function issuesFromZod(error: z.ZodError): FieldIssue[] {
  return error.issues.slice(0, 50).map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: issue.message,
  }));
}

/** Converts anything thrown by a handler into the error the UI receives; internals are not leaked. */
export function toBridgeError(error: unknown): BridgeError {
  if (error instanceof AppError) {
    return { code: error.code, messageKey: `errors.${error.code}`, issues: error.issues, details: error.details };
  }
  if (isZodError(error)) {
    return { code: 'validation', messageKey: 'errors.validation', issues: issuesFromZod(error), details: {} };
  }
  return { code: 'internal', messageKey: 'errors.internal', issues: [], details: {} };
}

function isZodError(error: unknown): error is z.ZodError {
  return error instanceof Error && error.name === 'ZodError' && 'issues' in error;
}
