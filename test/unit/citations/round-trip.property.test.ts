// Property: a directive of any symbol shape, formatted as a full citation, parses back to the same fields (NFC and NFD).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { format, parse, type CitationDirective } from '../../../shared/citations/index.js';
import { typesForCode, type DirectiveTypeName } from '../../../shared/directives/types.js';

const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const documentNumber = fc.integer({ min: 1, max: 2500 }).map((n) => (n < 10 ? `0${n}` : String(n)));
const romanTerm = fc.constantFrom('IX', 'X', 'XI', 'XII', 'XIII', 'XIV');

/** Subject lines built from the vocabulary of real ones: verb-led ("Quy định …") and noun-led ("Công tác …"). */
const title = fc
  .tuple(
    fc.constantFrom(
      'Tiếp tục nâng cao chất lượng, hiệu quả',
      'Tăng cường',
      'Đẩy mạnh',
      'Quy định chi tiết',
      'Phê duyệt Đề án',
      'Ban hành Quy chế',
      'Hướng dẫn thực hiện',
      'Sửa đổi, bổ sung một số điều về',
      'Công tác',
      'Một số chủ trương, chính sách về',
      'Tổ chức các hoạt động kỷ niệm và',
    ),
    fc.constantFrom(
      'công tác thông tin đối ngoại',
      'hoạt động báo chí, xuất bản',
      'phát ngôn và cung cấp thông tin cho báo chí',
      'truyền thông về quyền con người',
      'chuyển đổi số quốc gia',
      'cải cách hành chính nhà nước',
      'bảo vệ nền tảng tư tưởng của Đảng',
    ),
    fc.constantFrom(
      '',
      ' trong tình hình mới',
      ' giai đoạn 2023 - 2028',
      ' của các cơ quan hành chính nhà nước',
      ' ở Việt Nam',
      ' năm 2024',
      ' thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị',
      ' theo Nghị định số 09/2017/NĐ-CP',
    ),
  )
  .map(([head, object, tail]) => `${head} ${object}${tail}`);

interface Shape {
  /** Builds the symbol from the number and the year of the date. */
  symbol: (number: string, year: string) => string;
  type: DirectiveTypeName;
  issuer: string;
  party: boolean;
}

function shape(symbol: Shape['symbol'], type: DirectiveTypeName, issuer: string, party = false): Shape {
  return { symbol, type, issuer, party };
}

const partyCode = (code: string, issuerCode: string, issuer: string): Shape =>
  shape((n) => `${n}-${code}/${issuerCode}`, typesForCode(code)[0] ?? 'Khác', issuer, true);

const SHAPES: Shape[] = [
  partyCode('KL', 'TW', 'Bộ Chính trị'),
  partyCode('NQ', 'TW', 'Ban Chấp hành Trung ương Đảng'),
  partyCode('CT', 'TW', 'Ban Bí thư'),
  partyCode('HD', 'BTGTW', 'Ban Tuyên giáo Trung ương'),
  partyCode('HD', 'VPTW', 'Văn phòng Trung ương Đảng'),
  partyCode('KH', 'TU', 'Tỉnh ủy Hòa Bình'),
  shape((n, y) => `${n}/${y}/NĐ-CP`, 'Nghị định', 'Chính phủ'),
  shape((n, y) => `${n}/${y}/NQ-CP`, 'Nghị quyết', 'Chính phủ'),
  shape((n, y) => `${n}/${y}/TT-BTTTT`, 'Thông tư', 'Bộ Thông tin và Truyền thông'),
  shape((n, y) => `${n}/${y}/TT-BTC`, 'Thông tư', 'Bộ trưởng Bộ Tài chính'),
  shape((n, y) => `${n}/${y}/TTLT-BNV-VPCP`, 'Thông tư liên tịch', 'Bộ Nội vụ và Văn phòng Chính phủ'),
  shape((n, y) => `${n}/${y}/QĐ-UBND`, 'Quyết định', 'Ủy ban nhân dân tỉnh Hậu Giang'),
  shape((n) => `${n}/QĐ-TTg`, 'Quyết định', 'Thủ tướng Chính phủ'),
  shape((n) => `${n}/CT-TTg`, 'Chỉ thị', 'Thủ tướng Chính phủ'),
  shape((n) => `${n}/KH-UBND`, 'Kế hoạch', 'Ủy ban nhân dân tỉnh Bắc Ninh'),
  shape((n) => `${n}/KH-BVHTTDL`, 'Kế hoạch', 'Bộ Văn hóa, Thể thao và Du lịch'),
  shape((n) => `${n}/TB-VPCP`, 'Thông báo', 'Văn phòng Chính phủ'),
  shape((n) => `${n}/BNV-VP`, 'Công văn', 'Bộ Nội vụ'),
  shape((n) => `${n}/VP-KGVX`, 'Công văn', 'Văn phòng Chính phủ'),
  shape((n) => `${n}/UBND-VX`, 'Công văn', 'Chủ tịch Ủy ban nhân dân tỉnh Cà Mau'),
  shape((n) => `${n}/VBHN-VPQH`, 'Văn bản hợp nhất', 'Văn phòng Quốc hội'),
  shape((n) => `${n}/VBHN-BTTTT`, 'Văn bản hợp nhất', 'Bộ Thông tin và Truyền thông'),
];

const LAW_NAMES = [
  'Báo chí',
  'Tiếp cận thông tin',
  'An ninh mạng',
  'Phòng, chống tham nhũng',
  'Tổ chức Chính phủ',
  'Cán bộ, công chức',
  'Ban hành văn bản quy phạm pháp luật',
  'Bảo vệ bí mật nhà nước',
  'Điều ước quốc tế',
];

const documentDirective: fc.Arbitrary<CitationDirective> = fc
  .record({ shape: fc.constantFrom(...SHAPES), number: documentNumber, date: isoDate, title, term: fc.option(romanTerm) })
  .map(({ shape: s, number, date, title: t, term }) => ({
    type: s.type,
    number,
    symbol: s.symbol(number, date.slice(0, 4)),
    issueDate: date,
    issuer: s.issuer,
    issuerTerm: s.party ? term : null,
    title: t,
  }));

const lawDirective: fc.Arbitrary<CitationDirective> = fc
  .record({
    name: fc.constantFrom(...LAW_NAMES),
    number: fc.integer({ min: 1, max: 150 }).map(String),
    date: isoDate,
    legislature: fc.integer({ min: 11, max: 15 }),
    withSymbol: fc.boolean(),
    ordinance: fc.boolean(),
  })
  .map(({ name, number, date, legislature, withSymbol, ordinance }) => ({
    type: ordinance ? 'Pháp lệnh' : 'Luật',
    number: withSymbol ? number : '',
    symbol: withSymbol ? `${number}/${date.slice(0, 4)}/${ordinance ? 'UBTVQH' : 'QH'}${legislature}` : '',
    issueDate: date,
    issuer: ordinance ? 'Ủy ban Thường vụ Quốc hội' : 'Quốc hội',
    issuerTerm: null,
    title: name,
  }));

const directive = fc.oneof(documentDirective, lawDirective);

function fieldsOf(d: CitationDirective) {
  return { type: d.type, symbol: d.symbol, date: d.issueDate, issuer: d.issuer, term: d.issuerTerm, title: d.title };
}

describe('format → parse round trip', () => {
  it('gives back type, symbol, date, issuer, term and title, and a span over the whole citation', () => {
    fc.assert(
      fc.property(directive, (d) => {
        const text = format(d, 'full');
        const [first] = parse(text);
        const parsed = first && { type: first.type, symbol: first.symbol, date: first.date, issuer: first.issuer, term: first.term, title: first.title };
        expect(parsed).toEqual(fieldsOf(d));
        expect(first?.span).toEqual({ start: 0, end: text.length });
        expect(first?.warnings).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('does the same for the NFD form of the citation', () => {
    fc.assert(
      fc.property(directive, (d) => {
        const text = format(d, 'full').normalize('NFD');
        const [first] = parse(text);
        expect(first && { type: first.type, symbol: first.symbol, date: first.date, issuer: first.issuer, title: first.title }).toEqual({
          type: d.type,
          symbol: d.symbol,
          date: d.issueDate,
          issuer: d.issuer,
          title: d.title,
        });
        expect(first?.span).toEqual({ start: 0, end: text.length });
      }),
      { numRuns: 150 },
    );
  });
});
