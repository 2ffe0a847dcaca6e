// User adjustments of a preset (margins, body size, indent, spacing) checked against the preset's legal ranges.
import { z } from 'zod';
import type { LayoutPreset, Ranged } from './presets.js';

export const layoutAdjustmentsSchema = z
  .object({
    marginsMm: z
      .object({ top: z.number(), bottom: z.number(), left: z.number(), right: z.number() })
      .partial()
      .strict()
      .default({}),
    bodySize: z.number().optional(),
    firstLineIndentMm: z.number().optional(),
    paragraphSpacingPt: z.number().optional(),
    lineSpacing: z.number().optional(),
  })
  .strict();
export type LayoutAdjustments = z.input<typeof layoutAdjustmentsSchema>;

const PT_PER_MM = 72 / 25.4;
export const mm = (value: number): number => value * PT_PER_MM;

/** Resolved page geometry and body metrics in points. */
export interface PageGeometry {
  width: number;
  height: number;
  margins: { top: number; bottom: number; left: number; right: number };
  bodySize: number;
  firstLineIndent: number;
  paragraphSpacing: number;
  lineSpacing: number;
}

export class LayoutAdjustmentError extends Error {
  constructor(readonly issues: ReadonlyArray<{ field: string; value: number; min: number; max: number }>) {
    super(`Layout outside the legal range: ${issues.map((i) => `${i.field} = ${i.value} (allowed ${i.min}–${i.max})`).join('; ')}`);
    this.name = 'LayoutAdjustmentError';
  }
}

/** Applies adjustments to a preset; throws LayoutAdjustmentError naming every value outside its range. */
export function resolveGeometry(preset: LayoutPreset, adjustments: LayoutAdjustments = {}): PageGeometry {
  const adj = layoutAdjustmentsSchema.parse(adjustments);
  const issues: Array<{ field: string; value: number; min: number; max: number }> = [];
  const pick = (field: string, range: Ranged, value: number | undefined): number => {
    if (value === undefined) return range.default;
    if (!Number.isFinite(value) || value < range.min || value > range.max) issues.push({ field, value, min: range.min, max: range.max });
    return value;
  };
  const margins = {
    top: pick('marginsMm.top', preset.marginsMm.top, adj.marginsMm.top),
    bottom: pick('marginsMm.bottom', preset.marginsMm.bottom, adj.marginsMm.bottom),
    left: pick('marginsMm.left', preset.marginsMm.left, adj.marginsMm.left),
    right: pick('marginsMm.right', preset.marginsMm.right, adj.marginsMm.right),
  };
  const geometry: PageGeometry = {
    width: mm(preset.pageMm.width),
    height: mm(preset.pageMm.height),
    margins: { top: mm(margins.top), bottom: mm(margins.bottom), left: mm(margins.left), right: mm(margins.right) },
    bodySize: pick('bodySize', preset.bodySize, adj.bodySize),
    firstLineIndent: mm(pick('firstLineIndentMm', preset.firstLineIndentMm, adj.firstLineIndentMm)),
    paragraphSpacing: pick('paragraphSpacingPt', preset.paragraphSpacingPt, adj.paragraphSpacingPt),
    lineSpacing: pick('lineSpacing', preset.lineSpacing, adj.lineSpacing),
  };
  if (issues.length > 0) throw new LayoutAdjustmentError(issues);
  return geometry;
}
