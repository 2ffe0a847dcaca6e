// The sentence for a failed exchange call: the file-level reason (details.reason) when there is one, else the generic error text.
import type { TFunction } from 'i18next';
import { BridgeCallError } from '../api/client';
import { errorMessage } from '../api/errors';

export const EXCHANGE_ERROR_REASONS = [
  'empty_file',
  'not_utf8',
  'not_json',
  'not_exchange_file',
  'too_deep',
  'forbidden_key',
  'unsupported_version',
  'invalid_document',
  'invalid_format',
  'unsafe_attachment_name',
  'file_too_large',
  'unresolved_conflict',
  'import_expired',
  'changed_since_preview',
  'export_incomplete',
] as const;

type ExchangeErrorReason = (typeof EXCHANGE_ERROR_REASONS)[number];

function isExchangeReason(reason: string | undefined): reason is ExchangeErrorReason {
  return EXCHANGE_ERROR_REASONS.some((known) => known === reason);
}

export function exchangeErrorMessage(t: TFunction, error: unknown): string {
  if (error instanceof BridgeCallError) {
    const reason = error.details['reason'];
    if (isExchangeReason(reason)) return t(`exchange.errors.${reason}`);
  }
  return errorMessage(t, error);
}
