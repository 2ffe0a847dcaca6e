// Turns any failure of a bridge call into one translated sentence.
import type { TFunction } from 'i18next';
import { BridgeCallError } from './client';

/** `t` for a key known only at run time: an unknown key falls back to the generic error sentence. */
function translateDynamic(t: TFunction, key: string, values: Record<string, string>): string {
  return t(key, { ...values, defaultValue: t('errors.internal') });
}

/** The user-facing sentence for any failure of a bridge call. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof BridgeCallError) {
    return translateDynamic(t, error.messageKey, error.details);
  }
  return t('errors.internal');
}

/** Translates a key reported by the save tracker. */
export function messageForKey(t: TFunction, key: string, details: Record<string, string>): string {
  return translateDynamic(t, key, details);
}
