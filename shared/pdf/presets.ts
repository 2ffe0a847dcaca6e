// Layout presets as data: Decree 30/2020/NĐ-CP and Party documents (HD 36-HD/VPTW), with the ranges the user may adjust within.
import type { LayoutPresetId } from '../model/common.js';

/** A value with its legal range (inclusive). */
export interface Ranged {
  readonly default: number;
  readonly min: number;
  readonly max: number;
}

export interface TextLine {
  readonly size: number;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly uppercase: boolean;
}

/** Header block of an administrative document (Quốc hiệu, Tiêu ngữ, agency, Số, place and date). */
export interface StateHeader {
  readonly kind: 'state';
  readonly nationalTitle: TextLine & { readonly text: string };
  /** Tiêu ngữ, with a solid line under it as long as the text. */
  readonly motto: TextLine & { readonly text: string };
  readonly parentAgency: TextLine;
  /** Issuer, with a short line under it (fraction of its width). */
  readonly issuer: TextLine & { readonly ruleRatio: number };
}

/** Header block of a Party document: "ĐẢNG CỘNG SẢN VIỆT NAM" with a line; the issuer with "*" under it. */
export interface PartyHeader {
  readonly kind: 'party';
  readonly partyTitle: TextLine & { readonly text: string };
  readonly parentAgency: TextLine;
  readonly issuer: TextLine & { readonly mark: string };
}

export interface LayoutPreset {
  readonly id: LayoutPresetId;
  readonly name: string;
  /** Where the numbers come from; "(verify)" marks figures from secondary sources. */
  readonly source: string;
  readonly pageMm: { readonly width: number; readonly height: number };
  readonly marginsMm: { readonly top: Ranged; readonly bottom: Ranged; readonly left: Ranged; readonly right: Ranged };
  readonly bodySize: Ranged;
  readonly firstLineIndentMm: Ranged;
  readonly paragraphSpacingPt: Ranged;
  /** Multiple of the font's single line height (1 = single, 1.5 = one and a half). */
  readonly lineSpacing: Ranged;
  readonly pageNumber: { readonly size: number; readonly onFirstPage: boolean };
  readonly header: StateHeader | PartyHeader;
  /** "Số: " before the number and symbol (Party documents write "Số 57-KL/TW"). */
  readonly numberLabel: string;
  readonly numberSize: number;
  /** Numbers below 10 get a leading zero ("Số: 05/BC-UBND"). */
  readonly numberLeadingZero: boolean;
  readonly dateLine: TextLine;
  readonly documentType: TextLine;
  /** Trích yếu under the type name, with a short line under it. */
  readonly subject: TextLine & { readonly ruleRatio: number };
  /** Left column of the header block as a fraction of the text width. */
  readonly headerLeftRatio: number;
  /** Heading styles by level: 0 = section title, 1–4 = headings inside sections. */
  readonly headings: ReadonlyArray<TextLine & { readonly spaceBeforePt: number; readonly indent: boolean; readonly align: 'left' | 'center' }>;
  /** Sizes relative to the body size. */
  readonly smallerBy: { readonly table: number; readonly footnote: number; readonly running: number };
  /** Circulation mark boxed on internal books. */
  readonly internalMark: string;
  readonly draftWatermark: string;
}

const line = (size: number, bold: boolean, italic = false, uppercase = false): TextLine => ({ size, bold, italic, uppercase });

const HEADINGS: LayoutPreset['headings'] = [
  { ...line(14, true, false, true), spaceBeforePt: 12, indent: false, align: 'center' },
  { ...line(14, true), spaceBeforePt: 9, indent: true, align: 'left' },
  { ...line(14, true), spaceBeforePt: 6, indent: true, align: 'left' },
  { ...line(14, true, true), spaceBeforePt: 6, indent: true, align: 'left' },
  { ...line(14, false, true), spaceBeforePt: 6, indent: true, align: 'left' },
];

export const PRESETS: Readonly<Record<LayoutPresetId, LayoutPreset>> = {
  nd30: {
    id: 'nd30',
    name: 'NĐ 30/2020',
    source: 'Nghị định số 30/2020/NĐ-CP, Phụ lục I (thể thức văn bản hành chính)',
    pageMm: { width: 210, height: 297 },
    marginsMm: {
      top: { default: 20, min: 20, max: 25 },
      bottom: { default: 20, min: 20, max: 25 },
      left: { default: 30, min: 30, max: 35 },
      right: { default: 15, min: 15, max: 20 },
    },
    bodySize: { default: 14, min: 13, max: 14 },
    firstLineIndentMm: { default: 10, min: 10, max: 12.7 },
    paragraphSpacingPt: { default: 6, min: 6, max: 12 },
    lineSpacing: { default: 1, min: 1, max: 1.5 },
    pageNumber: { size: 13, onFirstPage: false },
    header: {
      kind: 'state',
      nationalTitle: { ...line(12, true, false, true), text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' },
      motto: { ...line(13, true), text: 'Độc lập - Tự do - Hạnh phúc' },
      parentAgency: line(12, false, false, true),
      issuer: { ...line(12, true, false, true), ruleRatio: 1 / 3 },
    },
    numberLabel: 'Số: ',
    numberSize: 13,
    numberLeadingZero: true,
    dateLine: line(13, false, true),
    documentType: line(14, true, false, true),
    subject: { ...line(14, true), ruleRatio: 1 / 3 },
    headerLeftRatio: 0.4,
    headings: HEADINGS,
    smallerBy: { table: 1, footnote: 3, running: 3 },
    internalMark: 'TÀI LIỆU NỘI BỘ',
    draftWatermark: 'DỰ THẢO',
  },
  party: {
    id: 'party',
    name: 'Văn bản của Đảng',
    source: 'Quy định 66-QĐ/TW, Hướng dẫn 36-HD/VPTW (sizes and margins: verify)',
    pageMm: { width: 210, height: 297 },
    marginsMm: {
      top: { default: 20, min: 20, max: 25 },
      bottom: { default: 20, min: 20, max: 25 },
      left: { default: 30, min: 30, max: 35 },
      right: { default: 15, min: 15, max: 20 },
    },
    bodySize: { default: 14, min: 13, max: 15 },
    firstLineIndentMm: { default: 10, min: 10, max: 12.7 },
    paragraphSpacingPt: { default: 6, min: 6, max: 12 },
    lineSpacing: { default: 1, min: 1, max: 1.5 },
    pageNumber: { size: 13, onFirstPage: false },
    header: {
      kind: 'party',
      partyTitle: { ...line(14, true, false, true), text: 'ĐẢNG CỘNG SẢN VIỆT NAM' },
      parentAgency: line(13, false, false, true),
      issuer: { ...line(13, true, false, true), mark: '*' },
    },
    numberLabel: 'Số ',
    numberSize: 13,
    numberLeadingZero: false,
    dateLine: line(13, false, true),
    documentType: line(15, true, false, true),
    subject: { ...line(14, true), ruleRatio: 1 / 3 },
    headerLeftRatio: 0.45,
    headings: HEADINGS,
    smallerBy: { table: 1, footnote: 3, running: 3 },
    internalMark: 'TÀI LIỆU NỘI BỘ',
    draftWatermark: 'DỰ THẢO',
  },
};
