// Find in packet: matches ignore case and Vietnamese diacritics, skip inline references, and point at the right document positions.
import { describe, expect, it } from 'vitest';
import { editorSchema } from '../../../shared/editor/extensions.js';
import { findInDoc, foldKeepingLength } from '../../../renderer/src/packets/composer/findMatches';

const schema = editorSchema();

function paragraph(...content: unknown[]) {
  return { type: 'paragraph', content };
}
const text = (value: string) => ({ type: 'text', text: value });

describe('find in packet', () => {
  it('folds each character without changing the length (positions stay valid)', () => {
    for (const sample of ['Quyền con người', 'ĐẢNG ủy', 'tháng 12/2023 — “quý”', 'emoji 🇻🇳 ở đây']) {
      expect(foldKeepingLength(sample)).toHaveLength(sample.length);
    }
    expect(foldKeepingLength('Quyền Đảng')).toBe('quyen dang');
  });

  it('finds without diacritics or case, in every block, and the ranges hold the words as written', () => {
    const doc = schema.nodeFromJSON({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [text('Quyền con người')] },
        paragraph(text('Bảo đảm quyền con người, '), { type: 'citation', attrs: { directiveId: 'dir-57-kl-tw', mention: 'auto' } }, text(' và QUYỀN CON NGƯỜI.')),
      ],
    });
    const ranges = findInDoc(doc, 'quyen con nguoi');
    expect(ranges.map((range) => doc.textBetween(range.from, range.to))).toEqual(['Quyền con người', 'quyền con người', 'QUYỀN CON NGƯỜI']);
    expect(findInDoc(doc, '  ĐẢM  ').map((range) => doc.textBetween(range.from, range.to))).toEqual(['đảm']);
  });

  it('never matches across an inline reference, and finds nothing for a blank query', () => {
    const doc = schema.nodeFromJSON({
      type: 'doc',
      content: [paragraph(text('Kết luận'), { type: 'citation', attrs: { directiveId: 'dir-57-kl-tw', mention: 'auto' } }, text('số 57'))],
    });
    expect(findInDoc(doc, 'luậnsố')).toEqual([]);
    expect(findInDoc(doc, 'số 57').map((range) => doc.textBetween(range.from, range.to))).toEqual(['số 57']);
    expect(findInDoc(doc, '   ')).toEqual([]);
  });
});
