// Pagination rules on synthetic blocks: widows and orphans, headings kept with what follows, table headers repeated, rows split.
import { describe, expect, it } from 'vitest';
import { MIN_LINES_AT_BREAK } from '../../../shared/pdf/layout/blocks.js';
import { Paginator } from '../../../shared/pdf/layout/paginate.js';
import type { BlockSlices, PositionedPage, Slice } from '../../../shared/pdf/layout/types.js';
import { canonicalExchange } from '../../fixtures/canonical-packet.js';
import { doc, p, t, table, td, th, tr } from '../../fixtures/rich.js';
import { exportFixture } from './helpers.js';

const LINE = 20;

function line(label: string, breakAfter = true): Slice {
  return {
    height: LINE,
    items: [{ kind: 'text', x: 0, y: 15, font: 'regular', size: 14, parts: [label], width: 10 }],
    links: [],
    anchors: [],
    outline: null,
    footnotes: [],
    bars: [],
    breakAfter,
    closeAtPageEnd: [],
    role: 'body',
  };
}

function paragraph(name: string, lines: number, keepWithNext = false): BlockSlices {
  const slices = Array.from({ length: lines }, (_, i) => line(`${name}${i + 1}`, !keepWithNext && i + 1 >= MIN_LINES_AT_BREAK && lines - (i + 1) >= MIN_LINES_AT_BREAK));
  return { slices, spaceBefore: 0, spaceAfter: 0, keepWithNext, pageBreakBefore: false, repeat: [] };
}

/** Pages 10 lines high. */
function paginate(blocks: BlockSlices[]): string[][] {
  const paginator = new Paginator({ kind: 'body', firstNumber: 1, width: 100, height: 300, textLeft: 0, textWidth: 100, frame: () => ({ top: 0, bottom: 10 * LINE }), footnote: () => [] });
  paginator.place(blocks);
  return paginator.finish(() => []).map((page: PositionedPage) => page.items.flatMap((i) => (i.kind === 'text' ? [String(i.parts[0])] : [])));
}

describe('pagination', () => {
  it('never leaves one line of a paragraph alone at the foot or the head of a page', () => {
    const pages = paginate([paragraph('a', 9), paragraph('b', 5)]);
    expect(pages[0]).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9']);
    expect(pages[1]).toEqual(['b1', 'b2', 'b3', 'b4', 'b5']);
    const widow = paginate([paragraph('a', 7), paragraph('b', 4)]);
    expect(widow[0]).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'b1', 'b2']);
    expect(widow[1]).toEqual(['b3', 'b4']);
  });

  it('keeps a heading with the first lines of what follows it, across an empty paragraph', () => {
    const blank: BlockSlices = { ...paragraph('x', 1), slices: [{ ...line('x'), items: [] }] };
    const pages = paginate([paragraph('a', 8), paragraph('H', 1, true), blank, paragraph('b', 4)]);
    expect(pages[0]).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8']);
    expect(pages[1]?.slice(0, 3)).toEqual(['H1', 'b1', 'b2']);
  });

  it('repeats table header rows and splits long tables and tall rows across pages', async () => {
    const rows = [tr(th(p(t('Cột thứ nhất'))), th(p(t('Cột thứ hai'))))];
    for (let i = 1; i <= 40; i++) rows.push(tr(td(p(t(`Dòng ${i}`))), td(p(t(i === 30 ? 'Nội dung rất dài. '.repeat(120) : `Giá trị ${i}`)))));
    const fixture = canonicalExchange();
    const first = fixture.packet.sections[0];
    if (first) first.content = doc(table(...rows));
    const result = await exportFixture({ profile: 'handout' }, fixture);
    const texts = result.layout.pages.map((page) => page.items.flatMap((i) => (i.kind === 'text' ? [i.parts.filter((x) => typeof x === 'string').join('')] : [])));
    const withTable = texts.filter((page) => page.some((s) => /^Dòng \d+$/.test(s)));
    expect(withTable.length).toBeGreaterThan(2);
    for (const page of withTable) expect(page.filter((s) => s === 'Cột thứ nhất')).toHaveLength(1);
    const tallRowPages = texts.filter((page) => page.some((s) => s.includes('rất dài')));
    expect(tallRowPages.length).toBeGreaterThan(1);
  });
});
