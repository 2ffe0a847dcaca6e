// One font face for layout: glyph lookup and advance widths (1/1000 em) with per-word caches; records characters it lacks.
import { create, type Font } from 'fontkit';

export const FONT_STYLES = ['regular', 'bold', 'italic', 'boldItalic'] as const;
export type FontStyle = (typeof FONT_STYLES)[number];

export interface MissingGlyph {
  char: string;
  codePoint: number;
  style: FontStyle;
}

export class FontFace {
  readonly font: Font;
  readonly postscriptName: string;
  /** Font units to 1/1000 em. */
  readonly scale: number;
  readonly ascent: number;
  readonly descent: number;
  readonly lineGap: number;
  readonly capHeight: number;
  readonly xHeight: number;
  private readonly glyphIds = new Map<number, number>();
  private readonly advances = new Map<number, number>();
  private readonly widths = new Map<string, number>();
  /** Code points this face has no glyph for, in order of first use. */
  readonly missing = new Map<number, MissingGlyph>();

  constructor(
    /** The font file as loaded. */
    readonly bytes: Uint8Array,
    readonly style: FontStyle,
  ) {
    this.font = create(bytes);
    this.postscriptName = (this.font.postscriptName ?? `Font-${style}`).replace(/[^A-Za-z0-9-]/g, '');
    this.scale = 1000 / this.font.unitsPerEm;
    this.ascent = this.font.ascent * this.scale;
    this.descent = this.font.descent * this.scale;
    this.lineGap = this.font.lineGap * this.scale;
    this.capHeight = (this.font.capHeight || this.font.ascent) * this.scale;
    this.xHeight = this.font.xHeight * this.scale;
  }

  /** Glyph id for a code point; 0 (.notdef) when the font lacks it, which is recorded. */
  glyphId(codePoint: number): number {
    let id = this.glyphIds.get(codePoint);
    if (id === undefined) {
      id = this.font.hasGlyphForCodePoint(codePoint) ? this.font.glyphForCodePoint(codePoint).id : 0;
      this.glyphIds.set(codePoint, id);
      if (id === 0 && !this.missing.has(codePoint)) {
        this.missing.set(codePoint, { char: String.fromCodePoint(codePoint), codePoint, style: this.style });
      }
    }
    return id;
  }

  /** Advance width of a glyph in 1/1000 em. */
  advance(glyphId: number): number {
    let width = this.advances.get(glyphId);
    if (width === undefined) {
      width = this.font.getGlyph(glyphId).advanceWidth * this.scale;
      this.advances.set(glyphId, width);
    }
    return width;
  }

  /** Width of a string in 1/1000 em (no kerning, no ligatures: what the PDF viewer will use). */
  measure(text: string): number {
    let width = this.widths.get(text);
    if (width === undefined) {
      width = 0;
      for (let i = 0; i < text.length; i++) {
        let code = text.charCodeAt(i);
        if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) code = text.codePointAt(i++) ?? code;
        width += this.advance(this.glyphId(code));
      }
      this.widths.set(text, width);
    }
    return width;
  }

  /** Width in points at a size. */
  widthAt(text: string, size: number): number {
    return (this.measure(text) * size) / 1000;
  }

  /** Whether every character of the text has a glyph (without recording anything). */
  covers(text: string): boolean {
    for (const char of text) if (!this.font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0)) return false;
    return true;
  }
}
