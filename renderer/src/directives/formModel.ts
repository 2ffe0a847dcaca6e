// The directive form's values (what the inputs hold) and their conversion to validated directive fields.
import { DIRECTIVE_TYPE_NAMES, type DirectiveTypeName } from '../../../shared/directives/types';
import { issuesFromZod } from '../../../shared/ipc/errors';
import {
  directiveFieldsSchema,
  type Attachment,
  type Directive,
  type DirectiveFieldsInput,
  type DirectiveStatus,
} from '../../../shared/model/directive';
import { newId } from '../../../shared/model/ids';
import { fieldErrorsFromIssues, type FieldErrors } from '../api/fieldErrors';
import { isoToUserDate, parseUserDate } from '../i18n/format';

export interface ExcerptDraft {
  id: string;
  reference: string;
  text: string;
}

export interface DirectiveFormValues {
  type: DirectiveTypeName;
  number: string;
  symbol: string;
  /** Dates as typed ("15/6/2023"); converted to ISO on save. */
  issueDate: string;
  issuer: string;
  issuerTerm: string;
  title: string;
  titleEn: string;
  status: DirectiveStatus;
  supersededBy: string;
  effectiveFrom: string;
  effectiveTo: string;
  /** Comma-separated. */
  tags: string;
  notes: string;
  excerpts: ExcerptDraft[];
}

export const DATE_FIELDS = ['issueDate', 'effectiveFrom', 'effectiveTo'] as const;

export function emptyFormValues(): DirectiveFormValues {
  return {
    type: DIRECTIVE_TYPE_NAMES[0],
    number: '',
    symbol: '',
    issueDate: '',
    issuer: '',
    issuerTerm: '',
    title: '',
    titleEn: '',
    status: 'in_force',
    supersededBy: '',
    effectiveFrom: '',
    effectiveTo: '',
    tags: '',
    notes: '',
    excerpts: [],
  };
}

export function formValuesOf(directive: Directive): DirectiveFormValues {
  return {
    type: directive.type,
    number: directive.number,
    symbol: directive.symbol,
    issueDate: isoToUserDate(directive.issueDate),
    issuer: directive.issuer,
    issuerTerm: directive.issuerTerm ?? '',
    title: directive.title,
    titleEn: directive.titleEn,
    status: directive.status,
    supersededBy: directive.supersededBy ?? '',
    effectiveFrom: isoToUserDate(directive.effectiveFrom),
    effectiveTo: isoToUserDate(directive.effectiveTo),
    tags: directive.tags.join(', '),
    notes: directive.notes,
    excerpts: directive.excerpts.map(({ id, reference, text }) => ({ id, reference, text })),
  };
}

export function newExcerpt(): ExcerptDraft {
  return { id: newId(), reference: '', text: '' };
}

/** The number a symbol starts with: "57" from 57-KL/TW, "09" from 09/2017/NĐ-CP; empty when it starts otherwise. */
export function numberFromSymbol(symbol: string): string {
  return /^\s*(\d+)/u.exec(symbol)?.[1] ?? '';
}

/** Tags from "a, b; c": trimmed, empty ones dropped, duplicates (ignoring case) kept once. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(/[,;\n]/u)) {
    const tag = raw.trim();
    const key = tag.toLocaleLowerCase('vi');
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}

/** Single-line fields edited in a multi-line box: line breaks become spaces. */
export function singleLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/gu, ' ');
}

/** Collapses item paths of list fields shown as one control ("tags.2" → "tags"). */
function collapse(errors: FieldErrors): FieldErrors {
  const result: FieldErrors = {};
  for (const [path, key] of Object.entries(errors)) {
    const field = path.startsWith('tags.') ? 'tags' : path;
    result[field] ??= key;
  }
  return result;
}

export type BuildResult = { ok: true; fields: DirectiveFieldsInput } | { ok: false; errors: FieldErrors };

/** Converts the form to directive fields, validated with the same schema the main process uses. */
export function buildFields(values: DirectiveFormValues, attachment: Attachment | null): BuildResult {
  const dateErrors: FieldErrors = {};
  const dates: Record<(typeof DATE_FIELDS)[number], string | null> = { issueDate: null, effectiveFrom: null, effectiveTo: null };
  for (const field of DATE_FIELDS) {
    const parsed = parseUserDate(values[field]);
    if (parsed.kind === 'invalid') dateErrors[field] = 'validation.date';
    else if (parsed.kind === 'date') dates[field] = parsed.iso;
  }
  const fields: DirectiveFieldsInput = {
    type: values.type,
    number: values.number.trim() || numberFromSymbol(values.symbol),
    symbol: values.symbol.trim(),
    issueDate: dates.issueDate,
    issuer: values.issuer,
    issuerTerm: values.issuerTerm.trim() || null,
    title: singleLine(values.title),
    titleEn: singleLine(values.titleEn),
    status: values.status,
    supersededBy: values.status === 'superseded' && values.supersededBy !== '' ? values.supersededBy : null,
    effectiveFrom: dates.effectiveFrom,
    effectiveTo: dates.effectiveTo,
    excerpts: values.excerpts.map(({ id, reference, text }) => ({ id, reference, text })),
    tags: parseTags(values.tags),
    notes: values.notes,
    attachment,
  };
  const parsed = directiveFieldsSchema.safeParse(fields);
  const errors = { ...(parsed.success ? {} : collapse(fieldErrorsFromIssues(issuesFromZod(parsed.error)))), ...dateErrors };
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, fields };
}

/** Server-side issues of a create/update call ({ fields: … } payload) by form field. */
export function serverFieldErrors(issues: Parameters<typeof fieldErrorsFromIssues>[0]): FieldErrors {
  return collapse(fieldErrorsFromIssues(issues, ['fields']));
}
