// Benchmark of the citation engine: parsing 10,000-word paragraphs (real prose, NFD, hostile runs) against a plain scan.
import { format, parse, type CitationDirective } from '../../shared/citations/index.js';
import type { BenchSuite } from './suite.js';

/** A paragraph of the sample article and a legal-basis block: prose with sibling, nested and English citations. */
const PROSE = [
  'Tại hội nghị, đồng chí Phó Trưởng Ban Tuyên giáo Trung ương quán triệt Kết luận số 57-KL/TW, ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả công tác TTĐN trong tình hình mới; Quyết định số 1079/QĐ-TTg, ngày 14/9/2022 của Thủ tướng Chính phủ về phê duyệt Đề án truyền thông về quyền con người.',
  'Cập nhật tình hình và kết quả nổi bật của Việt Nam trong bảo đảm và phát huy quyền con người, thông tin về một số hoạt động chống phá của các thế lực thù địch, chia sẻ kinh nghiệm và giải đáp thắc mắc của các tỉnh.',
  'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019; Căn cứ Nghị định số 09/2017/NĐ-CP ngày 09 tháng 02 năm 2017 của Chính phủ quy định chi tiết việc phát ngôn và cung cấp thông tin cho báo chí của các cơ quan hành chính nhà nước;',
  'Nghị định số 101/2020/NĐ-CP ngày 28 tháng 8 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 123/2016/NĐ-CP ngày 01 tháng 9 năm 2016 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của bộ, cơ quan ngang bộ.',
  'Decision No. 1079/QD-TTg dated September 14, 2022 of the Prime Minister approving the Scheme on communications about human rights in Vietnam.',
].join(' ');

/** Words that look like the start of a citation but are not: every anchor, no symbol, no sentence end. */
const HOSTILE = 'nghị định quyết định số 12 ngày về việc của Bộ Chính trị quy định luật Luật văn bản số ';

/** Citations nested one in the next with no punctuation: every subject runs to the length limit. */
const NESTED = 'Quyết định số 12/QĐ-UBND về thực hiện ';

const PLAIN = 'Thông qua hội nghị đã bồi dưỡng kỹ năng, nghiệp vụ thông tin đối ngoại về quyền con người và nâng cao vai trò của các cơ quan. ';

function repeatToWords(unit: string, words: number): string {
  const unitWords = unit.trim().split(/\s+/).length;
  return Array.from({ length: Math.ceil(words / unitWords) }, () => unit).join(' ');
}

function medianMs(runs: number, task: () => unknown): number {
  for (let i = 0; i < 3; i++) task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/** Median process CPU time of one run: steadier than wall time when other processes share the cores. */
function medianCpuMs(runs: number, task: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    task();
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

const DIRECTIVE: CitationDirective = {
  type: 'Nghị định',
  number: '09',
  symbol: '09/2017/NĐ-CP',
  issueDate: '2017-02-09',
  issuer: 'Chính phủ',
  issuerTerm: null,
  title: 'Quy định chi tiết việc phát ngôn và cung cấp thông tin cho báo chí của các cơ quan hành chính nhà nước',
};

export const citationsSuite: BenchSuite = {
  name: 'citations',
  description: 'parse() over 10,000-word paragraphs; baseline: NFC + lower-case + one regex pass over the same text',
  async run({ log }) {
    const prose = repeatToWords(PROSE, 10_000);
    const nfd = prose.normalize('NFD');
    const hostile = repeatToWords(HOSTILE, 10_000);
    const plain = repeatToWords(PLAIN, 10_000);
    const nested = repeatToWords(NESTED, 10_000);
    const found = parse(prose).length;
    log(`prose: ${prose.length} characters, ${found} citations found`);
    const figures = {
      parse_10k_words_ms: medianMs(15, () => parse(prose)),
      parse_10k_words_cpu_ms: medianCpuMs(15, () => parse(prose)),
      parse_10k_words_nfd_ms: medianMs(15, () => parse(nfd)),
      parse_10k_hostile_words_ms: medianMs(15, () => parse(hostile)),
      parse_10k_plain_words_ms: medianMs(15, () => parse(plain)),
      parse_10k_nested_words_ms: medianMs(5, () => parse(nested)),
      baseline_scan_10k_words_ms: medianMs(15, () => prose.normalize('NFC').toLowerCase().match(/\d+\/\d+/g)),
      format_1000_citations_ms: medianMs(5, () => {
        for (let i = 0; i < 1000; i++) format(DIRECTIVE, i % 2 === 0 ? 'full' : 'basis');
      }),
      citations_in_10k_words: found,
    };
    return figures;
  },
};
