// Export options (profile, preset, adjustments, front matter, watermark, citations, bilingual, pinned date) and their defaults per profile.
import { z } from 'zod';
import { isoDateTimeSchema, layoutPresetIdSchema } from '../model/common.js';
import { layoutAdjustmentsSchema } from './adjust.js';

export const exportProfileSchema = z.enum(['full', 'handout']);

export const exportOptionsSchema = z
  .object({
    profile: exportProfileSchema,
    /** Layout preset; null takes the packet's own. */
    preset: layoutPresetIdSchema.nullable().default(null),
    adjustments: layoutAdjustmentsSchema.default({ marginsMm: {} }),
    /** Null: on for the full briefing book, off for the handout. */
    cover: z.boolean().nullable().default(null),
    toc: z.boolean().nullable().default(null),
    /** "auto" marks every page "DỰ THẢO" unless the packet is approved or delivered. */
    watermark: z.enum(['auto', 'always', 'never']).default('auto'),
    /** Full citation at first mention and a list at the end; or short citations with footnotes (and the list). */
    citations: z.enum(['endList', 'footnotes']).default('endList'),
    /** Handout with the English versions of talking points and answers after the Vietnamese. */
    bilingual: z.boolean().default(false),
    runningFooter: z.boolean().default(true),
    /** Each section starts on a new page. */
    sectionPageBreak: z.boolean().default(false),
    /** Creation date written into the PDF and used for the date line when the packet has no briefing date. */
    createdAt: isoDateTimeSchema.nullable().default(null),
  })
  .strict();
export type ExportOptions = z.infer<typeof exportOptionsSchema>;
export type ExportOptionsInput = z.input<typeof exportOptionsSchema>;
