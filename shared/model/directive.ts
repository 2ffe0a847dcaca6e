// Directive (văn bản chỉ đạo): a cited official document with its number/symbol, date, issuer, status and excerpts.
import { z } from 'zod';
import { DIRECTIVE_TYPE_NAMES } from '../directives/types.js';
import { documentFields, idSchema, isoDateSchema, line, multiline, requiredLine, tagsSchema } from './common.js';

export const DIRECTIVE_SCHEMA_VERSION = 1;

const symbolPart = '[A-ZĐ][A-Za-zĐđ0-9]*';
/** Shapes of Vietnamese symbols (a letter may follow the number: 30c/NQ-CP): 57-KL/TW, 1079/QĐ-TTg, 09/2017/NĐ-CP, 103/2016/QH13, 05/BNV-VP, 27/VBHN-VPQH. */
export const SYMBOL_PATTERN = new RegExp(`^\\d{1,6}[a-z]?(?:-${symbolPart})?(?:/\\d{4})?/${symbolPart}(?:-${symbolPart})*$`, 'u');

export const directiveTypeSchema = z.enum(DIRECTIVE_TYPE_NAMES);

export const directiveStatusSchema = z.enum(['in_force', 'amended', 'superseded', 'expired']);
export type DirectiveStatus = z.infer<typeof directiveStatusSchema>;

export const excerptSchema = z
  .object({
    id: idSchema,
    /** Article/clause reference as written: "Điều 5 khoản 1 điểm b". */
    reference: line(200).default(''),
    text: multiline(20_000).min(1, { message: 'validation.required' }),
  })
  .strict();
export type Excerpt = z.infer<typeof excerptSchema>;

export const attachmentSchema = z
  .object({
    /** The name the user's file had, shown in the UI. */
    fileName: requiredLine(255),
    /** The file's name inside the data folder's attachments/ (content hash + extension). */
    storedName: z.string().regex(/^[a-f0-9]{64}\.[a-z0-9]{1,8}$/),
    size: z.number().int().min(0),
    sha256: z.string().regex(/^[a-f0-9]{64}$/),
    mimeType: line(100),
  })
  .strict();
export type Attachment = z.infer<typeof attachmentSchema>;

const directiveShape = z
  .object({
    type: directiveTypeSchema,
    number: line(20).default(''),
    symbol: line(60)
      .default('')
      .refine((s) => s === '' || SYMBOL_PATTERN.test(s), { message: 'validation.symbolFormat' }),
    issueDate: isoDateSchema.nullable().default(null),
    issuer: line(300).default(''),
    /** Committee or legislature term as a Roman numeral, "XI" from "khóa XI". */
    issuerTerm: line(10).nullable().default(null),
    /** Subject line (trích yếu), without a leading "về"/"về việc"; for a law, its name without "Luật". */
    title: line(1000).default(''),
    titleEn: line(1000).default(''),
    status: directiveStatusSchema.default('in_force'),
    supersededBy: idSchema.nullable().default(null),
    effectiveFrom: isoDateSchema.nullable().default(null),
    effectiveTo: isoDateSchema.nullable().default(null),
    excerpts: z.array(excerptSchema).max(500).default([]),
    tags: tagsSchema,
    notes: multiline(20_000).default(''),
    attachment: attachmentSchema.nullable().default(null),
  })
  .strict();

function checkDirective(d: z.infer<typeof directiveShape>, ctx: z.RefinementCtx): void {
  if (d.symbol !== '' && d.number !== '' && !d.symbol.startsWith(d.number)) {
    ctx.addIssue({ code: 'custom', path: ['number'], message: 'validation.numberNotInSymbol' });
  }
  if (d.symbol === '' && d.title === '') {
    ctx.addIssue({ code: 'custom', path: ['symbol'], message: 'validation.symbolOrTitle' });
  }
  if (d.effectiveFrom && d.effectiveTo && d.effectiveTo < d.effectiveFrom) {
    ctx.addIssue({ code: 'custom', path: ['effectiveTo'], message: 'validation.dateOrder' });
  }
}

/** The editable fields of a directive (what a form or an import provides). */
export const directiveFieldsSchema = directiveShape.superRefine(checkDirective);
export type DirectiveFields = z.infer<typeof directiveFieldsSchema>;
export type DirectiveFieldsInput = z.input<typeof directiveFieldsSchema>;

export const directiveSchema = directiveShape
  .extend(documentFields(DIRECTIVE_SCHEMA_VERSION))
  .strict()
  .superRefine(checkDirective);
export type Directive = z.infer<typeof directiveSchema>;
