// Content stream operators for one positioned page: text as one TJ per span (gaps for justification), rules, boxes, watermark.
import type { FontStyle } from '../fonts/face.js';
import type { DrawItem, RuleItem, TextItem } from '../layout/types.js';
import type { EmbeddedFont } from './embed-font.js';

/** Short decimal form for PDF numbers (at most 3 decimals, no trailing zeros). */
export function num(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  if (Object.is(rounded, -0) || rounded === 0) return '0';
  return String(rounded);
}

function textOps(item: TextItem, font: EmbeddedFont, pageHeight: number): string {
  const parts: string[] = [];
  for (const part of item.parts) {
    if (typeof part === 'string') parts.push(`(${font.encode(part)})`);
    else parts.push(num((-part * 1000) / item.size));
  }
  return `/${font.resourceName} ${num(item.size)} Tf 1 0 0 1 ${num(item.x)} ${num(pageHeight - item.y)} Tm [${parts.join('')}] TJ`;
}

function ruleOps(item: RuleItem, pageHeight: number): string {
  const path = `${num(item.x1)} ${num(pageHeight - item.y1)} m ${num(item.x2)} ${num(pageHeight - item.y2)} l S`;
  if (item.dotted) return `q ${num(item.width)} w 1 J [0 ${num(item.width * 3)}] 0 d ${path} Q`;
  return `q ${num(item.width)} w 0 J ${path} Q`;
}

/** Builds a page's content; the watermark is drawn through a shared form XObject. */
export function pageContent(items: readonly DrawItem[], pageHeight: number, fonts: Readonly<Record<FontStyle, EmbeddedFont>>, watermarkName: string | null): string {
  const out: string[] = [];
  let inText = false;
  for (const item of items) {
    if (item.kind === 'text') {
      if (!inText) {
        out.push('BT 0 g');
        inText = true;
      }
      out.push(textOps(item, fonts[item.font], pageHeight));
      continue;
    }
    if (inText) {
      out.push('ET');
      inText = false;
    }
    if (item.kind === 'line') out.push(ruleOps(item, pageHeight));
    else if (item.kind === 'rect') {
      const rect = `${num(item.x)} ${num(pageHeight - item.y - item.h)} ${num(item.w)} ${num(item.h)} re`;
      if (item.fill !== null) out.push(`q ${num(item.fill)} g ${rect} f Q`);
      if (item.stroke) out.push(`q ${num(item.lineWidth)} w 0 G ${rect} S Q`);
    } else if (watermarkName) {
      out.push(`q /${watermarkName} Do Q`);
    }
  }
  if (inText) out.push('ET');
  return out.join('\n');
}
