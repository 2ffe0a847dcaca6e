// Word count, references with their place (checked against ProseMirror's own positions) and internal notes.
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { editorSchema } from '../../../shared/editor/extensions.js';
import { forEachNode, internalNotesIn, internalNotesInSections, referencesIn, referencesInSections, wordCount } from '../../../shared/editor/text.js';
import type { RichDoc, RichNode } from '../../../shared/model/rich-text.js';
import { CANONICAL_DOC } from './canonical-doc.js';

const p = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content });
const t = (text: string, marks?: RichNode['marks']): RichNode => (marks ? { type: 'text', text, marks } : { type: 'text', text });
const doc = (...content: RichNode[]): RichDoc => ({ type: 'doc', content });

describe('forEachNode', () => {
  it('gives every node the position ProseMirror gives it', () => {
    const built = ProseMirrorNode.fromJSON(editorSchema(), CANONICAL_DOC);
    const ours: Array<[number, string]> = [];
    forEachNode(CANONICAL_DOC, (node, at) => ours.push([at.pos, node.type]));
    const theirs: Array<[number, string]> = [];
    built.descendants((node, pos) => {
      theirs.push([pos, node.type.name]);
    });
    expect(ours).toEqual(theirs);
  });
});

describe('referencesIn', () => {
  it('lists references in document order with path, position, top-level block and internal flag', () => {
    const refs = referencesIn(CANONICAL_DOC);
    expect(refs.map((ref) => [ref.kind, ref.at.path, ref.at.block, ref.at.internal])).toEqual([
      ['citation', [1, 1], 1, false],
      ['variable', [1, 3], 1, false],
      ['talkingPoint', [8], 8, false],
      ['qa', [9], 9, false],
      ['citation', [10, 0, 1], 10, true],
      ['directiveExcerpt', [11], 11, false],
      ['directiveExcerpt', [12], 12, false],
    ]);
    expect(refs[0]).toMatchObject({ kind: 'citation', directiveId: 'starter-57-kl-tw', pinpoint: 'mục 2' });
    expect(refs[2]).toMatchObject({ kind: 'talkingPoint', talkingPointId: 'sample-tp-thong-diep-chu-dao', revision: 3 });
    expect(refs[3]).toMatchObject({ kind: 'qa', qaId: 'sample-qa-1', revision: 1 });
    expect(refs[6]).toMatchObject({ kind: 'directiveExcerpt', directiveId: 'starter-1079-qd-ttg', excerptId: null });
  });

  it('positions point at the reference node in the editor document', () => {
    const built = ProseMirrorNode.fromJSON(editorSchema(), CANONICAL_DOC);
    const names = { citation: 'citation', variable: 'variable', talkingPoint: 'talkingPointBlock', qa: 'qaBlock', directiveExcerpt: 'directiveExcerpt' };
    for (const ref of referencesIn(CANONICAL_DOC)) expect(built.nodeAt(ref.at.pos)?.type.name, ref.kind).toBe(names[ref.kind]);
  });

  it('counts positions in UTF-16 units as ProseMirror does, with decomposed and astral text before the reference', () => {
    const value = doc(p(t('Hà Nội 😀 '.normalize('NFD')), { type: 'variable', attrs: { name: 'dia_danh' } }));
    const built = ProseMirrorNode.fromJSON(editorSchema(), value);
    const [ref] = referencesIn(value);
    expect(built.nodeAt(ref?.at.pos ?? -1)?.type.name).toBe('variable');
  });

  it('skips nodes whose attributes are invalid', () => {
    expect(referencesIn(doc(p({ type: 'citation', attrs: { directiveId: '' } }), p({ type: 'variable', attrs: { name: 'hop_le' } })))).toHaveLength(1);
  });

  it('tags each reference of a packet with its section', () => {
    const refs = referencesInSections([
      { id: 's1', content: doc(p(t('Không có gì'))) },
      { id: 's2', content: doc(p({ type: 'variable', attrs: { name: 'ky_bao_cao' } }), { type: 'qaBlock', attrs: { qaId: 'q', revision: 2 } }) },
    ]);
    expect(refs.map((ref) => [ref.sectionId, ref.sectionIndex, ref.kind, ref.at.pos])).toEqual([
      ['s2', 1, 'variable', 1],
      ['s2', 1, 'qa', 3],
    ]);
  });
});

describe('internal notes', () => {
  it('are found with their place and text', () => {
    const notes = internalNotesIn(CANONICAL_DOC);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.at.path).toEqual([10]);
    expect(notes[0]?.text).toBe('Không bình luận vụ án đang điều tra theo \nChuyển câu hỏi về cơ quan chức năng.');
  });

  it('are listed section by section', () => {
    const note = { type: 'internalNote', content: [p(t('Chỉ dùng nội bộ'))] } satisfies RichNode;
    const notes = internalNotesInSections([
      { id: 'a', content: doc(p(t('Công khai'))) },
      { id: 'b', content: doc(p(t('x')), note) },
    ]);
    expect(notes).toEqual([{ at: { path: [1], pos: 3, block: 1, internal: false }, text: 'Chỉ dùng nội bộ', sectionId: 'b', sectionIndex: 1 }]);
  });
});

describe('wordCount', () => {
  it.each<[string, RichNode, number]>([
    ['an empty document', doc(p()), 0],
    ['Vietnamese syllables separated by spaces', doc(p(t('Việt Nam luôn bảo đảm quyền con người'))), 8],
    ['non-breaking spaces, tabs and line breaks separate words', doc(p(t('Điều\u00a05\tkhoản 1'), { type: 'hardBreak' }, t('điểm a'))), 6],
    ['a word split by marks is one word', doc(p(t('Thông'), t('tin', [{ type: 'bold' }]), t(' đối ngoại'))), 3],
    ['punctuation alone is not a word; symbols with letters are', doc(p(t('Nghị định số 09/2017/NĐ-CP – ngày 9/2/2017 .'))), 6],
    ['citations and variables count one word each', doc(p(t('Theo'), { type: 'citation', attrs: { directiveId: 'd', pinpoint: '' } }, t('tháng'), { type: 'variable', attrs: { name: 'ky_bao_cao' } })), 4],
    ['blocks do not run together', doc(p(t('Một')), p(t('hai')), { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('ba'))] }] }), 3],
    ['embedded talking points and Q&A add nothing of their own', doc({ type: 'talkingPointBlock', attrs: { talkingPointId: 'tp', revision: 1 } }, p(t('bốn từ ở đây'))), 4],
  ])('%s', (_name, value, expected) => {
    expect(wordCount(value)).toBe(expected);
  });

  it('counts the canonical document', () => {
    // Counted by hand, block by block: 3 + 17 + 4 + 9 + 2 + 4 + 16 + 18 + 12 + 4.
    expect(wordCount(CANONICAL_DOC)).toBe(89);
  });
});
