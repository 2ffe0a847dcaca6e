// Validation of a directive given as JSON to `format` (CLI, import): the model's field names or the parse output's.
import { z } from 'zod';
import { directiveTypeSchema } from '../model/directive.js';
import { isoDateSchema } from '../model/common.js';
import { parseSymbol } from './symbols.js';
import type { CitationDirective } from './types.js';

const text = (max: number) => z.string().normalize('NFC').trim().max(max, { message: 'validation.tooLong' });
const optionalText = (max: number) => text(max).nullable().optional();

/**
 * One directive to cite. Accepts `date`/`term` (as `parse` prints them) or `issueDate`/`issuerTerm` (as stored);
 * other keys (span, warnings, id, …) are ignored, so a parse result or a stored directive can be passed as is.
 */
export const citationInputSchema = z
  .object({
    type: directiveTypeSchema,
    number: optionalText(20),
    symbol: optionalText(60),
    date: isoDateSchema.nullable().optional(),
    issueDate: isoDateSchema.nullable().optional(),
    issuer: optionalText(300),
    term: optionalText(10),
    issuerTerm: optionalText(10),
    title: optionalText(1000),
    titleEn: optionalText(1000),
  })
  .superRefine((d, ctx) => {
    if (d.symbol && !parseSymbol(d.symbol)) {
      ctx.addIssue({ code: 'custom', path: ['symbol'], message: 'validation.symbolFormat' });
    }
    if (!d.symbol && !d.title) {
      ctx.addIssue({ code: 'custom', path: ['symbol'], message: 'validation.symbolOrTitle' });
    }
    if (d.date && d.issueDate && d.date !== d.issueDate) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'validation.conflictingDates' });
    }
    if (d.term && d.issuerTerm && d.term !== d.issuerTerm) {
      ctx.addIssue({ code: 'custom', path: ['term'], message: 'validation.conflictingTerms' });
    }
    if ((d.term ?? d.issuerTerm) && !/^[IVXLC]+$/.test(d.term ?? d.issuerTerm ?? '')) {
      ctx.addIssue({ code: 'custom', path: ['term'], message: 'validation.romanNumeral' });
    }
  })
  .transform(
    (d): CitationDirective => ({
      type: d.type,
      number: d.number ?? '',
      symbol: d.symbol ?? '',
      issueDate: d.date ?? d.issueDate ?? null,
      issuer: d.issuer ?? '',
      issuerTerm: d.term ?? d.issuerTerm ?? null,
      title: d.title ?? '',
      titleEn: d.titleEn ?? '',
    }),
  );
export type CitationInput = z.input<typeof citationInputSchema>;
