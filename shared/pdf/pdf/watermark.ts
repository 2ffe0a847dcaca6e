// The draft watermark as glyph outlines (a form XObject): visible on every page, never part of the extractable text.
import type { FontFace } from '../fonts/face.js';
import type { WatermarkItem } from '../layout/types.js';
import { num } from './content.js';

export function watermarkPath(item: WatermarkItem, face: FontFace, pageHeight: number): string {
  const scale = item.size / face.font.unitsPerEm;
  const width = face.widthAt(item.text, item.size);
  const capHeight = (face.capHeight * item.size) / 1000;
  const angle = (item.angle * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const ops: string[] = [`${num(item.gray)} g`, `${num(cos)} ${num(sin)} ${num(-sin)} ${num(cos)} ${num(item.cx)} ${num(pageHeight - item.cy)} cm`];
  let penX = -width / 2;
  const penY = -capHeight / 2;
  for (const char of item.text) {
    const glyph = face.font.getGlyph(face.glyphId(char.codePointAt(0) ?? 0));
    const X = (x: number) => num(penX + x * scale);
    const Y = (y: number) => num(penY + y * scale);
    let cx = 0;
    let cy = 0;
    for (const { command, args } of glyph.path.commands) {
      const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = args;
      if (command === 'moveTo') {
        ops.push(`${X(a)} ${Y(b)} m`);
        [cx, cy] = [a, b];
      } else if (command === 'lineTo') {
        ops.push(`${X(a)} ${Y(b)} l`);
        [cx, cy] = [a, b];
      } else if (command === 'quadraticCurveTo') {
        const c1x = cx + (2 / 3) * (a - cx);
        const c1y = cy + (2 / 3) * (b - cy);
        const c2x = c + (2 / 3) * (a - c);
        const c2y = d + (2 / 3) * (b - d);
        ops.push(`${X(c1x)} ${Y(c1y)} ${X(c2x)} ${Y(c2y)} ${X(c)} ${Y(d)} c`);
        [cx, cy] = [c, d];
      } else if (command === 'bezierCurveTo') {
        ops.push(`${X(a)} ${Y(b)} ${X(c)} ${Y(d)} ${X(e)} ${Y(f)} c`);
        [cx, cy] = [e, f];
      } else ops.push('h');
    }
    penX += (face.advance(glyph.id) * item.size) / 1000;
  }
  ops.push('f');
  return ops.join('\n');
}
