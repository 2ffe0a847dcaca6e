// Real English citations (translations and English-language press): ASCII symbols restored, English dates and issuers.
import { describe, it } from 'vitest';
import { checkRow, type Row } from './rows.js';

const ROWS: Row[] = [
  {
    source: 'english.luatvietnam.vn/decision-no-1079-qd-ttg-approving-the-scheme-on-communications-about-human-rights-in-vietnam-229673-doc1.html',
    text: 'Decision No. 1079/QD-TTg dated September 14, 2022 of the Prime Minister approving the Scheme on communications about human rights in Vietnam',
    expected: [{ type: 'Quyết định', symbol: '1079/QĐ-TTg', date: '2022-09-14', issuer: 'Thủ tướng Chính phủ', title: null, titleEn: 'Approving the Scheme on communications about human rights in Vietnam' }],
  },
  {
    source: 'english.luatvietnam.vn/decree-no-123-2016-nd-cp-dated-september-01-2016-of-the-government-…-108179-doc1.html',
    text: 'Decree No. 123/2016/ND-CP dated September 01, 2016 of the Government on defining the functions, tasks, powers and organizational structures of ministries and ministerial-level agencies',
    expected: [{ type: 'Nghị định', symbol: '123/2016/NĐ-CP', date: '2016-09-01', issuer: 'Chính phủ', titleEn: 'Defining the functions, tasks, powers and organizational structures of ministries and ministerial-level agencies' }],
  },
  {
    source: 'dulieuphapluat.vn/van-ban/…/quyet-dinh-1079qd-ttg-…-1060727.html (English legal basis block)',
    text: 'Pursuant to the Law on Information Access dated April 6, 2016;\nPursuant to Decree No. 72/2015/ND-CP dated September 7, 2015 of the Government on management of foreign affair communications;\n...\nPursuant to Resolution No. 52-NQ/TW dated September 27, 2019 of Politburo on policies on active participation in the Fourth industrial revolution;\nAt request of Minister of Information and Communications.',
    expected: [
      { type: 'Luật', symbol: '', date: '2016-04-06', issuer: null, titleEn: 'Information Access' },
      { type: 'Nghị định', symbol: '72/2015/NĐ-CP', date: '2015-09-07', issuer: 'Chính phủ', titleEn: 'Management of foreign affair communications' },
      { type: 'Nghị quyết', symbol: '52-NQ/TW', date: '2019-09-27', issuer: 'Bộ Chính trị', titleEn: 'Policies on active participation in the Fourth industrial revolution' },
    ],
  },
  {
    source: 'en.sggp.org.vn/resolution-57-to-create-breakthroughs-in-socio-economic-development-party-chief-post115156.html',
    text: 'especially Resolution No.57-NQ/TW dated December 22, 2024 by the Politburo on breakthroughs in science and technology development, innovation, and national digital transformation.',
    expected: [{ type: 'Nghị quyết', symbol: '57-NQ/TW', date: '2024-12-22', issuer: 'Bộ Chính trị', titleEn: 'Breakthroughs in science and technology development, innovation, and national digital transformation' }],
  },
  {
    source: 'en.vietnamplus.vn/resolution-57-to-create-breakthroughs-in-socio-economic-development-party-chief-post308211.vnp ("dated on")',
    text: 'especially Resolution No.57-NQ/TW dated on December 22, 2024 by the Politburo on breakthroughs in science and technology development',
    expected: [{ type: 'Nghị quyết', symbol: '57-NQ/TW', date: '2024-12-22', issuer: 'Bộ Chính trị', titleEn: 'Breakthroughs in science and technology development' }],
  },
  {
    source: 'en.sggp.org.vn/vietnam-officially-apply-personal-data-protection-regulations-from-july-1-post103288.html',
    text: 'The regulations on the protection of personal data as per Decree No. 13/2023/ND-CP dated April 17, 2023 of the Government officially took effect from July 1.',
    expected: [{ type: 'Nghị định', symbol: '13/2023/NĐ-CP', date: '2023-04-17', issuer: 'Chính phủ', titleEn: null }],
  },
  {
    source: 'husta.vn/resolution-no-57-nq-tw-a-lever-for-the-breakthrough-of-science-and-technology (nested in an English subject)',
    text: 'on January 9, 2025, the Government issued Resolution No. 03/NQ-CP, promulgating the Government’s action program to implement Resolution No. 57-NQ/TW of the Politburo on breakthroughs in the development of science, technology, innovation, and national digital transformation.',
    expected: [
      { type: 'Nghị quyết', symbol: '03/NQ-CP', date: null, issuer: null, titleEn: 'Promulgating the Government’s action program to implement Resolution No. 57-NQ/TW of the Politburo on breakthroughs in the development of science, technology, innovation, and national digital transformation' },
      { type: 'Nghị quyết', symbol: '57-NQ/TW', date: null, issuer: 'Bộ Chính trị', titleEn: 'Breakthroughs in the development of science, technology, innovation, and national digital transformation' },
    ],
  },
  {
    source: 'vietnamlawmagazine.vn/nation-strives-to-improve-public-awareness-about-human-rights-49187.html (no "No.")',
    text: 'Under Decision 1079/QD-TTg, the Scheme will be implemented in 63 provinces and centrally run cities nationwide',
    expected: [{ type: 'Quyết định', symbol: '1079/QĐ-TTg', date: null, issuer: null, titleEn: null }],
  },
  {
    source: 'DOMAIN-VN.md (English text with an ASCII symbol, day-first date)',
    text: 'Decree No. 13/2023/ND-CP dated 17 April 2023',
    expected: [{ type: 'Nghị định', symbol: '13/2023/NĐ-CP', date: '2023-04-17', issuer: null }],
  },
];

describe('parse: real English citations', () => {
  it.each(ROWS.map((row) => [row.source, row] as const))('%s', (_source, row) => {
    checkRow(row);
  });
});
