// The last step: positioned pages to PDF bytes with pdf-lib (fonts, content streams, links, bookmarks, metadata).
import { PDFDocument, PDFName, PDFNull, PDFNumber, PDFString, type PDFRef } from './pdf-lib.js';
import { FONT_STYLES, type FontStyle } from '../fonts/face.js';
import type { FontSet } from '../fonts/font-set.js';
import type { LaidOutDocument } from '../layout/document.js';
import type { WatermarkItem } from '../layout/types.js';
import { pageContent } from './content.js';
import { EmbeddedFont, type MakeStream } from './embed-font.js';
import { buildOutline } from './outline.js';
import { watermarkPath } from './watermark.js';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  language: string;
  creator: string;
  createdAt: Date;
}

export interface WriteOptions {
  /** zlib deflate; the Node side passes its native one, the default is pdf-lib's (pako). */
  deflate?: (data: Uint8Array) => Uint8Array;
  /** Embed complete font files instead of subsets (diagnostics: the pages must render the same). */
  wholeFonts?: boolean;
}

/** Percent-encodes what is not printable ASCII so viewers get the URI intact. */
export function encodeUri(href: string): string {
  return Array.from(href, (char) => (/[\x21-\x7e]/.test(char) ? char : encodeURIComponent(char))).join('');
}

/** Content streams hold bytes as one char each (binary glyph codes, ASCII operators). */
function latin1Bytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

export async function writePdf(doc: LaidOutDocument, fonts: FontSet, meta: PdfMetadata, options: WriteOptions = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const context = pdf.context;
  const makeStream: MakeStream = (data, dict) => {
    const bytes = typeof data === 'string' ? latin1Bytes(data) : data;
    if (options.deflate) return context.register(context.stream(options.deflate(bytes), { ...dict, Filter: 'FlateDecode' }));
    return context.register(context.flateStream(bytes, dict));
  };
  const embedded = Object.fromEntries(FONT_STYLES.map((style, i) => [style, new EmbeddedFont(fonts.face(style), `F${i + 1}`)])) as Record<FontStyle, EmbeddedFont>;

  const watermark = doc.pages.flatMap((p) => p.items).find((i): i is WatermarkItem => i.kind === 'watermark');
  const pageRefs: PDFRef[] = doc.pages.map(() => context.nextRef());
  const resourcesRef = context.nextRef();
  const pageTree = pdf.catalog.Pages();
  const pagesRef = pdf.catalog.get(PDFName.of('Pages')) as PDFRef;
  const pageHeight = doc.pages[0]?.height ?? 842;
  const anchors = new Map<string, { page: number; y: number }>();
  for (const page of doc.pages) for (const a of page.anchors) if (!anchors.has(a.id)) anchors.set(a.id, { page: page.number, y: a.y });

  doc.pages.forEach((page, index) => {
    const content = pageContent(page.items, page.height, embedded, watermark ? 'Wm' : null);
    const annots = page.links.flatMap((link) => {
      const rect = [link.x, page.height - link.y - link.h, link.x + link.w, page.height - link.y].map((v) => Math.round(v * 100) / 100);
      if (link.target.kind === 'uri') {
        return [context.register(context.obj({ Type: 'Annot', Subtype: 'Link', Rect: rect, Border: [0, 0, 0], A: { S: 'URI', URI: PDFString.of(encodeUri(link.target.href)) } }))];
      }
      const anchor = anchors.get(link.target.id);
      const target = anchor ? pageRefs[anchor.page - 1] : undefined;
      if (!anchor || !target) return [];
      return [context.register(context.obj({ Type: 'Annot', Subtype: 'Link', Rect: rect, Border: [0, 0, 0], Dest: [target, PDFName.of('XYZ'), PDFNull, PDFNumber.of(Math.round(page.height - anchor.y + 4)), PDFNull] }))];
    });
    const dict = context.obj({
      Type: 'Page',
      Parent: pagesRef,
      MediaBox: [0, 0, Math.round(page.width * 100) / 100, Math.round(page.height * 100) / 100],
      Resources: resourcesRef,
      Contents: makeStream(content, {}),
      ...(annots.length > 0 ? { Annots: annots } : {}),
    });
    context.assign(pageRefs[index] as PDFRef, dict);
    pageTree.pushLeafNode(pageRefs[index] as PDFRef);
  });

  const fontDict: Record<string, PDFRef> = {};
  for (const style of FONT_STYLES) if (embedded[style].used) fontDict[embedded[style].resourceName] = embedded[style].embed(context, makeStream, options.wholeFonts ?? false);
  const xobjects: Record<string, PDFRef> = {};
  if (watermark) {
    xobjects.Wm = makeStream(watermarkPath(watermark, fonts.face(watermark.font), pageHeight), {
      Type: 'XObject',
      Subtype: 'Form',
      BBox: [0, 0, Math.round(doc.pages[0]?.width ?? 595), Math.round(pageHeight)],
    });
  }
  context.assign(resourcesRef, context.obj({ Font: fontDict, XObject: xobjects, ProcSet: ['PDF', 'Text'] }));

  const outline = buildOutline(doc.outline, context, (page) => pageRefs[page - 1] as PDFRef, pageHeight);
  if (outline) {
    pdf.catalog.set(PDFName.of('Outlines'), outline);
    pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  }
  pdf.setTitle(meta.title, { showInWindowTitleBar: true });
  pdf.setAuthor(meta.author);
  pdf.setSubject(meta.subject);
  pdf.setKeywords(meta.keywords);
  pdf.setLanguage(meta.language);
  pdf.setCreator(meta.creator);
  pdf.setProducer(`${meta.creator} (pdf-lib)`);
  pdf.setCreationDate(meta.createdAt);
  pdf.setModificationDate(meta.createdAt);
  return pdf.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}
