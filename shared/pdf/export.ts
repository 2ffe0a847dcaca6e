// The export pipeline: resolve references, compose for the profile, lay out pages, write the PDF, and report what preflight needs.
import type { PacketExchange } from '../exchange/schema.js';
import { resolveGeometry, type PageGeometry } from './adjust.js';
import { composePacket, type ComposedDocument } from './compose/document.js';
import { renderHtml } from './html/render.js';
import type { ExcludedCounts, ExportWarning } from './compose/composer.js';
import { resolvePacket, type CitationFormatter, type ResolvedPacket } from './compose/resolved.js';
import type { FontStyle } from './fonts/face.js';
import type { FontSet } from './fonts/font-set.js';
import { layoutDocument, type DocumentPlan, type LaidOutDocument } from './layout/document.js';
import { exportOptionsSchema, type ExportOptions, type ExportOptionsInput } from './options.js';
import { writePdf, type PdfMetadata, type WriteOptions } from './pdf/write.js';
import { PRESETS, type LayoutPreset } from './presets.js';
import { PARTY_SYMBOL, periodLabel, withLeadingZero } from './vi-date.js';

export interface MissingCharacter {
  char: string;
  codePoint: number;
  style: FontStyle;
  count: number;
  firstPage: number;
}

export interface ExportReport {
  profile: ExportOptions['profile'];
  preset: LayoutPreset['id'];
  pages: number;
  /** Characters the font has no glyph for: printed as a box, never dropped silently. */
  missingGlyphs: MissingCharacter[];
  warnings: ExportWarning[];
  excluded: ExcludedCounts;
  lineBreaking: LaidOutDocument['stats'];
  outline: Array<{ title: string; level: number; page: number }>;
}

export interface ExportDependencies {
  fonts: FontSet;
  formatCitation: CitationFormatter;
  appVersion: string;
  write?: WriteOptions;
}

export interface LayoutResult {
  layout: LaidOutDocument;
  report: ExportReport;
  metadata: PdfMetadata;
  options: ExportOptions;
}

const KIND_LABEL = { full: 'Bộ tài liệu họp báo', handout: 'Tài liệu cung cấp cho báo chí' } as const;

function planFor(resolved: ResolvedPacket, title: string, options: ExportOptions, preset: LayoutPreset, dateIso: string): DocumentPlan {
  const { packet, agency, template } = resolved;
  const full = options.profile === 'full';
  const internalMark = full ? preset.internalMark : null;
  const approved = packet.status === 'approved' || packet.status === 'delivered';
  const watermark = options.watermark === 'always' || (options.watermark === 'auto' && !approved) ? preset.draftWatermark : null;
  const [year, month] = dateIso.split('-');
  const coverLines = [periodLabel(packet.period)];
  if (packet.briefingDate) coverLines.push(`Ngày họp báo: ${packet.briefingDate.split('-').reverse().join('/')}`);
  if (agency.spokespersonName.trim()) coverLines.push(`Người phát ngôn: ${[agency.spokespersonName, agency.spokespersonTitle].filter((s) => s.trim()).join(', ')}`);
  return {
    cover: (options.cover ?? full)
      ? {
          parentAgency: agency.parentAgencyName,
          agency: agency.agencyName,
          kindLabel: KIND_LABEL[options.profile],
          title,
          lines: coverLines,
          footer: `${agency.placeName.trim() ? `${agency.placeName.trim()}, ` : ''}tháng ${Number(month)} năm ${Number(year)}`,
          internalMark,
        }
      : null,
    contentsTitle: (options.toc ?? full) ? 'MỤC LỤC' : null,
    header: {
      parentAgency: agency.parentAgencyName,
      agency: agency.agencyName,
      documentNumber: packet.documentNumber,
      place: agency.placeName,
      dateIso,
      documentType: template?.documentTitle ?? '',
      subject: title,
      internalMark,
    },
    furniture: { footerLeft: title, footerRight: internalMark ?? agency.agencyName, watermark, runningFooter: options.runningFooter },
    sectionPageBreak: options.sectionPageBreak,
  };
}

function missingCharacters(layout: LaidOutDocument, fonts: FontSet): MissingCharacter[] {
  // faces remember every character they ever lacked: with none, this document cannot lack one either
  if (fonts.missingGlyphs().length === 0) return [];
  const found = new Map<string, MissingCharacter>();
  for (const page of layout.pages) {
    for (const item of page.items) {
      if (item.kind !== 'text') continue;
      const face = fonts.face(item.font);
      for (const part of item.parts) {
        if (typeof part !== 'string') continue;
        for (const char of part) {
          const codePoint = char.codePointAt(0) ?? 0;
          if (face.glyphId(codePoint) !== 0) continue;
          const key = `${item.font}:${codePoint}`;
          const seen = found.get(key);
          if (seen) seen.count++;
          else found.set(key, { char, codePoint, style: item.font, count: 1, firstPage: page.number });
        }
      }
    }
  }
  return [...found.values()];
}

interface Prepared {
  options: ExportOptions;
  resolved: ResolvedPacket;
  preset: LayoutPreset;
  geometry: PageGeometry;
  composed: ComposedDocument;
  plan: DocumentPlan;
  createdAt: string;
  warnings: ExportWarning[];
}

function prepare(file: PacketExchange, optionsInput: ExportOptionsInput, deps: Pick<ExportDependencies, 'formatCitation'>): Prepared {
  const options = exportOptionsSchema.parse(optionsInput);
  const resolved = resolvePacket(file, deps.formatCitation);
  const preset = PRESETS[options.preset ?? file.packet.layoutPreset];
  const geometry = resolveGeometry(preset, options.adjustments);
  const createdAt = options.createdAt ?? file.packet.updatedAt;
  const dateIso = file.packet.briefingDate ?? createdAt.slice(0, 10);
  const composed = composePacket(resolved, { profile: options.profile, citations: options.citations, bilingual: options.bilingual }, preset, geometry);
  const warnings = [...composed.warnings];
  const number = file.packet.documentNumber.trim();
  if (number && preset.header.kind === 'party' && !PARTY_SYMBOL.test(number)) warnings.push({ code: 'document_number_shape', detail: number });
  if (number && preset.header.kind === 'state' && /^\d+-/.test(withLeadingZero(number))) warnings.push({ code: 'document_number_shape', detail: number });
  const plan = planFor(resolved, composed.title, options, preset, dateIso);
  return { options, resolved, preset, geometry, composed, plan, createdAt, warnings };
}

/** The packet as print HTML (same composition as the PDF), for comparing with Chromium's print-to-PDF. */
export function packetHtml(file: PacketExchange, optionsInput: ExportOptionsInput, deps: Pick<ExportDependencies, 'formatCitation'>, fontUrls: Readonly<Record<FontStyle, string>>): string {
  const p = prepare(file, optionsInput, deps);
  return renderHtml(p.composed, p.plan.header, p.preset, p.geometry, fontUrls);
}

/** Lays the packet out (no PDF yet): the positioned pages, the report and the metadata. */
export function layoutPacket(file: PacketExchange, optionsInput: ExportOptionsInput, deps: ExportDependencies): LayoutResult {
  const { options, preset, geometry, composed, plan, createdAt, warnings } = prepare(file, optionsInput, deps);
  const layout = layoutDocument(composed, plan, preset, geometry, deps.fonts);
  const documentType = file.template?.documentTitle.trim() || KIND_LABEL[options.profile];
  const metadata: PdfMetadata = {
    title: composed.title,
    author: file.agency.spokespersonName.trim() || file.agency.agencyName.trim() || 'Spokesdesk',
    subject: `${documentType} – ${periodLabel(file.packet.period)}`,
    keywords: [KIND_LABEL[options.profile], preset.name, ...(file.template ? [file.template.name] : []), ...file.packet.sections.filter((s) => !(s.internalOnly && options.profile === 'handout')).map((s) => s.title)].slice(0, 20),
    language: 'vi-VN',
    creator: `Spokesdesk ${deps.appVersion}`,
    createdAt: new Date(createdAt),
  };
  const report: ExportReport = {
    profile: options.profile,
    preset: preset.id,
    pages: layout.pages.length,
    missingGlyphs: missingCharacters(layout, deps.fonts),
    warnings,
    excluded: composed.excluded,
    lineBreaking: layout.stats,
    outline: layout.outline.map(({ title, level, page }) => ({ title, level, page })),
  };
  return { layout, report, metadata, options };
}

export interface ExportResult {
  bytes: Uint8Array;
  report: ExportReport;
  layout: LaidOutDocument;
}

/** Exports a packet exchange file to PDF bytes in one profile. */
export async function exportPacketPdf(file: PacketExchange, options: ExportOptionsInput, deps: ExportDependencies): Promise<ExportResult> {
  const laid = layoutPacket(file, options, deps);
  const bytes = await writePdf(laid.layout, deps.fonts, laid.metadata, deps.write);
  return { bytes, report: laid.report, layout: laid.layout };
}
