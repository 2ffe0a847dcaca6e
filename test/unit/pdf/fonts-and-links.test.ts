// Font choice (an installed Times New Roman only when all four styles cover Vietnamese) and link annotations with percent-encoded URIs.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { systemTimesSource } from '../../../electron/services/pdf/fonts.js';
import { encodeUri } from '../../../shared/pdf/pdf/write.js';
import { exportFixture, RESOURCES, run, savePdf } from './helpers.js';
import { readdirSync, readFileSync } from 'node:fs';

const STYLES = { regular: 'Regular', bold: 'Bold', italic: 'Italic', boldItalic: 'BoldItalic' } as const;
const bundled = (style: keyof typeof STYLES) => path.join(RESOURCES, 'fonts', `LiberationSerif-${STYLES[style]}.ttf`);

describe('font choice', () => {
  it('uses an installed family whose four styles cover Vietnamese', async () => {
    const source = await systemTimesSource([{ regular: bundled('regular'), bold: bundled('bold'), italic: bundled('italic'), boldItalic: bundled('boldItalic') }]);
    expect(source?.family).toBe('Times New Roman');
  });

  it('falls back when a style is missing or lacks Vietnamese letters', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'spokesdesk-fonts-'));
    const font = create(new Uint8Array(readFileSync(bundled('regular'))));
    const subset = font.createSubset();
    subset.includeGlyph(font.glyphForCodePoint(65));
    const latinOnly = path.join(dir, 'latin-only.ttf');
    await writeFile(latinOnly, subset.encode());
    expect(await systemTimesSource([{ regular: latinOnly, bold: bundled('bold'), italic: bundled('italic'), boldItalic: bundled('boldItalic') }])).toBeNull();
    expect(await systemTimesSource([{ regular: path.join(dir, 'absent.ttf'), bold: bundled('bold'), italic: bundled('italic'), boldItalic: bundled('boldItalic') }])).toBeNull();
  });
});

describe('font subsets', () => {
  it('render every page exactly like the complete font files', async () => {
    const subset = await exportFixture({ profile: 'full', citations: 'footnotes', bilingual: true });
    const whole = await exportFixture({ profile: 'full', citations: 'footnotes', bilingual: true }, undefined, { wholeFonts: true });
    expect(whole.bytes.length).toBeGreaterThan(subset.bytes.length * 5);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'spokesdesk-render-'));
    const render = (bytes: Uint8Array, name: string): Buffer[] => {
      run('pdftoppm', ['-r', '40', '-gray', savePdf(bytes, name), path.join(dir, name)]);
      const files = readdirSync(dir).filter((f) => f.startsWith(`${name}-`)).sort();
      return files.map((f) => readFileSync(path.join(dir, f)));
    };
    const a = render(subset.bytes, 'subset');
    const b = render(whole.bytes, 'whole');
    expect(a).toHaveLength(subset.layout.pages.length);
    a.forEach((image, index) => expect(image.equals(b[index] ?? Buffer.alloc(0)), `page ${index + 1}`).toBe(true));
  });
});

describe('links', () => {
  it('percent-encodes what is not ASCII in a URI and keeps the rest', () => {
    expect(encodeUri('https://example.gov.vn/tin-tức?q=a b')).toBe('https://example.gov.vn/tin-t%E1%BB%A9c?q=a%20b');
    expect(encodeUri('mailto:ban.bao-chi@example.vn')).toBe('mailto:ban.bao-chi@example.vn');
  });

  it('writes external links as URI actions and contents entries as internal destinations', async () => {
    const result = await exportFixture({ profile: 'full' });
    const file = savePdf(result.bytes, 'links');
    const json = JSON.parse(run('qpdf', ['--json=2', '--json-key=qpdf', file])) as { qpdf: Array<Record<string, { value?: Record<string, unknown> }>> };
    const annots = Object.values(json.qpdf[1] ?? {}).flatMap((o) => (o.value && o.value['/Subtype'] === '/Link' ? [o.value] : []));
    const uris = annots.flatMap((a) => {
      const action = a['/A'] as Record<string, unknown> | undefined;
      return action ? [String(action['/URI'])] : [];
    });
    expect(new Set(uris)).toEqual(new Set(['u:https://example.gov.vn/tin-t%E1%BB%A9c']));
    // one annotation per line the link text is on
    expect(uris.length).toBe(result.layout.pages.flatMap((page) => page.links).filter((link) => link.target.kind === 'uri').length);
    expect(annots.filter((a) => Array.isArray(a['/Dest'])).length).toBe(result.layout.outline.length);
  });
});
