// Real citations of Party documents copied from public sources: every shape the parser must read, row by row.
import { describe, it } from 'vitest';
import { checkRow, type Row } from './rows.js';

const KL57_TITLE = 'Tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới';

const ROWS: Row[] = [
  {
    source: 'baocaovien.vn/huong-dan-nghien-cuu-hoc-tap-…-ket-luan-so-57-kl-tw-ngay-15-6-2023-cua-bo-chinh-tri/3658.html',
    text: 'Thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới, Ban Tuyên giáo Trung ương ban hành Hướng dẫn số 111-HD/BTGTW ngày 11/8/2023 về nghiên cứu, học tập, quán triệt, tuyên truyền và triển khai thực hiện Kết luận số 57-KL/TW.',
    expected: [
      { type: 'Kết luận', symbol: '57-KL/TW', date: '2023-06-15', issuer: 'Bộ Chính trị', title: KL57_TITLE },
      { type: 'Hướng dẫn', symbol: '111-HD/BTGTW', date: '2023-08-11', issuer: null, title: 'Nghiên cứu, học tập, quán triệt, tuyên truyền và triển khai thực hiện Kết luận số 57-KL/TW' },
      { type: 'Kết luận', symbol: '57-KL/TW', date: null, issuer: null, title: null },
    ],
  },
  {
    source: 'DOMAIN-VN.md (Kết luận 57-KL/TW as cited by the Central Propaganda Department)',
    text: 'Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới',
    expected: [{ type: 'Kết luận', symbol: '57-KL/TW', date: '2023-06-15', issuer: 'Bộ Chính trị', term: null, title: KL57_TITLE }],
  },
  {
    source: 'thads.moj.gov.vn/haugiang/noidung/tintuc/lists/hoatdongdoanthe/view_detail.aspx?itemid=85',
    text: 'tiếp tục đẩy mạnh việc thực hiện Nghị quyết số 35-NQ/TW, ngày 22/10/2018 của Bộ Chính trị khóa XII về "Tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới", đồng thời triển khai có hiệu quả Nghị quyết Đại hội XIII của Đảng.',
    expected: [
      { type: 'Nghị quyết', symbol: '35-NQ/TW', date: '2018-10-22', issuer: 'Bộ Chính trị', term: 'XII', title: 'Tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới' },
    ],
  },
  {
    source: 'hcma.vn/bao-ve-nen-tang-tu-tuong/',
    text: 'Thời gian qua, từ khi có Nghị quyết số 35-NQ/TW ngày 22-10-2018 của Bộ Chính trị về “Tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới” (sau đây gọi tắt là Nghị quyết 35), công tác này được triển khai ngày càng bài bản.',
    expected: [
      { type: 'Nghị quyết', symbol: '35-NQ/TW', date: '2018-10-22', issuer: 'Bộ Chính trị', title: 'Tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới' },
    ],
  },
  {
    source: 'baomoi.com/Thuc-hien-Chi-thi-so-03CTTW-cua-Bo-Chinh-tri-Noi-phai-di-doi-voi-lam/c/8779616.epi',
    text: 'Hội nghị toàn quốc sơ kết 1 năm thực hiện Chỉ thị số 03-CT/TW ngày 15-4-2011 của Bộ Chính trị về “Tiếp tục đẩy mạnh việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh”.',
    expected: [{ type: 'Chỉ thị', symbol: '03-CT/TW', date: '2011-04-15', issuer: 'Bộ Chính trị', title: 'Tiếp tục đẩy mạnh việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh' }],
  },
  {
    source: 'hdndtuyenquang.gov.vn/tin-hoat-dong/trang-402.html',
    text: 'Ban Tuyên giáo Trung ương đã tổ chức Hội nghị giao ban việc thực hiện Chỉ thị số 05-CT/TW ngày 15-5-2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh các tỉnh, thành ủy khu vực phía Bắc.',
    expected: [
      { type: 'Chỉ thị', symbol: '05-CT/TW', date: '2016-05-15', issuer: 'Bộ Chính trị', title: 'Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh các tỉnh, thành ủy khu vực phía Bắc' },
    ],
  },
  {
    source: 'hodine.com (article copied in lower case)',
    text: 'hiện nay, toàn Đảng, toàn dân, toàn quân ta đang tích cực thực hiện kết luận số 01-kl/tw ngày 18/5/2021 của bộ chính trị về tiếp tục thực hiện chỉ thị số 05-ct/tw của bộ chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách hồ chí minh.',
    expected: [
      { type: 'Kết luận', symbol: '01-KL/TW', date: '2021-05-18', issuer: 'Bộ Chính trị', title: 'Tiếp tục thực hiện chỉ thị số 05-ct/tw của bộ chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách hồ chí minh' },
      { type: 'Chỉ thị', symbol: '05-CT/TW', date: null, issuer: 'Bộ Chính trị', title: 'Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách hồ chí minh' },
    ],
  },
  {
    source: 'thnhanchinh.pgdthanhxuan.edu.vn/chi-bo/chi-thi-05-cttw-…/ct/21366/11317 (Party symbol written with "TƯ")',
    text: 'Được Bộ Chính trị ban hành ngày 15/5/2016, nội dung của Chỉ thị số 05-CT/TƯ nhằm bảo đảm thực hiện Nghị quyết lần thứ XII của Đảng.',
    expected: [{ type: 'Chỉ thị', symbol: '05-CT/TƯ', date: null, issuer: null, title: null, warnings: ['party_symbol_malformed'] }],
  },
  {
    source: 'truyenhinhtpth.vn/…/tiep-tuc-quan-triet-va-thuc-hien-chi-thi-05-ct-tw-… (space before the hyphen)',
    text: 'Ngày 27 tháng 3 năm 2003, Ban Bí thư ban hành Chỉ thị số 23 -CT/TW về đẩy mạnh nghiên cứu, tuyên truyền, giáo dục tư tưởng Hồ Chí Minh trong giai đoạn mới',
    expected: [{ type: 'Chỉ thị', symbol: '23-CT/TW', title: 'Đẩy mạnh nghiên cứu, tuyên truyền, giáo dục tư tưởng Hồ Chí Minh trong giai đoạn mới', warnings: ['symbol_reformatted'] }],
  },
  {
    source: 'arttimes.vn/tin-lien-hiep-vhnt-c45.html',
    text: 'Nhằm triển khai thực hiện có hiệu quả Kết luận số 84-KL/TW ngày 21/6/2024 của Bộ Chính trị khóa XIII về tiếp tục thực hiện Nghị quyết số 23-NQ/TW của Bộ Chính trị khóa X về “Tiếp tục xây dựng và phát triển văn học, nghệ thuật trong thời kỳ mới”, ngày 8/8, tại Hà Nội',
    expected: [
      { type: 'Kết luận', symbol: '84-KL/TW', date: '2024-06-21', issuer: 'Bộ Chính trị', term: 'XIII', title: 'Tiếp tục thực hiện Nghị quyết số 23-NQ/TW của Bộ Chính trị khóa X về “Tiếp tục xây dựng và phát triển văn học, nghệ thuật trong thời kỳ mới”' },
      { type: 'Nghị quyết', symbol: '23-NQ/TW', date: null, issuer: 'Bộ Chính trị', term: 'X', title: 'Tiếp tục xây dựng và phát triển văn học, nghệ thuật trong thời kỳ mới' },
    ],
  },
  {
    source: 'hoanhap.vn/tag/bieu-qua-tet',
    text: 'Thay mặt Ban Bí thư, Thường trực Ban Bí thư Trương Thị Mai đã ký ban hành Chỉ thị số 26-CT/TW ngày 23/11/2023 về việc tổ chức Tết Giáp Thìn năm 2024.',
    expected: [{ type: 'Chỉ thị', symbol: '26-CT/TW', date: '2023-11-23', issuer: null, title: 'Tổ chức Tết Giáp Thìn năm 2024' }],
  },
  {
    source: 'm.baokontum.com.vn/thoi-su-chinh-tri-21.html?page=282',
    text: 'Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp, tiến tới Đại hội XIII của Đảng; Thông báo Kết luận số 159-TB của Bộ Chính trị về việc thảo luận các văn kiện Đại hội XIII của Đảng, ngày 10/9/2020 Ban Tuyên giáo Trung ương có Hướng dẫn số 151-HD/BTGTW về việc công bố, thảo luận, lấy ý kiến nhân dân vào dự thảo các văn kiện trình Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.',
    expected: [
      { type: 'Chỉ thị', symbol: '35-CT/TW', date: null, issuer: 'Bộ Chính trị', title: 'Đại hội đảng bộ các cấp, tiến tới Đại hội XIII của Đảng' },
      { type: 'Hướng dẫn', symbol: '151-HD/BTGTW', date: null, issuer: null, title: 'Công bố, thảo luận, lấy ý kiến nhân dân vào dự thảo các văn kiện trình Đại hội đại biểu toàn quốc lần thứ XIII của Đảng' },
    ],
  },
  {
    source: 'baomoi.com/Phong-cach-quan-chung-tinh-dan-chu-va-su-neu-guong/c/10285432.epi ("văn bản số": type from the code)',
    text: 'QĐND - Ban Tuyên giáo Trung ương đã có văn bản số 71-HD/BTGTW hướng dẫn việc học tập chuyên đề về tấm gương đạo đức Hồ Chí Minh năm 2013.',
    expected: [{ type: 'Hướng dẫn', symbol: '71-HD/BTGTW', title: 'Hướng dẫn việc học tập chuyên đề về tấm gương đạo đức Hồ Chí Minh năm 2013' }],
  },
  {
    source: 'cafef.vn/chuc-danh-bi-thu.html (issuer given as a Central Committee plenum)',
    text: 'Tổng Bí thư Nguyễn Phú Trọng đã ký ban hành Nghị quyết số 18-NQ/TW Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng khóa XII về Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả.',
    expected: [
      { type: 'Nghị quyết', symbol: '18-NQ/TW', issuer: 'Ban Chấp hành Trung ương Đảng', term: 'XII', title: 'Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả' },
    ],
  },
  {
    source: 'phonha.com/2021/01/huong-dan-11-hdvptw-ve-thuc-van-ban-cua.html (issuer before the number; spaces lost in the copy)',
    text: 'Thi hành Điều 2 Quyết định của Bộ Chính trị số31-QĐ/TW, ngày 01-10-1997 ban hành Quy định “về thể loại, thẩm quyền banhành và thể thức văn bản của Đảng”',
    expected: [
      { type: 'Quyết định', symbol: '31-QĐ/TW', date: '1997-10-01', issuer: 'Bộ Chính trị', title: 'Ban hành Quy định “về thể loại, thẩm quyền banhành và thể thức văn bản của Đảng”' },
    ],
  },
  {
    source: 'stdt.danguykhoibinhthuan.vn/sotay/cong-tac-van-phong-cap-uy/the-thuc-van-ban/…',
    text: 'Các thành phần thể thức bắt buộc trong văn bản chính thức của Đảng được quy định tại Điều 15 Quy định số 66-QĐ/TW ngày 06/02/2017 của Ban Bí thư Trung ương Đảng, cụ thể:',
    expected: [{ type: 'Quy định', symbol: '66-QĐ/TW', date: '2017-02-06', issuer: 'Ban Bí thư Trung ương Đảng', title: null, warnings: [] }],
  },
  {
    source: '2mit.org/forum/threads/qui-dinh-ve-ban-hanh-van-ban-cua-doan.31554 (space instead of the hyphen)',
    text: 'Căn cứ Quy chế hoạt động của Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh khoá X, nhiệm kỳ 2012 - 2017 ban hành kèm theo Quyết định số 84 QĐ/TWĐTN ngày 22/02/2013 của Ban Chấp hành Trung ương Đoàn;',
    expected: [{ type: 'Quyết định', symbol: '84-QĐ/TWĐTN', date: '2013-02-22', issuer: 'Ban Chấp hành Trung ương Đoàn', warnings: ['symbol_reformatted'] }],
  },
];

describe('parse: real citations of Party documents', () => {
  it.each(ROWS.map((row) => [row.source, row] as const))('%s', (_source, row) => {
    checkRow(row);
  });
});
