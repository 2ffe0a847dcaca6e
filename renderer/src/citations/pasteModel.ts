// "Dán trích dẫn": the citations found in pasted text, one row per document, each classified against the library (add, update, already there).
import { parse, type CitationWarning, type CitationWarningCode, type ParsedCitation } from '../../../shared/citations/index';
import { findSameDirective, mergeDirectiveFields, MERGED_FIELDS, sameDirective, type FieldChange, type MergedField } from '../../../shared/directives/identity';
import { directiveFieldsSchema, type Directive, type DirectiveFields } from '../../../shared/model/directive';
import { isValidationKey, type ValidationKey } from '../api/fieldErrors';

/** The directive fields a citation gives. */
export type CitedFields = Pick<DirectiveFields, 'type' | MergedField>;

export type PasteAction = 'create' | 'update' | 'unchanged' | 'invalid';

export interface PasteRow {
  /** Stable while the text is edited, so a row keeps its checkbox state. */
  key: string;
  /** The fullest mention of the document in the text. */
  citation: ParsedCitation;
  /** What would be sent: the citation as directive fields (mentions of the same document combined). */
  fields: CitedFields;
  action: PasteAction;
  /** The stored directive the row updates or matches. */
  target: Directive | null;
  changes: FieldChange[];
  /** Every warning of every mention, once each. */
  warnings: CitationWarning[];
  /** Why the row cannot be saved (action "invalid"). */
  invalidKey: ValidationKey | null;
  /** Mentions of this document in the text. */
  occurrences: number;
  /** The first mention sits inside another citation's subject line. */
  nested: boolean;
  /** Something a person should look at before saving it: the row is not selected for them. */
  needsReview: boolean;
}

/** Warnings that mean the citation may be wrong (not merely rewritten into its canonical form). */
const REVIEW_WARNINGS: ReadonlySet<CitationWarningCode> = new Set([
  'invalid_date',
  'type_code_mismatch',
  'symbol_year_mismatch',
  'registry_date_mismatch',
  'registry_issuer_mismatch',
  'registry_type_mismatch',
]);

/** The symbol to store: a malformed Party symbol in its correct form (the row's warning shows what was written). */
function storedSymbol(citation: ParsedCitation): string {
  const malformed = citation.warnings.find((w) => w.code === 'party_symbol_malformed' && w.written === citation.symbol);
  return malformed?.code === 'party_symbol_malformed' ? malformed.suggestion : citation.symbol;
}

function fieldsOf(citation: ParsedCitation): CitedFields {
  return {
    type: citation.type,
    number: citation.number,
    symbol: storedSymbol(citation),
    issueDate: citation.date,
    issuer: citation.issuer ?? '',
    issuerTerm: citation.term,
    title: citation.title ?? '',
    titleEn: citation.titleEn ?? '',
  };
}

/** Fills the fields a mention leaves empty from another mention of the same document (a short later mention adds nothing). */
function combine(into: CitedFields, other: CitedFields): void {
  for (const field of MERGED_FIELDS) {
    const current = into[field];
    const next = other[field];
    if ((current === null || current === '') && next !== null && next !== '') into[field] = next;
  }
}

function firstValidationKey(issues: ReadonlyArray<{ message: string }>): ValidationKey {
  const message = issues.find((issue) => isValidationKey(issue.message))?.message;
  return message !== undefined && isValidationKey(message) ? message : 'validation.invalid';
}

function storedFields(directive: Directive): DirectiveFields {
  const { id: _id, schemaVersion: _version, createdAt: _created, updatedAt: _updated, ...fields } = directive;
  return fields;
}

interface Group {
  citation: ParsedCitation;
  fields: CitedFields;
  warnings: Map<string, CitationWarning>;
  occurrences: number;
  nested: boolean;
}

function groupMentions(citations: readonly ParsedCitation[]): Group[] {
  const groups: Group[] = [];
  for (const citation of citations) {
    const fields = fieldsOf(citation);
    const nested = citations.some((outer) => outer !== citation && outer.span.start <= citation.span.start && outer.span.end >= citation.span.end);
    let group = groups.find((g) => sameDirective(fields, g.fields));
    if (group) {
      group.occurrences += 1;
      combine(group.fields, fields);
    } else {
      group = { citation, fields, warnings: new Map(), occurrences: 1, nested };
      groups.push(group);
    }
    for (const warning of citation.warnings) group.warnings.set(JSON.stringify(warning), warning);
  }
  return groups;
}

function rowKey(fields: Pick<DirectiveFields, 'type' | 'symbol' | 'title'>): string {
  return `${fields.type}|${fields.symbol.toUpperCase() || fields.title.toLowerCase()}`;
}

/** Parses `text` (checked against the library) and classifies each document found. */
export function analysePaste(text: string, library: readonly Directive[]): PasteRow[] {
  if (text.trim() === '') return [];
  return groupMentions(parse(text, { registry: library })).map((group): PasteRow => {
    const warnings = [...group.warnings.values()];
    const needsReview = warnings.some((w) => REVIEW_WARNINGS.has(w.code));
    const base = { key: rowKey(group.fields), citation: group.citation, fields: group.fields, warnings, occurrences: group.occurrences, nested: group.nested, needsReview };
    const target = findSameDirective(group.fields, library) ?? null;
    if (!target) {
      const checked = directiveFieldsSchema.safeParse(group.fields);
      if (checked.success) return { ...base, action: 'create', target: null, changes: [], invalidKey: null };
      return { ...base, action: 'invalid', target: null, changes: [], invalidKey: firstValidationKey(checked.error.issues) };
    }
    const merged = mergeDirectiveFields(storedFields(target), group.fields);
    if (merged.changes.length === 0) return { ...base, action: 'unchanged', target, changes: [], invalidKey: null };
    const checked = directiveFieldsSchema.safeParse(merged.fields);
    if (!checked.success) return { ...base, action: 'invalid', target, changes: merged.changes, invalidKey: firstValidationKey(checked.error.issues) };
    return { ...base, action: 'update', target, changes: merged.changes, invalidKey: null };
  });
}

export function isSelectable(row: PasteRow): boolean {
  return row.action === 'create' || row.action === 'update';
}

/** Selected unless the person changed it: new and updated documents are, unless something needs checking. */
export function isSelected(row: PasteRow, overrides: ReadonlyMap<string, boolean>): boolean {
  if (!isSelectable(row)) return false;
  return overrides.get(row.key) ?? !row.needsReview;
}
