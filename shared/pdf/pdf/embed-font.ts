// Embeds one face as a subset Type0/CIDFontType2 font (Identity-H) with widths and a ToUnicode map, glyphs encoded once per string.
import { PDFString, type PDFContext, type PDFRef } from './pdf-lib.js';
import type { Subset } from 'fontkit';
import type { FontFace } from '../fonts/face.js';
import type { ByteWriter } from './bytes.js';

export type StreamDict = NonNullable<Parameters<PDFContext['stream']>[1]>;
export type MakeStream = (data: Uint8Array | string, dict: StreamDict) => PDFRef;

const hex4 = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');

const BACKSLASH = 0x5c;

function literalByte(byte: number): number[] {
  if (byte === 0x28 || byte === 0x29 || byte === BACKSLASH) return [BACKSLASH, byte];
  if (byte === 0x0d) return [BACKSLASH, 0x72];
  return [byte];
}

function utf16Hex(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += hex4(text.charCodeAt(i));
  return out;
}

/** Six capital letters derived from the glyph set, so the same subset always gets the same tag. */
function subsetTag(glyphIds: readonly number[], name: string): string {
  let hash = 2166136261;
  for (const value of [...glyphIds, ...Array.from(name, (c) => c.charCodeAt(0))]) {
    hash ^= value;
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26) + (i + 1) * 7919;
  }
  return tag;
}

export class EmbeddedFont {
  private readonly subset: Subset;
  /** Subset glyph id → the text it stands for (ToUnicode). */
  private readonly unicode = new Map<number, string>();
  private readonly fromOriginal = new Map<number, number>();
  private readonly encoded = new Map<string, Uint8Array>();
  private readonly originals: number[] = [0];

  constructor(
    readonly face: FontFace,
    readonly resourceName: string,
  ) {
    this.subset = face.font.createSubset();
  }

  get used(): boolean {
    return this.encoded.size > 0;
  }

  /** Writes the text's glyph codes as the bytes of a PDF literal string (two per glyph; "(", ")", "\\" and CR escaped). */
  encodeInto(text: string, out: ByteWriter): void {
    for (const char of text) {
      let code = this.encoded.get(char);
      if (code === undefined) {
        code = this.codeFor(char);
        this.encoded.set(char, code);
      }
      out.bytes(code);
    }
  }

  private codeFor(char: string): Uint8Array {
    const original = this.face.glyphId(char.codePointAt(0) ?? 0);
    let id = this.fromOriginal.get(original);
    if (id === undefined) {
      id = this.subset.includeGlyph(original);
      this.fromOriginal.set(original, id);
      this.originals[id] = original;
    }
    if (!this.unicode.has(id)) this.unicode.set(id, original === 0 ? '\uFFFD' : char);
    return Uint8Array.from([...literalByte(id >> 8), ...literalByte(id & 0xff)]);
  }

  private toUnicodeCMap(): string {
    const entries = [...this.unicode.entries()].sort((a, b) => a[0] - b[0]);
    const chunks: string[] = [];
    for (let i = 0; i < entries.length; i += 100) {
      const part = entries.slice(i, i + 100);
      chunks.push(`${part.length} beginbfchar\n${part.map(([id, text]) => `<${hex4(id)}> <${utf16Hex(text)}>`).join('\n')}\nendbfchar`);
    }
    return [
      '/CIDInit /ProcSet findresource begin',
      '12 dict begin',
      'begincmap',
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
      '/CMapName /Adobe-Identity-UCS def',
      '/CMapType 2 def',
      '1 begincodespacerange',
      '<0000> <FFFF>',
      'endcodespacerange',
      ...chunks,
      'endcmap',
      'CMapName currentdict /CMap defineresource pop',
      'end',
      'end',
    ].join('\n');
  }

  /**
   * Writes the font objects; returns the Type0 font's reference. `whole` embeds the complete font file with a
   * CID-to-glyph map instead of the subset (to check the subset against: both must render identically).
   */
  embed(context: PDFContext, makeStream: MakeStream, whole = false): PDFRef {
    const face = this.face;
    const fontFile = whole ? face.bytes : this.subset.encode();
    const baseName = whole ? face.postscriptName : `${subsetTag(this.originals, face.postscriptName)}+${face.postscriptName}`;
    const cidToGid = new Uint8Array(this.originals.length * 2);
    this.originals.forEach((gid, cid) => {
      cidToGid[cid * 2] = gid >> 8;
      cidToGid[cid * 2 + 1] = gid & 0xff;
    });
    const widths = this.originals.map((gid) => Math.round(face.advance(gid) * 100) / 100);
    const { bbox, italicAngle } = face.font;
    const s = face.scale;
    const flags = 4 | 2 | (italicAngle !== 0 ? 64 : 0);
    const fontFileRef = makeStream(fontFile, { Length1: fontFile.length });
    const descriptor = context.register(
      context.obj({
        Type: 'FontDescriptor',
        FontName: baseName,
        Flags: flags,
        FontBBox: [bbox.minX * s, bbox.minY * s, bbox.maxX * s, bbox.maxY * s].map(Math.round),
        ItalicAngle: italicAngle,
        Ascent: Math.round(face.ascent),
        Descent: Math.round(face.descent),
        CapHeight: Math.round(face.capHeight),
        XHeight: Math.round(face.xHeight),
        StemV: 80,
        FontFile2: fontFileRef,
      }),
    );
    const cidFont = context.register(
      context.obj({
        Type: 'Font',
        Subtype: 'CIDFontType2',
        BaseFont: baseName,
        CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
        FontDescriptor: descriptor,
        W: [0, widths],
        CIDToGIDMap: whole ? makeStream(cidToGid, {}) : 'Identity',
      }),
    );
    const toUnicode = makeStream(this.toUnicodeCMap(), {});
    return context.register(
      context.obj({
        Type: 'Font',
        Subtype: 'Type0',
        BaseFont: baseName,
        Encoding: 'Identity-H',
        DescendantFonts: [cidFont],
        ToUnicode: toUnicode,
      }),
    );
  }
}
