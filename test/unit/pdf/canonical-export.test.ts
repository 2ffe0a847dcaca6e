// The canonical fixture packet exported in both profiles and checked with poppler and qpdf: text, fonts, structure, bookmarks, contents, handout filtering, reproducibility.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportResult } from '../../../shared/pdf/export.js';
import type { PositionedPage } from '../../../shared/pdf/layout/types.js';
import { mm } from '../../../shared/pdf/adjust.js';
import type { RichNode } from '../../../shared/model/rich-text.js';
import { canonicalExchange, INTERNAL_TEXTS } from '../../fixtures/canonical-packet.js';
import { CREATED, exportFixture, flattenOutline, pageWords, pdfText, readOutline, run, savePdf, words } from './helpers.js';

/** The words a page should give back: its text items in drawing order (adjacent items on one baseline join). */
function laidOutWords(page: PositionedPage): string[] {
  let text = '';
  let previous: { x: number; y: number } | null = null;
  for (const item of page.items) {
    if (item.kind !== 'text') continue;
    const joined = item.parts.filter((p): p is string => typeof p === 'string').join('');
    const adjacent = previous !== null && Math.abs(previous.y - item.y) < 0.5 && Math.abs(previous.x - item.x) < 0.5;
    text += adjacent ? joined : ` ${joined}`;
    previous = { x: item.x + item.width, y: item.y };
  }
  return words(text);
}

function bodyText(file: string, footer: string): string {
  return pdfText(file)
    .split('\n')
    .filter((line) => !line.startsWith(footer.slice(0, 30)) && !/^\f?\d+$/.test(line.trim()))
    .join(' ')
    .replace(/\s+/g, ' ');
}

describe.each(['full', 'handout'] as const)('canonical packet, %s profile', (profile) => {
  let result: ExportResult;
  let file: string;

  beforeAll(async () => {
    result = await exportFixture({ profile });
    file = savePdf(result.bytes, profile);
  });

  it('gives back every laid-out word, page by page and in order, in NFC, with no missing glyph', () => {
    expect(result.report.missingGlyphs).toEqual([]);
    for (const page of result.layout.pages) {
      const extracted = pdfText(file, page.number);
      expect(extracted).toBe(extracted.normalize('NFC'));
      expect(extracted).not.toContain('\uFFFD');
      expect(words(extracted)).toEqual(laidOutWords(page));
    }
  });

  it('embeds only subset fonts', () => {
    const rows = run('pdffonts', [file]).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) {
      expect(row).toMatch(/^[A-Z]{6}\+LiberationSerif\S*\s+CID TrueType\s+Identity-H\s+yes yes yes\s/);
    }
  });

  it('passes qpdf --check', () => {
    expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors found');
  });

  it('has bookmarks for every section and heading, pointing at the pages the headings are on', () => {
    const outline = flattenOutline(readOutline(file));
    expect(outline).toEqual(result.report.outline);
    expect(outline.filter((e) => e.level === 1).length).toBe(profile === 'full' ? 4 : 3);
    for (const entry of outline) {
      const printed = entry.level === 1 ? entry.title.toLocaleUpperCase('vi') : entry.title;
      expect(pdfText(file, entry.page).replace(/\s+/g, ' ')).toContain(printed);
    }
  });

  it('prints no page number on page 1 and a number centred over the text in the top margin of the others', () => {
    const topMargin = mm(20);
    const first = pageWords(file, 1).filter((w) => w.yMax < topMargin && w.text !== 'DỰ' && w.text !== 'THẢO');
    expect(first).toEqual([]);
    const textCentre = (mm(30) + mm(210 - 15)) / 2;
    for (const n of [2, result.layout.pages.length]) {
      const top = pageWords(file, n).filter((w) => w.yMax < topMargin);
      expect(top.map((w) => w.text)).toEqual([String(n)]);
      const word = top[0];
      expect(Math.abs(((word?.xMin ?? 0) + (word?.xMax ?? 0)) / 2 - textCentre)).toBeLessThan(1);
    }
  });

  it(profile === 'full' ? 'carries every internal text' : 'carries no internal text', () => {
    const text = bodyText(file, result.layout.pages[0] ? 'Tình hình công tác thông tin đối ngoại tháng 11' : '');
    for (const sentence of INTERNAL_TEXTS) {
      if (profile === 'full') expect(text).toContain(sentence);
      else expect(text).not.toContain(sentence);
    }
    if (profile === 'handout') {
      expect(text).not.toContain('TÀI LIỆU NỘI BỘ');
      expect(result.report.excluded).toEqual({ sections: 1, internalNotes: 1, sensitiveQa: 1, internalTalkingPoints: 1 });
    }
  });

  it('gives identical bytes for the same input and creation date, and other bytes for another date', async () => {
    const again = await exportFixture({ profile });
    expect(Buffer.from(again.bytes).equals(Buffer.from(result.bytes))).toBe(true);
    const later = await exportFixture({ profile, createdAt: CREATED.replace('08:00', '09:00') });
    expect(Buffer.from(later.bytes).equals(Buffer.from(result.bytes))).toBe(false);
  });

  it('writes the metadata', () => {
    const info = run('pdfinfo', [file]);
    expect(info).toMatch(/Title:\s+Tình hình công tác thông tin đối ngoại tháng 11 năm 2026/);
    expect(info).toMatch(/Author:\s+Nguyễn Văn An/);
    expect(info).toMatch(/Keywords:\s+\S/);
    expect(info).toMatch(/CreationDate:\s+Thu Nov 26 01:00:00 2026 UTC|CreationDate:\s+Thu Nov 26 \d\d:00:00 2026/);
    expect(info).toMatch(new RegExp(`Pages:\\s+${result.layout.pages.length}\\n`));
  });
});

function textNodes(node: RichNode): string[] {
  return node.type === 'text' ? [node.text ?? ''] : (node.content ?? []).flatMap(textNodes);
}

const bare = (word: string): string => word.replace(/^[“”"'([]+|[.,;:!?“”"')\]]+$/gu, '');

describe('text coverage', () => {
  it('prints every word of every text node of the packet and of the documents it embeds (full profile)', async () => {
    const fixture = canonicalExchange();
    const sources = [
      ...fixture.packet.sections.flatMap((s) => textNodes(s.content)),
      ...fixture.talkingPoints.flatMap((p) => [p.title, ...textNodes(p.message), ...p.proofPoints.map((pp) => pp.text)]),
      ...fixture.qaItems.flatMap((q) => [q.question, ...textNodes(q.answer), ...q.bridgingLines]),
    ];
    const result = await exportFixture({ profile: 'full' });
    const printed = new Set(words(pdfText(savePdf(result.bytes, 'coverage'))).map(bare));
    const missing = sources.flatMap((text) => words(text).map(bare)).filter((word) => word && !printed.has(word));
    expect(missing).toEqual([]);
  });
});

describe('table of contents', () => {
  it('lists every bookmark with the page its heading is on, and links to it', async () => {
    const result = await exportFixture({ profile: 'full' });
    const file = savePdf(result.bytes, 'toc');
    const tocPage = result.layout.contentsPages[0] ?? 0;
    expect(tocPage).toBe(2);
    const lines = pdfText(file, tocPage).split('\n').map((l) => l.trim()).filter((l) => /\d$/.test(l) && l !== String(tocPage));
    const entries = lines.map((line) => {
      const match = /^(.*\S)\s+(\d+)$/.exec(line);
      return { title: match?.[1] ?? line, page: Number(match?.[2]) };
    });
    expect(entries).toEqual(result.report.outline.map(({ title, page }) => ({ title, page })));
    const links = result.layout.pages.find((p) => p.number === tocPage)?.links ?? [];
    expect(links.map((l) => (l.target.kind === 'anchor' ? l.target.id : l.target.href))).toEqual(result.layout.outline.map((e) => e.anchor));
  });
});
