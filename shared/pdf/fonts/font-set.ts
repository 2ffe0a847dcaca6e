// The four faces of one family used by an export, and what they lack.
import { FONT_STYLES, FontFace, type FontStyle, type MissingGlyph } from './face.js';

/** Raw TTF bytes of a family in four styles (loaded by the Node side, or by the browser). */
export interface FontSource {
  family: string;
  faces: Readonly<Record<FontStyle, Uint8Array>>;
}

export class FontSet {
  readonly family: string;
  readonly faces: Readonly<Record<FontStyle, FontFace>>;

  constructor(source: FontSource) {
    this.family = source.family;
    this.faces = {
      regular: new FontFace(source.faces.regular, 'regular'),
      bold: new FontFace(source.faces.bold, 'bold'),
      italic: new FontFace(source.faces.italic, 'italic'),
      boldItalic: new FontFace(source.faces.boldItalic, 'boldItalic'),
    };
  }

  face(style: FontStyle): FontFace {
    return this.faces[style];
  }

  /** Characters some face lacks, in the order they were met. */
  missingGlyphs(): MissingGlyph[] {
    return FONT_STYLES.flatMap((style) => [...this.faces[style].missing.values()]);
  }
}

export function fontStyleOf(bold: boolean, italic: boolean): FontStyle {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}

/** Characters every Vietnamese document needs: used to decide whether a system font can replace the bundled one. */
export const VIETNAMESE_SAMPLE =
  'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ';
