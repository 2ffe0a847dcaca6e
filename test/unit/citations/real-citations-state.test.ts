// Real citations of state documents (decrees, decisions, circulars, laws, công văn) copied from public sources.
import { describe, it } from 'vitest';
import { checkRow, type Row } from './rows.js';

const ND123 = 'Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ, cơ quan ngang Bộ';

const ROWS: Row[] = [
  {
    source: 'PRODUCT.md sample article (../samples/article-ttdn-quyen-con-nguoi.vi.txt)',
    text: 'chia sẻ kinh nghiệm, giải đáp thắc mắc, tháo gỡ khó khăn của các tỉnh trong triển khai Quyết định số 1079/QĐ-TTg.',
    expected: [{ type: 'Quyết định', symbol: '1079/QĐ-TTg', date: null, issuer: null, title: null }],
  },
  {
    source: 'cucbaochi.gov.vn/hoi-dap.htm?pageIndex=2',
    text: 'Ngày 07/10/2020, Chính phủ đã ban hành Nghị định số 119/2020/NĐ-CP thay thế Nghị định số 159/2013/NĐ-CP ngày 12/11/2013 quy định xử phạt vi phạm hành chính trong hoạt động báo chí, hoạt động xuất bản; trong đó sẽ có hình thức xử lý nghiêm hơn.',
    expected: [
      { type: 'Nghị định', symbol: '119/2020/NĐ-CP', date: null, issuer: null, title: 'Thay thế Nghị định số 159/2013/NĐ-CP ngày 12/11/2013 quy định xử phạt vi phạm hành chính trong hoạt động báo chí, hoạt động xuất bản' },
      { type: 'Nghị định', symbol: '159/2013/NĐ-CP', date: '2013-11-12', issuer: null, title: 'Quy định xử phạt vi phạm hành chính trong hoạt động báo chí, hoạt động xuất bản' },
    ],
  },
  {
    source: 'thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Van-ban-hop-nhat-04-VBHN-BNV-2024-…-621785.aspx',
    text: '1. Nghị định số 92/2017/NĐ-CP\nngày 07/8/2017 sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm\nsoát thủ tục hành chính, có hiệu lực thi hành kể từ ngày 25 tháng 9 năm 2017;\n2. Nghị định số 101/2020/NĐ-CP\nngày 28 tháng 8 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định\nsố 123/2016/NĐ-CP ngày 01 tháng 9 năm 2016 của Chính phủ quy định chức năng, nhiệm\nvụ, quyền hạn và cơ cấu tổ chức của bộ, cơ quan ngang bộ, có hiệu lực thi\nhành kể từ ngày 15 tháng 11 năm 2020;',
    expected: [
      { type: 'Nghị định', symbol: '92/2017/NĐ-CP', date: '2017-08-07', issuer: null, title: 'Sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính' },
      { type: 'Nghị định', symbol: '101/2020/NĐ-CP', date: '2020-08-28', issuer: 'Chính phủ', title: 'Sửa đổi, bổ sung một số điều của Nghị định số 123/2016/NĐ-CP ngày 01 tháng 9 năm 2016 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của bộ, cơ quan ngang bộ' },
      { type: 'Nghị định', symbol: '123/2016/NĐ-CP', date: '2016-09-01', issuer: 'Chính phủ', title: 'Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của bộ, cơ quan ngang bộ' },
    ],
  },
  {
    source: 'thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Van-ban-hop-nhat-04-VBHN-BNV-2024-…-621785.aspx (year printed as "201")',
    text: '3. Nghị định số 83/2024/NĐ-CP ngày 10 tháng 7 năm 2024 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 123/2016/NĐ-CP ngày 01 tháng 9 năm 201 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ, cơ quan ngang Bộ đã được sửa đổi, bổ sung một số điều theo Nghị định số 101/2020/NĐ-CP ngày 28 tháng 8 năm 2020 của Chính phủ; Nghị định số 10/2016/NĐ-CP ngày 01 tháng 02 năm 2016 của Chính phủ quy định về cơ quan thuộc Chính phủ đã được sửa đổi, bổ sung một số điều theo Nghị định số 47/2019/NĐ-CP ngày 05 tháng 6 năm 2019 của Chính phủ',
    expected: [
      { type: 'Nghị định', symbol: '83/2024/NĐ-CP', date: '2024-07-10', issuer: 'Chính phủ', title: `Sửa đổi, bổ sung một số điều của Nghị định số 123/2016/NĐ-CP ngày 01 tháng 9 năm 201 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ, cơ quan ngang Bộ` },
      { type: 'Nghị định', symbol: '123/2016/NĐ-CP', date: null, issuer: 'Chính phủ', title: ND123, warnings: ['invalid_date'] },
      { type: 'Nghị định', symbol: '101/2020/NĐ-CP', date: '2020-08-28', issuer: 'Chính phủ', title: null },
      { type: 'Nghị định', symbol: '10/2016/NĐ-CP', date: '2016-02-01', issuer: 'Chính phủ', title: 'Quy định về cơ quan thuộc Chính phủ' },
      { type: 'Nghị định', symbol: '47/2019/NĐ-CP', date: '2019-06-05', issuer: 'Chính phủ', title: null },
    ],
  },
  {
    source: 'songphuonglaw.com/index.php/bi-u-m-u (appendix note)',
    text: 'PHỤ LỤC\nMẪU TRÌNH BÀY VĂN BẢN VÀ BẢN SAO VĂN BẢN\n(Kèm theo Thông tư số 01/2011/TT-BNV ngày 19 tháng 01 năm 2011 của Bộ Nội vụ)',
    expected: [{ type: 'Thông tư', symbol: '01/2011/TT-BNV', date: '2011-01-19', issuer: 'Bộ Nội vụ', title: null, warnings: [] }],
  },
  {
    source: 'DOMAIN-VN.md (appendix note of Decree 30/2020)',
    text: '(Kèm theo Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ)',
    expected: [{ type: 'Nghị định', symbol: '30/2020/NĐ-CP', date: '2020-03-05', issuer: 'Chính phủ', title: null }],
  },
  {
    source: 'sri.org.vn/content/viewnews/vi/104 (joint circular, two issuers)',
    text: 'Những quy định về thể thức và kỹ thuật trình bày văn bản hành chính và bản sao văn bản được quy định tại Thông tư liên tịch số 55/2005/TTLT-BNV-VPCP ngày 06 tháng 5 năm 2005 của Bộ Nội vụ và Văn phòng Chính phủ hướng dẫn thể thức và kỹ thuật trình bày văn bản hành chính',
    expected: [{ type: 'Thông tư liên tịch', symbol: '55/2005/TTLT-BNV-VPCP', date: '2005-05-06', issuer: 'Bộ Nội vụ và Văn phòng Chính phủ', title: 'Hướng dẫn thể thức và kỹ thuật trình bày văn bản hành chính', warnings: [] }],
  },
  {
    source: 'caselaw.vn/van-ban-phap-luat/277453-thong-tu-lien-tich-02-2011-ttlt-vpcp-bnv-… ("giữa" two office-holders)',
    text: 'Thông tư liên tịch số 02/2011/TTLT-VPCP-BNV ngày 28/01/2011 giữa Chủ nhiệm Văn Phòng Chính Phủ và Bộ trưởng Bộ Nội vụ Hướng dẫn về chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Văn phòng Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương (Văn bản hết hiệu lực)',
    expected: [{ type: 'Thông tư liên tịch', symbol: '02/2011/TTLT-VPCP-BNV', date: '2011-01-28', issuer: 'Chủ nhiệm Văn Phòng Chính Phủ và Bộ trưởng Bộ Nội vụ', title: 'Hướng dẫn về chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Văn phòng Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương (Văn bản hết hiệu lực)' }],
  },
  {
    source: 'vigmr.vn/2017/10/10/thong-tu-lien-tich-so-012011tt-bnv/ (type word and symbol disagree)',
    text: 'Thông tư liên tịch Số: 01/2011/TT-BNV',
    expected: [{ type: 'Thông tư liên tịch', symbol: '01/2011/TT-BNV', warnings: ['type_code_mismatch'] }],
  },
  {
    source: 'vinanet.vn/van-ban-phap-luat/thong-tu-so-232016tt-btttt-659388.html (issuer before the date, odd capitals)',
    text: 'Thông tư số 23/2016/TT-BTTTT của Bộ thông tin và truyền Thông ngày 02 tháng 11 năm 2016 về việc Quy định về điều tra sản lượng và giá cước bình quân đối với dịch vụ bưu chính công ích và dịch vụ công ích trong hoạt động phát hành báo chí.',
    expected: [{ type: 'Thông tư', symbol: '23/2016/TT-BTTTT', date: '2016-11-02', issuer: 'Bộ Thông tin và Truyền thông', title: 'Quy định về điều tra sản lượng và giá cước bình quân đối với dịch vụ bưu chính công ích và dịch vụ công ích trong hoạt động phát hành báo chí' }],
  },
  {
    source: 'tailieu.vn/doc/quyet-dinh-so-28-2002-qd-bvhtt-1580209.html (legal basis, old "số/CP" symbol, lower-case type word)',
    text: 'Căn cứ Nghị định số 81/CP ngày 08/11/1993 của Chính phủ về chức năng, nhiệm vụ, quyền hạn và tổ chức bộ máy của Bộ Văn hóa - Thông tin;\nCăn cứ nghị định số 31/2001/NĐ-CP ngày 26/6/2001 của Chính phủ về xử phạt vi phạm hành chính trong lĩnh vực văn hóa - thông tin;',
    expected: [
      { type: 'Nghị định', symbol: '81/CP', date: '1993-11-08', issuer: 'Chính phủ', title: 'Chức năng, nhiệm vụ, quyền hạn và tổ chức bộ máy của Bộ Văn hóa - Thông tin' },
      { type: 'Nghị định', symbol: '31/2001/NĐ-CP', date: '2001-06-26', issuer: 'Chính phủ', title: 'Xử phạt vi phạm hành chính trong lĩnh vực văn hóa - thông tin' },
    ],
  },
  {
    source: 'luatvietnam.vn/tai-chinh/chi-thi-16-2001-ct-ttg-thu-tuong-chinh-phu-12132-d1.html (title in capitals, issuer before the number)',
    text: 'CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC XÂY DỰNG KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI VÀ DỰ TOÁN NGÂN SÁCH NHÀ NƯỚC NĂM 2002',
    expected: [{ type: 'Chỉ thị', symbol: '16/2001/CT-TTg', date: '2001-06-21', issuer: 'Thủ tướng Chính phủ', title: 'Xây dựng kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2002' }],
  },
  {
    source: 'luatvietnam.vn/tai-chinh/chi-thi-16-2001-ct-ttg-thu-tuong-chinh-phu-12132-d1.html',
    text: 'các giải pháp phát triển kinh tế - xã hội đã đề ra trong Nghị quyết tại các phiên họp Chính phủ thường kỳ năm 2001 và Nghị quyết số 05/2001/NQ-CP ngày 24 tháng 5 năm 2001 của Chính phủ về việc bổ sung một số giải pháp điều hành kế hoạch kinh tế năm 2001; đồng thời tiến hành triển khai',
    expected: [{ type: 'Nghị quyết', symbol: '05/2001/NQ-CP', date: '2001-05-24', issuer: 'Chính phủ', title: 'Bổ sung một số giải pháp điều hành kế hoạch kinh tế năm 2001' }],
  },
  {
    source: 'phapluatcongdong.vn/van-ban/van-ban-khac-155-kh-ubnd-ban-hanh-tinh-bac-ninh-nam-2017-p121216.htm',
    text: 'Thực hiện Luật Hộ tịch năm 2014, Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Hộ tịch và Quyết định số 101/QĐ-TTG ngày 23/01/2017 của Thủ tướng Chính phủ về việc phê duyệt Chương trình hành động quốc gia của Việt Nam về đăng ký và thống kê hộ tịch giai đoạn 2017 - 2024; Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai',
    expected: [
      { type: 'Luật', symbol: '', date: null, title: 'Hộ tịch' },
      { type: 'Nghị định', symbol: '123/2015/NĐ-CP', date: '2015-11-15', issuer: 'Chính phủ', title: 'Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Hộ tịch' },
      { type: 'Luật', symbol: '', date: null, title: 'Hộ tịch' },
      { type: 'Quyết định', symbol: '101/QĐ-TTg', date: '2017-01-23', issuer: 'Thủ tướng Chính phủ', title: 'Phê duyệt Chương trình hành động quốc gia của Việt Nam về đăng ký và thống kê hộ tịch giai đoạn 2017 - 2024' },
    ],
  },
  {
    source: 'thuvienphapluat.vn/cong-van/Bo-may-hanh-chinh/Cong-van-2291-BNV-CQDP-2024-…-609340.aspx (Standing Committee resolution)',
    text: 'Căn cứ Nghị quyết số 35/2023/UBTVQH15 ngày 12/7/2023 của Ủy ban Thường vụ Quốc hội về việc sắp xếp đơn vị hành chính (ĐVHC) cấp huyện, cấp xã giai đoạn 2023-2030; Nghị quyết số 117/NQ-CP ngày 30/7/2023 của Chính phủ ban hành Kế hoạch thực hiện sắp xếp ĐVHC cấp huyện, cấp xã giai đoạn 2023-2025;',
    expected: [
      { type: 'Nghị quyết', symbol: '35/2023/UBTVQH15', date: '2023-07-12', issuer: 'Ủy ban Thường vụ Quốc hội', title: 'Sắp xếp đơn vị hành chính (ĐVHC) cấp huyện, cấp xã giai đoạn 2023-2030' },
      { type: 'Nghị quyết', symbol: '117/NQ-CP', date: '2023-07-30', issuer: 'Chính phủ', title: 'Ban hành Kế hoạch thực hiện sắp xếp ĐVHC cấp huyện, cấp xã giai đoạn 2023-2025' },
    ],
  },
  {
    source: '123docz.net/document/4929052-huong-dan-trinh-bay-van-ban-theo-thong-tu-01.htm (công văn, aside in parentheses)',
    text: 'Căn cứ công văn số 2457/UBND-VX ngày 29 tháng 05 năm 2012 của Chủ tịch UBND Tỉnh Cà Mau (Triển khai thực hiện chỉ thị số 15/CT-TTg ngày 22/05/2012 của Thủ tướng Chính phủ đăng tải trên Cổng Thông tin điện tử Chính phủ) về việc tăng cường sử dụng văn bản điện tử trong hoạt động của cơ quan nhà nước;',
    expected: [
      { type: 'Công văn', symbol: '2457/UBND-VX', date: '2012-05-29', issuer: 'Chủ tịch UBND Tỉnh Cà Mau', title: 'Tăng cường sử dụng văn bản điện tử trong hoạt động của cơ quan nhà nước', warnings: [] },
      { type: 'Chỉ thị', symbol: '15/CT-TTg', date: '2012-05-22', issuer: 'Thủ tướng Chính phủ', title: null },
    ],
  },
  {
    source: 'text.123docz.net/document/5932142-quyet-dinh-so-1961-2019-qd-ubnd-tinh-kien-giang.htm (hyphens lost in a PDF copy; no "của")',
    text: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nCăn cứ Nghị quyết số 30c/NQCP ngày 08 tháng 11 năm 2011 của Chính phủ ban hành Chương \ntrình Tổng thể cải cách hành chính nhà nước giai đoạn 20112020;\nCăn cứ Nghị định số 61/2018/NĐCP ngày 23 tháng 4 năm 2018 Chính phủ về thực hiện cơ chế \nmột cửa, cơ chế một cửa liên thông trong giải quyết thủ tục hành chính;',
    expected: [
      { type: 'Luật', symbol: '', date: '2015-06-19', issuer: null, title: 'Tổ chức chính quyền địa phương' },
      { type: 'Nghị quyết', symbol: '30c/NQCP', date: '2011-11-08', issuer: 'Chính phủ', title: 'Ban hành Chương trình Tổng thể cải cách hành chính nhà nước giai đoạn 20112020' },
      { type: 'Nghị định', symbol: '61/2018/NĐCP', date: '2018-04-23', issuer: 'Chính phủ', title: 'Thực hiện cơ chế một cửa, cơ chế một cửa liên thông trong giải quyết thủ tục hành chính' },
    ],
  },
  {
    source: 'DOMAIN-VN.md (công văn on Conclusion 57)',
    text: 'Công văn số 7554/VP-KGVX về việc phổ biến và tổ chức thực hiện Kết luận số 57-KL/TW',
    expected: [
      { type: 'Công văn', symbol: '7554/VP-KGVX', date: null, issuer: null, title: 'Phổ biến và tổ chức thực hiện Kết luận số 57-KL/TW', warnings: [] },
      { type: 'Kết luận', symbol: '57-KL/TW', date: null, issuer: null, title: null },
    ],
  },
  {
    source: 'DOMAIN-VN.md (Luật Báo chí)',
    text: 'Luật Báo chí số 103/2016/QH13 ngày 05 tháng 4 năm 2016 của Quốc hội',
    expected: [{ type: 'Luật', symbol: '103/2016/QH13', date: '2016-04-05', issuer: 'Quốc hội', title: 'Báo chí', warnings: [] }],
  },
  {
    source: 'dqtv.vn/2020/03/thu-tuong-yeu-cau-xay-dung-phuong-ap.html',
    text: 'Thủ tướng Nguyễn Xuân Phúc vừa ra Chỉ thị số 15/CT-TTg về việc thực hiện đợt cao điểm phòng, chống dịch Covid-19.',
    expected: [{ type: 'Chỉ thị', symbol: '15/CT-TTg', date: null, issuer: null, title: 'Thực hiện đợt cao điểm phòng, chống dịch Covid-19' }],
  },
  {
    source: 'vietjack.me/phap-luat/nghi-dinh-123-2016-nd-cp-… (no "số", subject opened by a verb)',
    text: 'Nghị định 123/2016/NĐ-CP quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ, cơ quan ngang Bộ',
    expected: [{ type: 'Nghị định', symbol: '123/2016/NĐ-CP', date: null, issuer: null, title: ND123 }],
  },
  {
    source: 'tchanhpb.violet.vn/present/thong-tu-so-01-2011-tt-bnv-ngay-19-01-2011-cua-bo-noi-vu-6725093.html (title slide in capitals)',
    text: 'THÔNG TƯ SỐ 01/2011/TT-BNV\n  Ngày 19/01/2011 của Bộ Nội Vụ',
    expected: [{ type: 'Thông tư', symbol: '01/2011/TT-BNV', date: '2011-01-19', issuer: 'Bộ Nội vụ' }],
  },
  {
    source: 'thvl.vn/chuyen-de-thvl/goc-nhin-su-that-trach-nhiem-bao-ve-nen-tang-tu-tuong-cua-dang/ (no symbol: not a citation)',
    text: 'Thực hiện Nghị quyết 35 ngày 22/10/2018 của Bộ Chính trị về Bảo vệ vững chắc nền tảng tư tưởng của Đảng',
    expected: [],
  },
];

describe('parse: real citations of state documents', () => {
  it.each(ROWS.map((row) => [row.source, row] as const))('%s', (_source, row) => {
    checkRow(row);
  });
});
