// The figure heuristic: what counts as a figure, which words name a source, and where a source counts as near.
import { describe, expect, it } from 'vitest';
import { figureBlocks, figuresIn, namesSource } from '../../../shared/packets/figures.js';
import { cite, doc, excerpt, li, link, p, t, table, td, tr, ul } from '../../fixtures/rich.js';

describe('figuresIn', () => {
  it.each<[string, string[]]>([
    ['cho 280 đại biểu của 26 tỉnh, thành phố', ['280', '26']],
    ['tỷ lệ đạt 96,5%, tăng 1.500 lượt (100%)', ['96,5%', '1.500', '100%']],
    ['Ngày 7/12/2023, tại TP Hòa Bình', []],
    ['ngày 09 tháng 01 năm 2017; ngày đúng là 09/02/2017', []],
    ['Ngày Quyền con người thế giới (10/12)', []],
    ['số liệu tháng 12/2023, lúc 14:30, 8h30', []],
    ['giai đoạn 2011 - 2020 và 2023–2028', []],
    ['Kết luận số 57-KL/TW, Nghị định số 09/2017/NĐ-CP, Nghị quyết 30c/NQ-CP', []],
    ['Điều 5 khoản 2 điểm a; Chương II; lần thứ 15; khóa 13; trang 24', []],
    ['Điện thoại: 0218.3852.123 hoặc 0912345678', []],
    ['1. Tổ chức 3 hội nghị', []],
    ['Tổ chức 3 hội nghị với 45 đại biểu', ['45']],
  ])('%s → %j', (text, expected) => {
    expect(figuresIn(text)).toEqual(expected);
  });
});

describe('namesSource', () => {
  it.each<[string, boolean]>([
    ['Theo Cục Thống kê tỉnh, …', true],
    ['(Nguồn: Sở Lao động - Thương binh và Xã hội)', true],
    ['Báo cáo số 15/BC-UBND cho biết', true],
    ['According to the provincial statistics office', true],
    ['Tiếp tục theo dõi tình hình', false],
    ['Theo đó, tỉnh tăng cường', false],
    ['Bước tiếp theo là tập huấn', false],
    ['Tỷ lệ hộ nghèo giảm còn 2,5%', false],
  ])('%s → %s', (text, expected) => {
    expect(namesSource(text)).toBe(expected);
  });
});

describe('figureBlocks', () => {
  it('decides by paragraph, list item, table row, excerpt and a source line below', () => {
    const blocks = figureBlocks(
      doc(
        p(t('Toàn tỉnh có 280 đại biểu tham dự.')),
        p(t('Tỷ lệ đạt 96,5% theo '), cite('d1'), t('.')),
        p(t('Kim ngạch đạt 120 triệu USD ('), link('cổng thông tin', 'https://example.gov.vn'), t(').')),
        ul(li(p(t('Tăng 15% so với cùng kỳ.')), p(t('Nguồn: Cục Thống kê.'))), li(p(t('Giảm 12 vụ.')))),
        table(tr(td(p(t('Số vụ'))), td(p(t('34')))), tr(td(p(t('Tỷ lệ'))), td(p(t('12%'))))),
        p(t('(Nguồn: Công an tỉnh)')),
        { ...excerpt('d1', null), content: [p(t('Qua 10 năm thực hiện…'))] },
      ),
    );
    expect(blocks.map((b) => [b.path, b.figures, b.sourced, b.quoted])).toEqual([
      [[0], ['280'], false, false],
      [[1], ['96,5%'], true, false],
      [[2], ['120'], true, false],
      [[3, 0, 0], ['15%'], true, false],
      [[3, 1, 0], ['12'], false, false],
      [[4, 0, 1, 0], ['34'], true, false],
      [[4, 1, 1, 0], ['12%'], true, false],
      [[6, 0], ['10'], true, true],
    ]);
  });
});
