// format(): the four citation styles, the connective before the subject, Decree 30 dates, laws, missing fields.
import { describe, expect, it } from 'vitest';
import { format, parse, type CitationDirective, type CitationStyle } from '../../../shared/citations/index.js';

const KL57: CitationDirective = {
  type: 'Kết luận',
  number: '57',
  symbol: '57-KL/TW',
  issueDate: '2023-06-15',
  issuer: 'Bộ Chính trị',
  issuerTerm: null,
  title: 'Tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới',
  titleEn: 'Continuing to improve the quality and effectiveness of external information work in the new situation',
};
const ND09: CitationDirective = {
  type: 'Nghị định',
  number: '09',
  symbol: '09/2017/NĐ-CP',
  issueDate: '2017-02-09',
  issuer: 'Chính phủ',
  issuerTerm: null,
  title: 'Quy định chi tiết việc phát ngôn và cung cấp thông tin cho báo chí của các cơ quan hành chính nhà nước',
};
const QD1079: CitationDirective = {
  type: 'Quyết định',
  number: '1079',
  symbol: '1079/QĐ-TTg',
  issueDate: '2022-09-14',
  issuer: 'Thủ tướng Chính phủ',
  issuerTerm: null,
  title: 'Phê duyệt Đề án truyền thông về quyền con người ở Việt Nam',
  titleEn: 'Approving the Scheme on communications about human rights in Vietnam',
};
const LAW_PRESS: CitationDirective = {
  type: 'Luật',
  number: '103',
  symbol: '103/2016/QH13',
  issueDate: '2016-04-05',
  issuer: 'Quốc hội',
  issuerTerm: null,
  title: 'Báo chí',
  titleEn: 'Press',
};
const LAW_ACCESS: CitationDirective = { type: 'Luật', number: '', symbol: '', issueDate: '2016-04-06', issuer: 'Quốc hội', issuerTerm: null, title: 'Tiếp cận thông tin' };
const NQ35: CitationDirective = {
  type: 'Nghị quyết',
  number: '35',
  symbol: '35-NQ/TW',
  issueDate: '2018-10-22',
  issuer: 'Bộ Chính trị',
  issuerTerm: 'XII',
  title: 'Tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới',
};
const TT_BTC: CitationDirective = { type: 'Thông tư', number: '12', symbol: '12/2020/TT-BTC', issueDate: '2020-02-20', issuer: 'Bộ trưởng Bộ Tài chính', issuerTerm: null, title: 'Hướng dẫn quản lý kinh phí' };
const HD111: CitationDirective = { type: 'Hướng dẫn', number: '111', symbol: '111-HD/BTGTW', issueDate: '2023-08-11', issuer: 'Ban Tuyên giáo Trung ương', issuerTerm: null, title: 'TTĐN trong tình hình mới' };

const CASES: [string, CitationDirective, CitationStyle, string][] = [
  ['Party conclusion, full', KL57, 'full', 'Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới'],
  ['Party conclusion, short', KL57, 'short', 'Kết luận số 57-KL/TW'],
  ['Party conclusion, basis', KL57, 'basis', 'Căn cứ Kết luận số 57-KL/TW ngày 15 tháng 6 năm 2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới;'],
  ['Party conclusion, English', KL57, 'en', 'Conclusion No. 57-KL/TW dated 15 June 2023 of the Politburo on continuing to improve the quality and effectiveness of external information work in the new situation'],
  ['decree opened by a verb, full (no "về", Decree 30 zeros)', ND09, 'full', 'Nghị định số 09/2017/NĐ-CP ngày 09/02/2017 của Chính phủ quy định chi tiết việc phát ngôn và cung cấp thông tin cho báo chí của các cơ quan hành chính nhà nước'],
  ['decree, basis', ND09, 'basis', 'Căn cứ Nghị định số 09/2017/NĐ-CP ngày 09 tháng 02 năm 2017 của Chính phủ quy định chi tiết việc phát ngôn và cung cấp thông tin cho báo chí của các cơ quan hành chính nhà nước;'],
  ['decree without an English title, English (ASCII symbol)', ND09, 'en', 'Decree No. 09/2017/ND-CP dated 9 February 2017 of the Government'],
  ['decision opened by "phê duyệt", full', QD1079, 'full', 'Quyết định số 1079/QĐ-TTg ngày 14/9/2022 của Thủ tướng Chính phủ phê duyệt Đề án truyền thông về quyền con người ở Việt Nam'],
  ['decision, English with a verb-led title', QD1079, 'en', 'Decision No. 1079/QD-TTg dated 14 September 2022 of the Prime Minister approving the Scheme on communications about human rights in Vietnam'],
  ['law, full', LAW_PRESS, 'full', 'Luật Báo chí số 103/2016/QH13 ngày 05/4/2016 của Quốc hội'],
  ['law, short', LAW_PRESS, 'short', 'Luật Báo chí'],
  ['law, basis (name and date only)', LAW_PRESS, 'basis', 'Căn cứ Luật Báo chí ngày 05 tháng 4 năm 2016;'],
  ['law, English', LAW_PRESS, 'en', 'Law on Press No. 103/2016/QH13 dated 5 April 2016 of the National Assembly'],
  ['law without a number, full', LAW_ACCESS, 'full', 'Luật Tiếp cận thông tin ngày 06/4/2016 của Quốc hội'],
  ['law without a number, basis', LAW_ACCESS, 'basis', 'Căn cứ Luật Tiếp cận thông tin ngày 06 tháng 4 năm 2016;'],
  ['law without English title, English', LAW_ACCESS, 'en', 'Law (Luật Tiếp cận thông tin) dated 6 April 2016 of the National Assembly'],
  ['Party resolution with a term', NQ35, 'full', 'Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị khóa XII về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới'],
  ['office-holder issuer, English', TT_BTC, 'en', 'Circular No. 12/2020/TT-BTC dated 20 February 2020 of the Minister of Finance'],
  ['office-holder issuer, full', TT_BTC, 'full', 'Thông tư số 12/2020/TT-BTC ngày 20/02/2020 của Bộ trưởng Bộ Tài chính hướng dẫn quản lý kinh phí'],
  ['subject starting with an acronym keeps its capitals', HD111, 'full', 'Hướng dẫn số 111-HD/BTGTW ngày 11/8/2023 của Ban Tuyên giáo Trung ương về TTĐN trong tình hình mới'],
  ['no date, no issuer, no title', { ...KL57, issueDate: null, issuer: '', title: '' }, 'full', 'Kết luận số 57-KL/TW'],
  ['a stored title that kept its "Về việc"', { ...ND09, title: 'Về việc công tác văn thư' }, 'full', 'Nghị định số 09/2017/NĐ-CP ngày 09/02/2017 của Chính phủ về công tác văn thư'],
  ['ASCII symbol restored', { ...ND09, symbol: '09/2017/ND-CP' }, 'short', 'Nghị định số 09/2017/NĐ-CP'],
];

describe('format', () => {
  it.each(CASES)('%s', (_name, directive, style, expected) => {
    expect(format(directive, style)).toBe(expected);
  });

  it.each([KL57, ND09, QD1079, NQ35, TT_BTC, HD111, LAW_PRESS, LAW_ACCESS].map((d) => [format(d, 'short'), d] as const))(
    'reads its own full and basis citations back: %s',
    (_name, d) => {
      const law = d.type === 'Luật';
      expect(parse(format(d, 'full'))[0]).toMatchObject({ type: d.type, symbol: d.symbol, date: d.issueDate, issuer: d.issuer, title: d.title });
      expect(parse(format(d, 'basis'))[0]).toMatchObject({ type: d.type, symbol: law ? '' : d.symbol, date: d.issueDate, title: d.title });
    },
  );
});
