// parse(): whole legal-basis blocks, nested and sibling citations, NFD input with exact spans, dates, warnings, registry.
import { describe, expect, it } from 'vitest';
import { parse, type RegistryDirective } from '../../../shared/citations/index.js';

/** The legal basis of Decision 1079/QĐ-TTg as published (thuvienphapluat.vn …/Decision-1079-QD-TTg-2022-…/530376). */
const BASIS_1079 = `Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;

Căn cứ Luật Điều ước quốc tế ngày 09 tháng 4 năm 2016;

Căn cứ Luật Báo chí ngày 05 tháng 4 năm 2016;

Căn cứ Luật Tiếp cận thông tin ngày 06 tháng 4 năm 2016;

Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07 tháng 9 năm 2015 của Chính phủ về quản lý hoạt động thông tin đối ngoại;

Căn cứ Nghị định số 09/2017/NĐ-CP ngày 09 tháng 01 năm 2017 của Chính phủ về công tác phát ngôn và cung cấp thông tin cho báo chí của các cơ quan hành chính nhà nước;

Căn cứ Nghị quyết số 52-NQ/TW ngày 27 tháng 9 năm 2019 của Bộ Chính trị về một số chủ trương, chính sách chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư;

Theo đề nghị của Bộ trưởng Bộ Thông tin và Truyền thông.`;

/** The sample article's paragraph: two sibling citations, the first with a comma before "ngày". */
const ARTICLE = 'Tại hội nghị, đồng chí Lê Hải Bình, Phó Trưởng Ban Tuyên giáo Trung ương quán triệt Kết luận số 57-KL/TW, ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả công tác TTĐN trong tình hình mới; Quyết định số 1079/QĐ-TTg, ngày 14/9/2022 của Thủ tướng Chính phủ về phê duyệt Đề án truyền thông về quyền con người. Cập nhật tình hình và kết quả nổi bật của Việt Nam.';

const REGISTRY: RegistryDirective[] = [
  { id: 'kl57-2023', type: 'Kết luận', number: '57', symbol: '57-KL/TW', issueDate: '2023-06-15', issuer: 'Bộ Chính trị', title: 'Tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới' },
  { id: 'nd09-2017', type: 'Nghị định', number: '09', symbol: '09/2017/NĐ-CP', issueDate: '2017-02-09', issuer: 'Chính phủ', title: 'Quy định chi tiết việc phát ngôn và cung cấp thông tin cho báo chí của các cơ quan hành chính nhà nước' },
  { id: 'qd1079-2022', type: 'Quyết định', number: '1079', symbol: '1079/QĐ-TTg', issueDate: '2022-09-14', issuer: 'Thủ tướng Chính phủ', title: 'Phê duyệt Đề án truyền thông về quyền con người ở Việt Nam' },
  { id: 'luat-bao-chi', type: 'Luật', number: '103', symbol: '103/2016/QH13', issueDate: '2016-04-05', issuer: 'Quốc hội', title: 'Báo chí' },
  { id: 'tt-btc-demo', type: 'Thông tư', number: '12', symbol: '12/2020/TT-BTC', issueDate: '2020-02-20', issuer: 'Bộ Tài chính', title: 'Hướng dẫn quản lý kinh phí' },
];

describe('parse: blocks and paragraphs', () => {
  it('reads a whole legal-basis block, laws by name included, and nests the laws named inside an amending law', () => {
    const found = parse(BASIS_1079);
    expect(found.map((c) => [c.type, c.symbol, c.title, c.date])).toEqual([
      ['Luật', '', 'Tổ chức Chính phủ', '2015-06-19'],
      ['Luật', '', 'sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương', '2019-11-22'],
      ['Luật', '', 'Tổ chức Chính phủ', null],
      ['Luật', '', 'Tổ chức chính quyền địa phương', null],
      ['Luật', '', 'Điều ước quốc tế', '2016-04-09'],
      ['Luật', '', 'Báo chí', '2016-04-05'],
      ['Luật', '', 'Tiếp cận thông tin', '2016-04-06'],
      ['Nghị định', '72/2015/NĐ-CP', 'Quản lý hoạt động thông tin đối ngoại', '2015-09-07'],
      ['Nghị định', '09/2017/NĐ-CP', 'Công tác phát ngôn và cung cấp thông tin cho báo chí của các cơ quan hành chính nhà nước', '2017-01-09'],
      ['Nghị quyết', '52-NQ/TW', 'Một số chủ trương, chính sách chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư', '2019-09-27'],
    ]);
    for (const c of found) expect(BASIS_1079.slice(c.span.start, c.span.end)).not.toMatch(/[;\n]$/);
  });

  it('reads the constitution at the head of a legal-basis block, its name starting in lower case', () => {
    const block = 'Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam ngày 28 tháng 11 năm 2013;\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;';
    expect(parse(block).map((c) => [c.type, c.title, c.date])).toEqual([
      ['Hiến pháp', 'nước Cộng hòa xã hội chủ nghĩa Việt Nam', '2013-11-28'],
      ['Luật', 'Tổ chức Chính phủ', '2015-06-19'],
    ]);
  });

  it('warns that the block cites Decree 09/2017 with the wrong date (the registry has 09/02/2017)', () => {
    const decree = parse(BASIS_1079, { registry: REGISTRY }).find((c) => c.symbol === '09/2017/NĐ-CP');
    expect(decree?.warnings).toEqual([
      { code: 'registry_date_mismatch', directiveId: 'nd09-2017', registryDate: '2017-02-09', citedDate: '2017-01-09' },
    ]);
  });

  it('separates sibling citations and keeps each subject to its own clause', () => {
    const [kl, qd, ...rest] = parse(ARTICLE);
    expect(rest).toEqual([]);
    expect(kl).toMatchObject({ symbol: '57-KL/TW', date: '2023-06-15', issuer: 'Bộ Chính trị', title: 'Tiếp tục nâng cao chất lượng, hiệu quả công tác TTĐN trong tình hình mới' });
    expect(qd).toMatchObject({ symbol: '1079/QĐ-TTg', date: '2022-09-14', issuer: 'Thủ tướng Chính phủ', title: 'Phê duyệt Đề án truyền thông về quyền con người' });
    expect(ARTICLE.slice(kl?.span.start, kl?.span.end)).toBe(
      'Kết luận số 57-KL/TW, ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả công tác TTĐN trong tình hình mới',
    );
  });

  it('returns a citation nested in a subject line as well as the outer one, and siblings joined by "và"', () => {
    const text = 'Kế hoạch số 12/KH-UBND ngày 03/3/2024 của Ủy ban nhân dân tỉnh Hòa Bình về triển khai thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng công tác thông tin đối ngoại và Quyết định số 1079/QĐ-TTg ngày 14/9/2022 của Thủ tướng Chính phủ.';
    const found = parse(text);
    expect(found.map((c) => [c.symbol, c.issuer, c.title])).toEqual([
      ['12/KH-UBND', 'Ủy ban nhân dân tỉnh Hòa Bình', 'Triển khai thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng công tác thông tin đối ngoại'],
      ['57-KL/TW', 'Bộ Chính trị', 'Tiếp tục nâng cao chất lượng công tác thông tin đối ngoại'],
      ['1079/QĐ-TTg', 'Thủ tướng Chính phủ', null],
    ]);
  });

  it('treats a citation on the next line as a new item, unless the line broke after "của", "theo" …', () => {
    const list = 'Quyết định số 1079/QĐ-TTg ngày 14/9/2022 của Thủ tướng Chính phủ về phê duyệt Đề án truyền thông về quyền con người\nLuật Báo chí ngày 05 tháng 4 năm 2016';
    expect(parse(list).map((c) => c.title)).toEqual(['Phê duyệt Đề án truyền thông về quyền con người', 'Báo chí']);
    const wrapped = 'Nghị định số 101/2020/NĐ-CP của Chính phủ sửa đổi, bổ sung một số điều của\nNghị định số 123/2016/NĐ-CP của Chính phủ quy định chức năng;';
    expect(parse(wrapped).map((c) => c.title)).toEqual([
      'Sửa đổi, bổ sung một số điều của Nghị định số 123/2016/NĐ-CP của Chính phủ quy định chức năng',
      'Quy định chức năng',
    ]);
  });

  it('finds nothing in text without citations', () => {
    expect(parse('Tình hình công tác nhân quyền trong tháng; các quy định của pháp luật về báo chí.')).toEqual([]);
    expect(parse('')).toEqual([]);
  });
});

describe('parse: NFD input and look-alike characters', () => {
  it('gives the NFC result with spans that slice the NFD input exactly', () => {
    const nfd = ARTICLE.normalize('NFD');
    expect(nfd.length).toBeGreaterThan(ARTICLE.length);
    const fromNfd = parse(nfd);
    const fromNfc = parse(ARTICLE);
    expect(fromNfd.map(({ span: _span, ...rest }) => rest)).toEqual(fromNfc.map(({ span: _span, ...rest }) => rest));
    for (const [i, c] of fromNfd.entries()) {
      const nfc = fromNfc[i];
      expect(nfd.slice(c.span.start, c.span.end).normalize('NFC')).toBe(ARTICLE.slice(nfc?.span.start, nfc?.span.end));
    }
    expect(fromNfd[0]?.title?.normalize('NFC')).toBe(fromNfd[0]?.title);
  });

  it('reads symbols typed with a non-breaking hyphen, an en dash or the look-alike "Ð"', () => {
    const found = parse('Kết luận số 57\u2011KL/TW; Nghị định số 09/2017/N\u00d0-CP; Nghị định số 30/2020/NĐ\u2013CP');
    expect(found.map((c) => c.symbol)).toEqual(['57-KL/TW', '09/2017/NĐ-CP', '30/2020/NĐ-CP']);
  });
});

describe('parse: dates', () => {
  it.each([
    ['ngày 15/6/2023', '2023-06-15'],
    ['ngày 15-6-2023', '2023-06-15'],
    ['ngày 15.6.2023', '2023-06-15'],
    ['ngày 05/04/2016', '2016-04-05'],
    ['ngày 5/4/2016', '2016-04-05'],
    ['ngày 15 tháng 6 năm 2023', '2023-06-15'],
    ['ngày 05 tháng 02 năm 2017', '2017-02-05'],
    [', ngày 15/6/2023', '2023-06-15'],
    ['NGÀY 21 THÁNG 6 NĂM 2001', '2001-06-21'],
  ])('Vietnamese "%s"', (written, iso) => {
    expect(parse(`Kết luận số 57-KL/TW ${written} của Bộ Chính trị`)[0]?.date).toBe(iso);
  });

  it.each([
    ['dated September 14, 2022', '2022-09-14'],
    ['dated Sept. 14, 2022', '2022-09-14'],
    ['dated 14 September 2022', '2022-09-14'],
    ['dated 14th September, 2022', '2022-09-14'],
  ])('English "%s"', (written, iso) => {
    expect(parse(`Decision No. 1079/QD-TTg ${written} of the Prime Minister`)[0]?.date).toBe(iso);
  });

  it('warns on a date that does not exist and keeps the date null', () => {
    const [c] = parse('Quyết định số 15/QĐ-BNV ngày 31/02/2020 của Bộ Nội vụ');
    expect(c?.date).toBeNull();
    expect(c?.warnings).toEqual([{ code: 'invalid_date', written: '31/02/2020' }]);
  });
});

describe('parse: warnings', () => {
  it('flags a Party symbol written in the state shape and suggests the Party shape', () => {
    const [c] = parse('Nghị quyết số 18/NQ-TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII');
    expect(c).toMatchObject({ symbol: '18/NQ-TW', issuer: 'Ban Chấp hành Trung ương Đảng', term: 'XII' });
    expect(c?.warnings).toEqual([{ code: 'party_symbol_malformed', written: '18/NQ-TW', suggestion: '18-NQ/TW' }]);
  });

  it('flags a type word that does not match the symbol, and a symbol year that does not match the date', () => {
    expect(parse('Nghị quyết số 1079/QĐ-TTg ngày 14/9/2022')[0]?.warnings).toEqual([
      { code: 'type_code_mismatch', type: 'Nghị quyết', typeCode: 'QĐ', expectedCodes: ['NQ'] },
    ]);
    expect(parse('Nghị định số 09/2017/NĐ-CP ngày 09/02/2016')[0]?.warnings).toEqual([
      { code: 'symbol_year_mismatch', symbolYear: 2017, dateYear: 2016 },
    ]);
    expect(parse('Luật số 09/2017/NĐ-CP')[0]?.warnings.map((w) => w.code)).toEqual(['type_code_mismatch']);
  });

  it('accepts QĐ for both Quyết định and Quy định', () => {
    expect(parse('Quy định số 66-QĐ/TW; Quyết định số 31-QĐ/TW').flatMap((c) => c.warnings)).toEqual([]);
  });
});

describe('parse: registry checks', () => {
  it('warns when a number belongs to another stored document (57-NQ/TW vs 57-KL/TW)', () => {
    const [c] = parse('Nghị quyết số 57-NQ/TW ngày 15/6/2023 của Bộ Chính trị', { registry: REGISTRY });
    expect(c?.warnings).toEqual([{ code: 'registry_number_collision', directiveId: 'kl57-2023', registrySymbol: '57-KL/TW', citedSymbol: '57-NQ/TW' }]);
  });

  it('warns on another issuer, but treats an office-holder and the body as the same issuer', () => {
    expect(parse('Quyết định số 1079/QĐ-TTg ngày 14/9/2022 của Chính phủ', { registry: REGISTRY })[0]?.warnings).toEqual([
      { code: 'registry_issuer_mismatch', directiveId: 'qd1079-2022', registryIssuer: 'Thủ tướng Chính phủ', citedIssuer: 'Chính phủ' },
    ]);
    expect(parse('Thông tư số 12/2020/TT-BTC ngày 20/02/2020 của Bộ trưởng Bộ Tài chính', { registry: REGISTRY })[0]?.warnings).toEqual([]);
  });

  it('checks a law cited by name against the stored law of that name', () => {
    expect(parse('Căn cứ Luật Báo chí ngày 05 tháng 4 năm 2016;', { registry: REGISTRY })[0]?.warnings).toEqual([]);
    expect(parse('Căn cứ Luật Báo chí ngày 06 tháng 4 năm 2016;', { registry: REGISTRY })[0]?.warnings.map((w) => w.code)).toEqual(['registry_date_mismatch']);
  });

  it('warns when the stored document with this symbol is of another type', () => {
    expect(parse('Quy định số 57-KL/TW', { registry: REGISTRY })[0]?.warnings.map((w) => w.code)).toEqual(['type_code_mismatch', 'registry_type_mismatch']);
  });
});
