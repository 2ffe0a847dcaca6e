// Line breaking: no overfull line for any text and width, justified lines fill the measure, optimal fit beats first fit.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Inline, RunStyle } from '../../../shared/pdf/flow/types.js';
import type { FontSet } from '../../../shared/pdf/fonts/font-set.js';
import { breakLines, greedyBreaks, optimalBreaks, spacingBadness } from '../../../shared/pdf/text/breaking.js';
import { buildItems, TIE_PENALTY, type LineItem } from '../../../shared/pdf/text/items.js';
import { layoutLines } from '../../../shared/pdf/text/lines.js';
import { bundledFonts } from './helpers.js';

const style: RunStyle = { bold: false, italic: false, underline: false, size: 14, link: null, superscript: false };
const text = (value: string, s: RunStyle = style): Inline => ({ kind: 'text', text: value, style: s });

const PARAGRAPH =
  'Thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới, ' +
  'các cơ quan, đơn vị đã chủ động cung cấp thông tin chính thức, kịp thời cho báo chí trong nước và quốc tế; tổ chức họp báo định kỳ hằng tháng, ' +
  'trả lời phỏng vấn bằng văn bản, cập nhật thông tin trên cổng thông tin điện tử và chủ động đấu tranh, phản bác các thông tin sai trái, thù địch.';

let fonts: FontSet;
beforeAll(async () => {
  fonts = await bundledFonts();
});

describe('line breaking', () => {
  it('never makes a line wider than the measure, and justified lines fill it exactly', () => {
    const word = fc.stringMatching(/^[a-zA-Zàáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ0-9,.;/-]{1,24}$/u);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 80 }), fc.integer({ min: 60, max: 480 }), fc.boolean(), (ws, width, bold) => {
        const inlines = [text(ws.join(' '), { ...style, bold })];
        const { lines } = layoutLines(inlines, fonts, { width, firstLineIndent: 28, marker: null, align: 'justify' });
        lines.forEach((line, index) => {
          expect(line.width).toBeLessThanOrEqual(width + 0.01);
          const last = index === lines.length - 1;
          const spread = line.spans.some((s) => s.parts.some((p) => typeof p === 'string' && p.includes(' ')));
          if (!last && spread && line.ratio <= 4) expect(line.width).toBeCloseTo(width, 1);
        });
      }),
      { numRuns: 150, seed: 20261126 },
    );
  });

  it('splits a word longer than the line between characters instead of overflowing', () => {
    const { lines } = layoutLines([text('https://example.gov.vn/tin-tuc/thong-tin-doi-ngoai/2026/11/ban-tin-so-12345678')], fonts, { width: 120, firstLineIndent: 0, marker: null, align: 'justify' });
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(120.01);
  });

  it('spaces a known paragraph more evenly with optimal fit than with first fit', () => {
    const items = buildItems([text(PARAGRAPH)], fonts, { firstLineIndent: 28.35, marker: null, justify: true, maxWidth: 320 });
    const optimal = optimalBreaks(items, 320, { tolerance: 3, linePenalty: 10, flaggedDemerits: 100, fitnessDemerits: 3000 });
    const greedy = greedyBreaks(items, 320);
    expect(optimal).not.toBeNull();
    if (!optimal) return;
    expect(spacingBadness(optimal)).toBeLessThan(spacingBadness(greedy));
    const worst = (ratios: number[]) => Math.max(...ratios.slice(0, -1).map((r) => Math.abs(r)));
    expect(worst(optimal.ratios)).toBeLessThan(worst(greedy.ratios));
  });

  it('falls back to first fit when no break sequence stays within the tolerance', () => {
    const { method, lines } = layoutLines([text('Ủy ban nhân dân tỉnh Hòa Bình 57-KL/TW 1079/QĐ-TTg 09/2017/NĐ-CP')], fonts, { width: 95, firstLineIndent: 0, marker: null, align: 'justify' });
    expect(method).toBe('greedy');
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(95.01);
  });

  it('splits "số", "ngày", "Điều" from their numbers less often than plain optimal fit', () => {
    const sentence = 'Theo Kết luận số 57-KL/TW ngày 15/6/2023, Quyết định số 1079/QĐ-TTg ngày 14/9/2022 và Điều 5 Nghị định số 09/2017/NĐ-CP ngày 09/02/2017 của Chính phủ, các cơ quan cung cấp thông tin theo khoản 2 Điều 4 Luật Báo chí năm 2016. ';
    const isTie = (item: LineItem | undefined): boolean => item?.type === 'penalty' && item.penalty === TIE_PENALTY;
    const tiesSplit = (items: LineItem[], broken: LineItem[], width: number): number => breakLines(broken, width).positions.filter((p) => isTie(items[p])).length;
    let withTies = 0;
    let withoutTies = 0;
    for (let width = 380; width <= 470; width += 5) {
      const items = buildItems([text(sentence.repeat(3))], fonts, { firstLineIndent: 28, marker: null, justify: true, maxWidth: width });
      withTies += tiesSplit(items, items, width);
      // the same items with the tie penalties replaced by a zero penalty: every tie is an ordinary break
      const plain = items.map((item): LineItem => (isTie(item) ? { type: 'penalty', width: 0, penalty: 0, flagged: false } : item));
      withoutTies += tiesSplit(items, plain, width);
    }
    expect(withoutTies).toBeGreaterThan(0);
    expect(withTies).toBeLessThan(withoutTies);
  });

  it('keeps a list marker on the line of its first word and honours hard breaks', () => {
    const marker: Inline[] = [text('a)')];
    const { lines } = layoutLines([text('Họp báo thường kỳ'), { kind: 'break' }, text('vào tuần cuối của tháng.')], fonts, { width: 400, firstLineIndent: 28, marker, align: 'justify' });
    expect(lines).toHaveLength(2);
    expect(lines[0]?.spans[0]?.parts[0]).toBe('a) Họp báo thường kỳ');
    expect(lines[0]?.spans[0]?.x).toBeCloseTo(28, 5);
  });
});
