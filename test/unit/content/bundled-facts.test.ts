// The facts the bundled content asserts: the starter registry's verified citations, the sample topic's message house, and what each built-in template offers.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBundledContent, type BundledContent } from '../../../shared/content/bundle.js';
import { DIRECTIVE_TYPES } from '../../../shared/directives/types.js';
import { plainText, type Directive } from '../../../shared/model/index.js';
import { readRawBundle } from './load-bundled.js';

let content: BundledContent;

beforeAll(async () => {
  content = parseBundledContent(await readRawBundle());
});

function directive(symbol: string): Directive {
  const found = content.directives.find((d) => d.symbol === symbol);
  if (!found) throw new Error(`starter registry lacks ${symbol}`);
  return found;
}

/** Words as a reader counts them: runs separated by white space, punctuation-only runs ignored. */
function wordCount(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

describe('starter directive registry', () => {
  it.each([
    // symbol, type, issue date, issuer, term, effective from
    ['57-KL/TW', 'Kết luận', '2023-06-15', 'Bộ Chính trị', 'XIII', '2023-06-15'],
    ['16-KL/TW', 'Kết luận', '2012-02-14', 'Bộ Chính trị', 'XI', null],
    ['35-NQ/TW', 'Nghị quyết', '2018-10-22', 'Bộ Chính trị', 'XII', null],
    ['1079/QĐ-TTg', 'Quyết định', '2022-09-14', 'Thủ tướng Chính phủ', null, null],
    ['09/2017/NĐ-CP', 'Nghị định', '2017-02-09', 'Chính phủ', null, '2017-03-30'],
    ['72/2015/NĐ-CP', 'Nghị định', '2015-09-07', 'Chính phủ', null, '2015-10-22'],
    ['30/2020/NĐ-CP', 'Nghị định', '2020-03-05', 'Chính phủ', null, '2020-03-05'],
    ['103/2016/QH13', 'Luật', '2016-04-05', 'Quốc hội', 'XIII', '2017-01-01'],
    ['104/2016/QH13', 'Luật', '2016-04-06', 'Quốc hội', 'XIII', '2018-07-01'],
    ['111-HD/BTGTW', 'Hướng dẫn', '2023-08-11', 'Ban Tuyên giáo Trung ương', null, null],
    ['47/NQ-CP', 'Nghị quyết', '2024-04-15', 'Chính phủ', null, '2024-04-15'],
    ['126/2025/QH15', 'Luật', '2025-12-10', 'Quốc hội', 'XV', '2026-07-01'],
  ])('holds %s as verified', (symbol, type, issueDate, issuer, term, effectiveFrom) => {
    const d = directive(symbol);
    expect([d.type, d.issueDate, d.issuer, d.issuerTerm, d.effectiveFrom]).toEqual([type, issueDate, issuer, term, effectiveFrom]);
    expect(d.title).not.toBe('');
  });

  it('keeps the subject lines exactly as cited', () => {
    expect(directive('57-KL/TW').title).toBe('tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới');
    expect(directive('1079/QĐ-TTg').title).toBe('phê duyệt Đề án truyền thông về quyền con người ở Việt Nam');
    expect(directive('09/2017/NĐ-CP').title).toBe('quy định chi tiết việc phát ngôn và cung cấp thông tin cho báo chí của các cơ quan hành chính nhà nước');
    expect(directive('103/2016/QH13').title).toBe('Báo chí');
    expect(directive('104/2016/QH13').title).toBe('Tiếp cận thông tin');
  });

  it('tells 57-KL/TW (2023, foreign information) from 57-NQ/TW (2024, science and technology)', () => {
    const conclusion = directive('57-KL/TW');
    const resolution = directive('57-NQ/TW');
    expect(conclusion.id).not.toBe(resolution.id);
    expect(resolution.issueDate).toBe('2024-12-22');
    expect(conclusion.notes).toContain('57-NQ/TW');
  });

  it('records the Press and Access to Information laws of 2016 as superseded by their successors', () => {
    const press2016 = directive('103/2016/QH13');
    expect(press2016.status).toBe('superseded');
    expect(press2016.supersededBy).toBe(directive('126/2025/QH15').id);
    const access2016 = directive('104/2016/QH13');
    expect(access2016.status).toBe('superseded');
    const successor = content.directives.find((d) => d.id === access2016.supersededBy);
    expect(successor?.effectiveFrom).toBe('2026-09-01');
  });

  it('writes every symbol with a type code that matches its type and in the shape of its kind', () => {
    for (const d of content.directives) {
      if (d.symbol === '') continue;
      const info = DIRECTIVE_TYPES.find((t) => t.vi === d.type);
      const codes: readonly string[] = info?.codes ?? [];
      const typePart = d.symbol.match(/^\d+-([A-Za-zĐđ]+)\//u)?.[1] ?? d.symbol.match(/\/([A-Za-zĐđ]+)-/u)?.[1] ?? null;
      if (codes.length > 0) expect(codes, d.symbol).toContain(typePart);
      if (d.symbol.endsWith('/TW') || d.symbol.endsWith('/BTGTW')) expect(d.symbol, 'Party symbols use number-type/issuer').toMatch(/^\d+-[A-Z]+\/[A-Z]+$/u);
      if (d.type === 'Luật') expect(d.symbol).toMatch(/^\d+\/\d{4}\/QH\d+$/u);
    }
  });

  it('gives every in-force citation an English title or says why not in the notes', () => {
    for (const d of content.directives) {
      expect(d.titleEn !== '' || d.notes !== '', d.id).toBe(true);
    }
  });

  it('quotes excerpts with their article and clause references', () => {
    const decree = directive('09/2017/NĐ-CP');
    expect(decree.excerpts.map((e) => e.reference)).toEqual(['Điều 5 khoản 1', 'Điều 5 khoản 2 điểm a', 'Điều 5 khoản 2 điểm b', 'Điều 5 khoản 2 điểm c']);
    expect(decree.excerpts.find((e) => e.reference === 'Điều 5 khoản 2 điểm b')?.text).toContain('Ít nhất 3 tháng một lần tổ chức họp báo');
  });
});

describe('sample message house: Quyền con người', () => {
  it('has one primary message of at most 15 words and three pillars with three sourced proof points each', () => {
    const topic = content.talkingPoints.filter((t) => t.topic === 'Quyền con người');
    const primary = topic.filter((t) => t.houseRole === 'primary');
    expect(primary).toHaveLength(1);
    expect(wordCount(plainText(primary[0]?.message ?? { type: 'doc', content: [] }))).toBeLessThanOrEqual(15);
    const pillars = topic.filter((t) => t.houseRole === 'pillar');
    expect(pillars).toHaveLength(3);
    for (const pillar of pillars) {
      expect(pillar.proofPoints.length, pillar.id).toBeGreaterThanOrEqual(3);
      for (const proof of pillar.proofPoints) expect(proof.source.kind, proof.id).not.toBe('none');
    }
  });

  it('has at least five sensitive questions with drafted answers, some of them rebuttals with bridging lines', () => {
    const sensitive = content.qaItems.filter((q) => q.topic === 'Quyền con người' && q.sensitivity === 'sensitive');
    expect(sensitive.length).toBeGreaterThanOrEqual(5);
    for (const item of sensitive) expect(plainText(item.answer).trim().length, item.id).toBeGreaterThan(80);
    const rebuttals = content.qaItems.filter((q) => q.kind === 'rebuttal');
    expect(rebuttals.length).toBeGreaterThanOrEqual(2);
    for (const item of rebuttals) {
      expect(item.bridgingLines.length, item.id).toBeGreaterThan(0);
      expect(item.tags).toContain('phan-bac');
    }
  });

  it('is approved, bilingual, tagged nhan-quyen and due for review 90 days after approval', () => {
    for (const doc of [...content.talkingPoints, ...content.qaItems]) {
      expect(doc.approval.status, doc.id).toBe('approved');
      expect(doc.tags, doc.id).toContain('nhan-quyen');
      const approvedOn = Date.parse(`${(doc.approval.approvedAt ?? '').slice(0, 10)}T00:00:00Z`);
      const reviewBy = Date.parse(`${doc.reviewBy ?? ''}T00:00:00Z`);
      const days = (reviewBy - approvedOn) / 86_400_000;
      expect(days, doc.id).toBe(90);
    }
    for (const point of content.talkingPoints) expect(plainText(point.messageEn ?? { type: 'doc', content: [] }), point.id).not.toBe('');
    for (const item of content.qaItems) expect(item.questionEn, item.id).not.toBe('');
    expect(new Set(content.talkingPoints.map((t) => t.audience))).toEqual(new Set(['domestic_press', 'foreign_press']));
  });
});

describe('built-in templates', () => {
  it('are bilingual, list their cited directives automatically and keep internal material in internal sections', () => {
    for (const template of content.templates) {
      expect(template.builtIn).toBe(true);
      expect(template.nameEn, template.id).not.toBe('');
      expect(template.documentTitle, template.id).toMatch(/^[\p{Lu}\s]+$/u);
      for (const variable of template.variables) expect(variable.labelEn, variable.name).not.toBe('');
      for (const section of template.sections) {
        expect(section.titleEn, section.id).not.toBe('');
        expect(section.guidance.length, section.id).toBeGreaterThan(40);
      }
      expect(template.sections.filter((s) => s.auto?.kind === 'cited_directives'), template.id).toHaveLength(1);
      expect(template.sections.some((s) => s.internalOnly), template.id).toBe(true);
      for (const name of ['co_quan', 'dia_danh', 'ngay_hop_bao', 'nguoi_phat_ngon']) {
        expect(template.variables.map((v) => v.name), template.id).toContain(name);
      }
    }
  });

  it('cover the four periodic briefings', () => {
    const byPeriod = content.templates.map((t) => [t.periodicity.kind, t.periodicity.dueDay]);
    expect(byPeriod).toEqual([['monthly', 25], ['quarterly', 25], ['monthly', 10], ['weekly', 4]]);
    const [monthly, , humanRights, regular] = content.templates;
    expect(monthly?.sections.map((s) => s.title)).toEqual(expect.arrayContaining([
      'Thông tin tình hình kinh tế - xã hội tháng {{ky_bao_cao}}',
      'Thông tin về các vấn đề dư luận quan tâm',
      'Trả lời câu hỏi của phóng viên',
      'Định hướng trả lời / lưu ý nội bộ',
    ]));
    expect(humanRights?.sections.map((s) => s.title)).toContain('Tình hình công tác nhân quyền trong tháng {{ky_bao_cao}}');
    expect(humanRights?.sections.find((s) => s.auto?.kind === 'qa_by_tag')?.auto).toEqual({ kind: 'qa_by_tag', tag: 'nhan-quyen' });
    expect(regular?.sections.map((s) => s.title).filter((title) => /^[IV]+\. /u.test(title))).toEqual(['I. THÔNG BÁO', 'II. TRẢ LỜI CÂU HỎI']);
  });
});
