// What block layout needs: fonts, geometry, preset, and counters of the line breaker's method.
import type { PageGeometry } from '../adjust.js';
import type { FontSet } from '../fonts/font-set.js';
import type { LayoutPreset } from '../presets.js';

export interface LayoutContext {
  fonts: FontSet;
  geometry: PageGeometry;
  preset: LayoutPreset;
  stats: { optimalParagraphs: number; greedyParagraphs: number; lines: number };
}

/** Distance between baselines for a size (the font's single line height times the line spacing). */
export function lineHeight(ctx: LayoutContext, size: number, spacing = ctx.geometry.lineSpacing): number {
  const face = ctx.fonts.face('regular');
  return ((face.ascent - face.descent + face.lineGap) * size * spacing) / 1000;
}

/** Baseline offset from the top of a line box of the given height. */
export function baselineOffset(ctx: LayoutContext, size: number, height: number): number {
  const face = ctx.fonts.face('regular');
  const glyphHeight = ((face.ascent - face.descent) * size) / 1000;
  return (height - glyphHeight) / 2 + (face.ascent * size) / 1000;
}

export const UNDERLINE_OFFSET = 0.106;
export const UNDERLINE_THICKNESS = 0.049;
