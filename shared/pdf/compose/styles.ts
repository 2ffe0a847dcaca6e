// Frames for headings and section titles from the preset, and the plain text of inlines (bookmark titles).
import type { Inline } from '../flow/types.js';
import type { Composer, Frame } from './composer.js';

export function headingFrame(c: Composer, level: number): Partial<Frame> {
  const style = c.preset.headings[Math.min(level, c.preset.headings.length - 1)];
  if (!style) return { role: 'heading', bold: true };
  return {
    role: level === 0 ? 'section' : 'heading',
    bold: style.bold,
    italic: style.italic,
    size: level === 0 ? style.size + (c.geometry.bodySize - c.preset.bodySize.default) : c.geometry.bodySize,
    align: style.align,
    firstLineIndent: style.indent ? c.geometry.firstLineIndent : 0,
    spaceAfter: c.geometry.paragraphSpacing,
  };
}

export function plainInlines(inlines: readonly Inline[]): string {
  return inlines
    .map((i) => (i.kind === 'text' ? i.text : i.kind === 'break' ? ' ' : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
