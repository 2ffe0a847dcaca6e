// The composed document as print HTML (A4, the preset's margins and type): used to compare our PDFs with Chromium's.
import type { PageGeometry } from '../adjust.js';
import type { ComposedDocument } from '../compose/document.js';
import type { FontStyle } from '../fonts/face.js';
import type { Block, Inline, ParagraphBlock, TableBlock } from '../flow/types.js';
import type { HeaderInput } from '../layout/header-block.js';
import type { LayoutPreset } from '../presets.js';
import { placeAndDate, withLeadingZero } from '../vi-date.js';

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const pt = (n: number): string => `${Math.round(n * 100) / 100}pt`;

function inlineHtml(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => {
      if (inline.kind === 'break') return '<br>';
      if (inline.kind === 'footnote') return `<sup>${escape(inline.label)}</sup>`;
      let html = escape(inline.text);
      const s = inline.style;
      if (s.superscript) html = `<sup>${html}</sup>`;
      if (s.bold) html = `<b>${html}</b>`;
      if (s.italic) html = `<i>${html}</i>`;
      if (s.link?.kind === 'uri') html = `<a href="${escape(s.link.href)}">${html}</a>`;
      else if (s.underline) html = `<u>${html}</u>`;
      return html;
    })
    .join('');
}

function paragraphHtml(block: ParagraphBlock): string {
  const bar = block.bars.length > 0;
  const style = [
    `text-align:${block.align}`,
    `text-indent:${pt(block.firstLineIndent)}`,
    `margin:${pt(block.spaceBefore)} ${pt(block.rightIndent)} ${pt(block.spaceAfter)} ${pt(bar ? block.leftIndent - 10 : block.leftIndent)}`,
    `font-size:${pt(block.size)}`,
    ...(bar ? ['border-left:1.2pt solid #000', 'padding-left:9pt'] : []),
    ...(block.keepWithNext ? ['break-after:avoid'] : []),
  ].join(';');
  const tag = block.role === 'section' ? 'h2' : block.role === 'heading' ? 'h3' : 'p';
  const marker = block.marker ? `${inlineHtml(block.marker)} ` : '';
  return `<${tag} style="${style}">${marker}${inlineHtml(block.inlines)}</${tag}>`;
}

function tableHtml(block: TableBlock): string {
  const total = block.columns.reduce((a, b) => a + b, 0) || 1;
  const cols = block.columns.map((w) => `<col style="width:${((w / total) * 100).toFixed(2)}%">`).join('');
  const rows = (header: boolean) =>
    block.rows
      .filter((r) => r.header === header)
      .map((r) => `<tr>${r.cells.map((c) => `<${header ? 'th' : 'td'} colspan="${c.colspan}">${c.blocks.map(blockHtml).join('')}</${header ? 'th' : 'td'}>`).join('')}</tr>`)
      .join('');
  return `<table style="margin:${pt(block.spaceBefore)} 0 ${pt(block.spaceAfter)} ${pt(block.leftIndent)}"><colgroup>${cols}</colgroup><thead>${rows(true)}</thead><tbody>${rows(false)}</tbody></table>`;
}

function blockHtml(block: Block): string {
  if (block.kind === 'paragraph') return paragraphHtml(block);
  if (block.kind === 'table') return tableHtml(block);
  return `<hr style="margin:${pt(block.spaceBefore)} ${pt(block.rightIndent)} ${pt(block.spaceAfter)} ${pt(block.leftIndent)}">`;
}

function headerHtml(header: HeaderInput, preset: LayoutPreset): string {
  const h = preset.header;
  const left = [
    header.parentAgency ? `<div>${escape(header.parentAgency.toLocaleUpperCase('vi'))}</div>` : '',
    header.agency ? `<div class="issuer">${escape(header.agency.toLocaleUpperCase('vi'))}</div>` : '',
    h.kind === 'party' ? `<div>${escape(h.issuer.mark)}</div>` : '<div class="short-rule"></div>',
    header.documentNumber ? `<div class="number">${escape(preset.numberLabel + (preset.numberLeadingZero ? withLeadingZero(header.documentNumber) : header.documentNumber))}</div>` : '',
  ].join('');
  const right =
    h.kind === 'state'
      ? `<div class="issuer">${escape(h.nationalTitle.text)}</div><div class="motto"><span>${escape(h.motto.text)}</span></div>`
      : `<div class="motto"><span>${escape(h.partyTitle.text)}</span></div>`;
  return `<table class="header"><tr><td style="width:${preset.headerLeftRatio * 100}%">${left}</td><td>${right}<div class="date">${escape(placeAndDate(header.place, header.dateIso))}</div></td></tr></table>
<div class="doctype">${escape(header.documentType.toLocaleUpperCase('vi'))}</div><div class="subject">${escape(header.subject)}</div>`;
}

/** A whole HTML document that prints like the PDF's body (fonts from the given URLs). */
export function renderHtml(composed: ComposedDocument, header: HeaderInput, preset: LayoutPreset, g: PageGeometry, fontUrls: Readonly<Record<FontStyle, string>>): string {
  const face = (style: FontStyle, weight: string, fontStyle: string) =>
    `@font-face{font-family:"Body";src:url("${fontUrls[style]}") format("truetype");font-weight:${weight};font-style:${fontStyle}}`;
  const css = [
    face('regular', 'normal', 'normal'),
    face('bold', 'bold', 'normal'),
    face('italic', 'normal', 'italic'),
    face('boldItalic', 'bold', 'italic'),
    `@page{size:A4;margin:${pt(g.margins.top)} ${pt(g.margins.right)} ${pt(g.margins.bottom)} ${pt(g.margins.left)};@top-center{content:counter(page);font:${pt(preset.pageNumber.size)} "Body"}}`,
    '@page:first{@top-center{content:none}}',
    `body{font-family:"Body";font-size:${pt(g.bodySize)};line-height:${1.15 * g.lineSpacing};margin:0;font-kerning:none;font-variant-ligatures:none;orphans:2;widows:2}`,
    'h2,h3{font-size:inherit;font-weight:bold;margin:0}',
    'table{border-collapse:collapse;width:100%}td,th{border:0.5pt solid #000;padding:3pt 4pt;vertical-align:top;font-size:13pt}th{background:#ebebeb}tr{break-inside:auto}',
    'table.header td{border:none;text-align:center;vertical-align:top;font-size:12pt;padding:0}.issuer{font-weight:bold}.short-rule{width:33%;margin:2pt auto;border-top:0.6pt solid #000}',
    '.motto span{font-weight:bold;font-size:13pt;border-bottom:0.6pt solid #000}.date{font-style:italic;font-size:13pt;margin-top:8pt}.number{font-size:13pt;margin-top:8pt}',
    '.doctype{text-align:center;font-weight:bold;margin-top:14pt}.subject{text-align:center;font-weight:bold;margin-bottom:18pt}',
  ].join('\n');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escape(composed.title)}</title><style>${css}</style></head><body>${headerHtml(header, preset)}${composed.blocks.map(blockHtml).join('\n')}</body></html>`;
}
