// The template form's values and their conversion to validated template fields; new sections and variables.
import { issuesFromZod } from '../../../shared/ipc/errors';
import { newId } from '../../../shared/model/ids';
import { emptyDoc } from '../../../shared/model/rich-text';
import { templateFieldsSchema, type Template, type TemplateFields, type TemplateSection, type TemplateVariable } from '../../../shared/model/template';
import { fieldMessages, type FieldMessages } from '../talking-points/formCommon';

export interface TemplateFormValues extends Omit<TemplateFields, 'periodicity'> {
  periodicityKind: TemplateFields['periodicity']['kind'];
  /** As typed; empty for none. */
  dueDay: string;
}

export function emptySection(): TemplateSection {
  return { id: newId(), title: '', titleEn: '', guidance: '', content: emptyDoc(), internalOnly: false, recurring: true, auto: null };
}

export function emptyVariable(): TemplateVariable {
  return { name: '', label: '', labelEn: '', type: 'text', default: '', required: true };
}

export function emptyTemplateForm(): TemplateFormValues {
  return {
    name: '',
    nameEn: '',
    description: '',
    periodicityKind: 'monthly',
    dueDay: '',
    layoutPreset: 'nd30',
    documentTitle: '',
    sections: [emptySection()],
    variables: [],
    builtIn: false,
  };
}

export function templateForm(template: Template): TemplateFormValues {
  const { id: _id, schemaVersion: _version, createdAt: _created, updatedAt: _updated, periodicity, ...fields } = template;
  return { ...fields, periodicityKind: periodicity.kind, dueDay: periodicity.dueDay === null ? '' : String(periodicity.dueDay) };
}

/** The values as template fields, or the messages of the fields to correct ("sections.2.title", "variables.0.name", "dueDay"). */
export function templateFields(values: TemplateFormValues): { fields: TemplateFields } | { errors: FieldMessages } {
  const { periodicityKind, dueDay, ...rest } = values;
  const errors: FieldMessages = {};
  const day = dueDay.trim() === '' ? null : Number(dueDay);
  if (day !== null && (!Number.isInteger(day) || day < 1 || day > 31)) errors['dueDay'] = 'library.validation.dueDay';
  const parsed = templateFieldsSchema.safeParse({ ...rest, builtIn: false, periodicity: { kind: periodicityKind, dueDay: errors['dueDay'] ? null : day } });
  const all = { ...(parsed.success ? {} : fieldMessages(issuesFromZod(parsed.error))), ...errors };
  if (Object.keys(all).length > 0 || !parsed.success) return { errors: all };
  return { fields: parsed.data };
}
