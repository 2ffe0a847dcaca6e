// Template (mẫu): ordered sections with guidance and default content, variables, periodicity and export layout preset.
import { z } from 'zod';
import { documentFields, idSchema, layoutPresetIdSchema, line, multiline, requiredLine } from './common.js';
import { richDocSchema } from './rich-text.js';

export const TEMPLATE_SCHEMA_VERSION = 1;

export const VARIABLE_NAME_PATTERN = /^[a-z_][a-z0-9_]*$/;

export const templateVariableSchema = z
  .object({
    name: z.string().regex(VARIABLE_NAME_PATTERN, { message: 'validation.variableName' }),
    label: requiredLine(200),
    labelEn: line(200).default(''),
    type: z.enum(['text', 'date', 'period']).default('text'),
    default: line(500).default(''),
    required: z.boolean().default(true),
  })
  .strict();
export type TemplateVariable = z.infer<typeof templateVariableSchema>;

/** Content the exporter or composer fills in automatically. */
export const autoContentSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cited_directives') }).strict(),
  z.object({ kind: z.literal('qa_by_tag'), tag: requiredLine(80) }).strict(),
  z.object({ kind: z.literal('talking_points_by_tag'), tag: requiredLine(80) }).strict(),
]);
export type AutoContent = z.infer<typeof autoContentSchema>;

export const templateSectionSchema = z
  .object({
    id: idSchema,
    title: requiredLine(300),
    titleEn: line(300).default(''),
    /** Shown to the author while editing, never exported. */
    guidance: multiline(5000).default(''),
    content: richDocSchema,
    internalOnly: z.boolean().default(false),
    /** Carried into the next period's packet on roll-forward. */
    recurring: z.boolean().default(true),
    auto: autoContentSchema.nullable().default(null),
  })
  .strict();
export type TemplateSection = z.infer<typeof templateSectionSchema>;

export const periodicitySchema = z
  .object({
    kind: z.enum(['monthly', 'quarterly', 'weekly', 'ad_hoc']),
    /** Day of the month it is due (monthly, quarterly: in the period's last month) or ISO weekday 1–7 (weekly). */
    dueDay: z.number().int().min(1).max(31).nullable().default(null),
  })
  .strict();
export type Periodicity = z.infer<typeof periodicitySchema>;

const templateFieldsShape = {
  name: requiredLine(300),
  nameEn: line(300).default(''),
  description: multiline(5000).default(''),
  periodicity: periodicitySchema,
  layoutPreset: layoutPresetIdSchema.default('nd30'),
  /** Document type name printed in the header block ("BÁO CÁO", "THÔNG CÁO BÁO CHÍ"). */
  documentTitle: line(200).default(''),
  sections: z.array(templateSectionSchema).max(200).default([]),
  variables: z.array(templateVariableSchema).max(100).default([]),
  /** Shipped with the app: duplicated, never edited in place. */
  builtIn: z.boolean().default(false),
};

function checkTemplate(t: { variables: TemplateVariable[] }, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  t.variables.forEach((v, i) => {
    if (seen.has(v.name)) ctx.addIssue({ code: 'custom', path: ['variables', i, 'name'], message: 'validation.duplicateVariable' });
    seen.add(v.name);
  });
}

export const templateFieldsSchema = z.object(templateFieldsShape).strict().superRefine(checkTemplate);
export type TemplateFields = z.infer<typeof templateFieldsSchema>;

export const templateSchema = z
  .object({ ...documentFields(TEMPLATE_SCHEMA_VERSION), ...templateFieldsShape })
  .strict()
  .superRefine(checkTemplate);
export type Template = z.infer<typeof templateSchema>;
