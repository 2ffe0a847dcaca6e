// "Dán trích dẫn" model: a pasted block becomes one row per document, classified against the library (add, update, already there, incomplete).
import { describe, expect, it } from 'vitest';
import { analysePaste, isSelected } from '../../../renderer/src/citations/pasteModel';
import { DIRECTIVE_SCHEMA_VERSION, directiveSchema, type Directive, type DirectiveFieldsInput } from '../../../shared/model/index';

let counter = 0;
function stored(fields: DirectiveFieldsInput): Directive {
  counter += 1;
  const at = '2026-11-26T08:00:00.000+07:00';
  return directiveSchema.parse({ ...fields, id: `stored-${String(counter).padStart(4, '0')}`, schemaVersion: DIRECTIVE_SCHEMA_VERSION, createdAt: at, updatedAt: at });
}

const KL57 = stored({
  type: 'Kết luận',
  number: '57',
  symbol: '57-KL/TW',
  issueDate: '2023-06-15',
  issuer: 'Bộ Chính trị',
  title: 'tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới',
});

const BLOCK =
  'Căn cứ Luật Báo chí số 103/2016/QH13 ngày 05 tháng 4 năm 2016; Căn cứ Nghị định số 09/2017/NĐ-CP ngày 09/02/2017 của Chính phủ quy định chi tiết việc phát ngôn và cung cấp thông tin cho báo chí của các cơ quan hành chính nhà nước; Căn cứ Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới;';

describe('analysePaste', () => {
  it('finds nothing in empty text', () => {
    expect(analysePaste('   ', [KL57])).toEqual([]);
  });

  it('classifies a legal-basis block: new documents are added, the stored one is already there', () => {
    const rows = analysePaste(BLOCK, [KL57]);
    expect(rows.map((r) => [r.fields.symbol, r.action])).toEqual([
      ['103/2016/QH13', 'create'],
      ['09/2017/NĐ-CP', 'create'],
      ['57-KL/TW', 'unchanged'],
    ]);
    expect(rows[2]?.target?.id).toBe(KL57.id);
    const selected = rows.filter((r) => isSelected(r, new Map()));
    expect(selected.map((r) => r.fields.symbol)).toEqual(['103/2016/QH13', '09/2017/NĐ-CP']);
  });

  it('offers a known document with more details as an update listing each change', () => {
    const [row] = analysePaste('Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị khóa XIII', [KL57]);
    expect(row?.action).toBe('update');
    expect(row?.changes).toEqual([{ field: 'issuerTerm', from: null, to: 'XIII' }]);
    expect(row && isSelected(row, new Map())).toBe(true);
    expect(row && isSelected(row, new Map([[row.key, false]]))).toBe(false);
  });

  it('does not preselect an update that contradicts the library (another date), and says why', () => {
    const [row] = analysePaste('Kết luận số 57-KL/TW ngày 16/6/2023 của Bộ Chính trị', [KL57]);
    expect(row?.action).toBe('update');
    expect(row?.changes.map((c) => c.field)).toEqual(['issueDate']);
    expect(row?.warnings.map((w) => w.code)).toContain('registry_date_mismatch');
    expect(row?.needsReview).toBe(true);
    expect(row && isSelected(row, new Map())).toBe(false);
  });

  it('keeps 57-NQ/TW apart from the stored 57-KL/TW, with the shared-number warning', () => {
    const [row] = analysePaste('Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị', [KL57]);
    expect(row?.action).toBe('create');
    expect(row?.warnings).toEqual([{ code: 'registry_number_collision', directiveId: KL57.id, registrySymbol: '57-KL/TW', citedSymbol: '57-NQ/TW' }]);
  });

  it('stores a malformed Party symbol in its correct form and keeps the warning', () => {
    const [row] = analysePaste('Nghị quyết số 18/NQ-TW ngày 25/10/2017 của Ban Chấp hành Trung ương về tinh gọn bộ máy', []);
    expect(row?.fields.symbol).toBe('18-NQ/TW');
    expect(row?.warnings).toEqual([{ code: 'party_symbol_malformed', written: '18/NQ-TW', suggestion: '18-NQ/TW' }]);
    expect(row?.action).toBe('create');
  });

  it('merges repeated mentions of one document into one row, and marks a citation nested in a subject', () => {
    const text =
      'Hướng dẫn số 111-HD/BTGTW ngày 11/8/2023 của Ban Tuyên giáo Trung ương về thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị; theo Kết luận số 57-KL/TW.';
    const rows = analysePaste(text, []);
    expect(rows.map((r) => r.fields.symbol)).toEqual(['111-HD/BTGTW', '57-KL/TW']);
    expect(rows[1]).toMatchObject({ occurrences: 2, nested: true });
    expect(rows[1]?.fields.issueDate).toBe('2023-06-15');
  });

  it('does not preselect a citation whose type contradicts its symbol', () => {
    const rows = analysePaste('Nghị quyết số 57-KL/TW', []);
    expect(rows[0]?.warnings.map((w) => w.code)).toContain('type_code_mismatch');
    expect(rows[0] && isSelected(rows[0], new Map())).toBe(false);
  });
});
