// Checks the wizard's agency and spokesperson fields: the settings schema (lengths, e-mail) plus the two the documents cannot do without.
import { issuesFromZod } from '../../../shared/ipc/errors';
import { settingsFieldsSchema, type SettingsFields } from '../../../shared/model/settings';
import { fieldErrorsFromIssues, type FieldErrors } from '../api/fieldErrors';

const IDENTITY_KEYS = ['agencyName', 'parentAgencyName', 'placeName', 'spokespersonName', 'spokespersonTitle', 'contactPhone', 'contactEmail'] as const;
/** The same fields as the Settings screen's IdentityFields edits (kept here so this module stays free of JSX). */
export type IdentityValues = Pick<SettingsFields, (typeof IDENTITY_KEYS)[number]>;

/** Printed on every packet: the agency in the header, the place name in the "Hà Nội, ngày …" line. */
const REQUIRED_FIELDS = ['agencyName', 'placeName'] as const satisfies readonly (keyof IdentityValues)[];

const IDENTITY_FIELDS = new Set<string>(IDENTITY_KEYS);

/** Field → validation message key for every identity field that cannot be saved as typed (empty when all can). */
export function identityErrors(values: IdentityValues, base: SettingsFields): FieldErrors {
  const checked = settingsFieldsSchema.safeParse({ ...base, ...values });
  const all = checked.success ? {} : fieldErrorsFromIssues(issuesFromZod(checked.error));
  const errors: FieldErrors = {};
  for (const [field, key] of Object.entries(all)) {
    if (IDENTITY_FIELDS.has(field)) errors[field] = key;
  }
  for (const field of REQUIRED_FIELDS) {
    if (values[field].trim() === '' && errors[field] === undefined) errors[field] = 'validation.required';
  }
  return errors;
}

/** The identity fields that can be saved as they are (used when the user skips setup halfway through step 2). */
export function savableIdentity(values: IdentityValues, base: SettingsFields): Partial<IdentityValues> {
  const checked = settingsFieldsSchema.safeParse({ ...base, ...values });
  if (checked.success) return values;
  const invalid = new Set(checked.error.issues.map((issue) => String(issue.path[0])));
  return Object.fromEntries(Object.entries(values).filter(([field]) => !invalid.has(field)));
}
