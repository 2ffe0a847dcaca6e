// Content stream operators for one positioned page: text as one TJ per span (gaps for justification), rules, boxes, watermark.
import type { FontStyle } from '../fonts/face.js';
import type { DrawItem, RuleItem, TextItem } from '../layout/types.js';
import { ByteWriter } from './bytes.js';
import type { EmbeddedFont } from './embed-font.js';

/** Short decimal form for PDF numbers (at most 3 decimals, no trailing zeros). */
export function num(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  if (Object.is(rounded, -0) || rounded === 0) return '0';
  return String(rounded);
}

function writeText(out: ByteWriter, item: TextItem, font: EmbeddedFont, pageHeight: number): void {
  out.ascii(`/${font.resourceName} ${num(item.size)} Tf 1 0 0 1 ${num(item.x)} ${num(pageHeight - item.y)} Tm [`);
  for (const part of item.parts) {
    if (typeof part === 'string') {
      out.ascii('(');
      font.encodeInto(part, out);
      out.ascii(')');
    } else out.ascii(num((-part * 1000) / item.size));
  }
  out.ascii('] TJ\n');
}

function ruleOps(item: RuleItem, pageHeight: number): string {
  const path = `${num(item.x1)} ${num(pageHeight - item.y1)} m ${num(item.x2)} ${num(pageHeight - item.y2)} l S`;
  if (item.dotted) return `q ${num(item.width)} w 1 J [0 ${num(item.width * 3)}] 0 d ${path} Q\n`;
  return `q ${num(item.width)} w 0 J ${path} Q\n`;
}

/** Builds a page's content stream; the watermark is drawn through a shared form XObject. */
export function pageContent(items: readonly DrawItem[], pageHeight: number, fonts: Readonly<Record<FontStyle, EmbeddedFont>>, watermarkName: string | null): Uint8Array {
  const out = new ByteWriter();
  let inText = false;
  for (const item of items) {
    if (item.kind === 'text') {
      if (!inText) {
        out.ascii('BT 0 g\n');
        inText = true;
      }
      writeText(out, item, fonts[item.font], pageHeight);
      continue;
    }
    if (inText) {
      out.ascii('ET\n');
      inText = false;
    }
    if (item.kind === 'line') out.ascii(ruleOps(item, pageHeight));
    else if (item.kind === 'rect') {
      const rect = `${num(item.x)} ${num(pageHeight - item.y - item.h)} ${num(item.w)} ${num(item.h)} re`;
      if (item.fill !== null) out.ascii(`q ${num(item.fill)} g ${rect} f Q\n`);
      if (item.stroke) out.ascii(`q ${num(item.lineWidth)} w 0 G ${rect} S Q\n`);
    } else if (watermarkName) {
      out.ascii(`q /${watermarkName} Do Q\n`);
    }
  }
  if (inText) out.ascii('ET\n');
  return out.result();
}
