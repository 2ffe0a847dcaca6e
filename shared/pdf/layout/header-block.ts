// The document header block on the first body page: Quốc hiệu/Tiêu ngữ or the Party title, agency, number, place and date, type name and subject.
import type { LayoutPreset } from '../presets.js';
import { placeAndDate, withLeadingZero } from '../vi-date.js';
import type { LayoutContext } from './context.js';
import { emptySlice } from './blocks.js';
import { boxedMark, stackParagraph, textParagraph, type Stacked } from './stack.js';
import type { BlockSlices, DrawItem } from './types.js';

export interface HeaderInput {
  parentAgency: string;
  agency: string;
  documentNumber: string;
  place: string;
  dateIso: string;
  documentType: string;
  subject: string;
  internalMark: string | null;
}

const GAP = 4;

function rule(x: number, y: number, width: number, lineWidth = 0.6): DrawItem {
  return { kind: 'line', x1: x, y1: y, x2: x + width, y2: y, width: lineWidth };
}

/** A rule under a stacked text, centred under its widest line, `ratio` of its width. */
function ruleUnder(stacked: Stacked, ratio: number, y: number): DrawItem {
  const width = stacked.widest.width * ratio;
  return rule(stacked.widest.x + (stacked.widest.width - width) / 2, y, width);
}

export function layoutHeaderBlock(input: HeaderInput, preset: LayoutPreset, ctx: LayoutContext): BlockSlices {
  const { margins, width: pageWidth } = ctx.geometry;
  const x = margins.left;
  const width = pageWidth - margins.left - margins.right;
  const leftWidth = width * preset.headerLeftRatio;
  const rightX = x + leftWidth;
  const rightWidth = width - leftWidth;
  const items: DrawItem[] = [];
  const header = preset.header;

  // left column: parent agency, issuer, rule or "*"
  let leftY = 0;
  if (input.parentAgency.trim()) {
    const parent = stackParagraph(textParagraph(input.parentAgency, header.parentAgency, 'center'), x, leftY, leftWidth, ctx);
    items.push(...parent.items);
    leftY += parent.height;
  }
  if (input.agency.trim()) {
    const issuer = stackParagraph(textParagraph(input.agency, header.issuer, 'center'), x, leftY, leftWidth, ctx);
    items.push(...issuer.items);
    leftY += issuer.height;
    if (header.kind === 'state') {
      items.push(ruleUnder(issuer, header.issuer.ruleRatio, leftY + 3.5));
      leftY += GAP;
    } else {
      const star = stackParagraph(textParagraph(header.issuer.mark, header.issuer, 'center'), x, leftY, leftWidth, ctx);
      items.push(...star.items);
      leftY += star.height;
    }
  }

  // right column: Quốc hiệu + Tiêu ngữ (state) or the Party title, each title line ruled as long as its text
  let rightY = 0;
  if (header.kind === 'state') {
    const national = stackParagraph(textParagraph(header.nationalTitle.text, header.nationalTitle, 'center'), rightX, rightY, rightWidth, ctx);
    items.push(...national.items);
    rightY += national.height;
    const motto = stackParagraph(textParagraph(header.motto.text, header.motto, 'center'), rightX, rightY, rightWidth, ctx);
    items.push(...motto.items);
    rightY += motto.height;
    items.push(ruleUnder(motto, 1, rightY + 3));
  } else {
    const party = stackParagraph(textParagraph(header.partyTitle.text, header.partyTitle, 'center'), rightX, rightY, rightWidth, ctx);
    items.push(...party.items);
    rightY += party.height;
    items.push(ruleUnder(party, 1, rightY + 3));
  }
  rightY += GAP;

  // number (left) and place/date (right) on one level
  let y = Math.max(leftY, rightY) + GAP;
  const numberText = preset.numberLeadingZero ? withLeadingZero(input.documentNumber) : input.documentNumber.trim();
  let numberHeight = 0;
  if (numberText) {
    const number = stackParagraph(textParagraph(`${preset.numberLabel}${numberText}`, { size: preset.numberSize, bold: false, italic: false, uppercase: false }, 'center'), x, y, leftWidth, ctx);
    items.push(...number.items);
    numberHeight = number.height;
  }
  const date = stackParagraph(textParagraph(placeAndDate(input.place, input.dateIso), preset.dateLine, 'center'), rightX, y, rightWidth, ctx);
  items.push(...date.items);
  y += Math.max(numberHeight, date.height);
  if (input.internalMark) {
    const mark = boxedMark(input.internalMark, preset.numberSize, x, y + GAP, leftWidth, 'center', ctx);
    items.push(...mark.items);
    y += mark.height + GAP;
  }

  // document type name and subject, centred over the whole width
  y += 3 * GAP;
  if (input.documentType.trim()) {
    const type = stackParagraph(textParagraph(input.documentType, preset.documentType, 'center'), x, y, width, ctx);
    items.push(...type.items);
    y += type.height;
  }
  const subject = stackParagraph(textParagraph(input.subject, input.documentType.trim() ? preset.subject : preset.documentType, 'center'), x + width * 0.08, y, width * 0.84, ctx);
  items.push(...subject.items);
  y += subject.height;
  items.push(ruleUnder(subject, preset.subject.ruleRatio, y + 5));
  y += 3 * GAP;

  const slice = { ...emptySlice(y, 'header-block'), items, breakAfter: false };
  return { slices: [slice], spaceBefore: 0, spaceAfter: ctx.geometry.paragraphSpacing * 2, keepWithNext: true, pageBreakBefore: false, repeat: [] };
}
