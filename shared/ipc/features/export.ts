// PDF export channel: the real layout engine on a stored packet and the library, as a briefing book or a press handout.
import { z } from 'zod';
import type { ExportReport } from '../../pdf/export.js';
import type { PositionedPage } from '../../pdf/layout/types.js';
import { idSchema, layoutPresetIdSchema } from '../../model/index.js';
import { layoutAdjustmentsSchema } from '../../pdf/adjust.js';
import { channel } from '../define.js';

export const pdfProfileSchema = z.enum(['full', 'handout']);
export type PdfProfile = z.infer<typeof pdfProfileSchema>;

export interface PdfExport {
  /** "<title> - <profile>.pdf", safe on every file system. */
  fileName: string;
  bytes: Uint8Array;
  /** Pages, characters the font lacks, warnings, and what the handout left out. */
  report: ExportReport;
  /** The laid-out pages the PDF was written from (points, top-left origin): the in-app preview draws them. */
  pages: PositionedPage[];
}

export const pdfExportRequestSchema = z
  .object({
    packetId: idSchema,
    profile: pdfProfileSchema,
    /** Null or absent: the packet's own preset. */
    preset: layoutPresetIdSchema.nullable().optional(),
    /** Absent: on for the briefing book, off for the handout. */
    cover: z.boolean().optional(),
    toc: z.boolean().optional(),
    /** "auto": "DỰ THẢO" on every page unless the packet is approved or delivered. */
    watermark: z.enum(['auto', 'always', 'never']).optional(),
    bilingual: z.boolean().optional(),
    /** Short citations with footnotes instead of full citations at first mention. */
    footnotes: z.boolean().optional(),
    /** Margins (mm), body size (pt) and spacing within the preset's legal ranges; outside them: AppError('validation'). */
    adjustments: layoutAdjustmentsSchema.optional(),
  })
  .strict();
export type PdfExportRequest = z.input<typeof pdfExportRequestSchema>;

/** Handouts printed for journalists: always the press handout profile, 1–300 copies. */
export const printHandoutRequestSchema = pdfExportRequestSchema
  .omit({ profile: true })
  .extend({ copies: z.number().int().min(1).max(300) })
  .strict();

export interface PrintResult {
  pages: number;
  copies: number;
  /** False when the user closed the system print dialog without printing. */
  printed: boolean;
}

export const exportChannels = {
  /** Refused: AppError('not_found') for an unknown packet, AppError('validation') for layout outside the legal ranges. */
  pdf: channel<PdfExport>()(pdfExportRequestSchema),
  /**
   * Exports the press handout and opens the system print dialog with the number of copies (the desktop app only).
   * Refused: AppError('forbidden', { reason: 'print_unavailable' }) where nothing can print.
   */
  printHandout: channel<PrintResult>()(printHandoutRequestSchema),
};
