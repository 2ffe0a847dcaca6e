// Field issues (from the main process or the same zod schema on the client) as per-field validation message keys.
import type { FieldIssue } from '../../../shared/ipc/errors';
import { vi } from '../i18n/vi';

export type ValidationKey = `validation.${keyof typeof vi.validation}`;
/** Field path ("symbol", "excerpts.0.text") → the validation message key shown next to that field. */
export type FieldErrors = Record<string, ValidationKey>;

export function isValidationKey(message: string): message is ValidationKey {
  const [group, name, ...rest] = message.split('.');
  return group === 'validation' && name !== undefined && rest.length === 0 && Object.hasOwn(vi.validation, name);
}

/**
 * Issues (from the server or the same zod schema on the client) by field. `prefix` is the payload path the form's
 * fields live under (["fields"]); issues outside it are ignored. zod's own messages become a generic field message.
 */
export function fieldErrorsFromIssues(issues: readonly FieldIssue[], prefix: readonly string[] = []): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const head = issue.path.slice(0, prefix.length);
    if (prefix.some((segment, index) => head[index] !== segment)) continue;
    const field = issue.path.slice(prefix.length).map(String).join('.');
    if (field === '' || field in errors) continue;
    errors[field] = isValidationKey(issue.message) ? issue.message : 'validation.invalid';
  }
  return errors;
}
