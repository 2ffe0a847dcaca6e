// One document that uses every node and mark type of the schema with non-default attributes, written as ProseMirror's toJSON writes it.
import type { RichDoc, RichNode } from '../../../shared/model/rich-text.js';

const text = (value: string, marks?: RichNode['marks']): RichNode => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const paragraph = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content });
const cell = (type: 'tableCell' | 'tableHeader', value: string, attrs: Record<string, unknown> = {}): RichNode => ({
  type,
  attrs: { colspan: 1, rowspan: 1, colwidth: null, ...attrs },
  content: [paragraph(text(value))],
});

export const CANONICAL_DOC: RichDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [text('I. THÔNG BÁO')] },
    {
      type: 'paragraph',
      content: [
        text('Thực hiện '),
        { type: 'citation', attrs: { directiveId: 'starter-57-kl-tw', pinpoint: 'mục 2' } },
        text(', tháng '),
        { type: 'variable', attrs: { name: 'ky_bao_cao' } },
        text(' Sở đã '),
        text('tổ chức', [{ type: 'bold' }]),
        text(' hội nghị ', [{ type: 'bold' }, { type: 'italic' }]),
        text('tập huấn', [{ type: 'underline' }]),
        { type: 'hardBreak' },
        text('Xem ', [{ type: 'italic' }]),
        text('Cổng thông tin', [{ type: 'link', attrs: { href: 'https://chinhphu.vn/' } }, { type: 'bold' }]),
        text('.'),
      ],
    },
    { type: 'heading', attrs: { level: 4 }, content: [text('Các nội dung chính')] },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [paragraph(text('Quyền con người'))] },
        {
          type: 'listItem',
          content: [
            paragraph(text('Thông tin đối ngoại')),
            {
              type: 'orderedList',
              attrs: { start: 2, listStyle: 'lower-alpha' },
              content: [{ type: 'listItem', content: [paragraph(text('điểm b'))] }],
            },
          ],
        },
      ],
    },
    { type: 'orderedList', attrs: { start: 1, listStyle: 'decimal' }, content: [{ type: 'listItem', content: [paragraph(text('Khoản 1'))] }] },
    { type: 'blockquote', content: [paragraph(text('Trích dẫn tự do.'))] },
    { type: 'horizontalRule' },
    {
      type: 'table',
      content: [
        // Widths as a column resize leaves them: every cell of a column carries it (the editor's table fixer enforces that).
        { type: 'tableRow', content: [cell('tableHeader', 'Cơ quan báo chí', { colwidth: [180] }), cell('tableHeader', 'Câu hỏi', { colwidth: [320.5] })] },
        { type: 'tableRow', content: [cell('tableCell', 'Báo Nhân Dân', { colspan: 2, colwidth: [180, 320.5] })] },
        { type: 'tableRow', content: [cell('tableCell', 'VTV', { rowspan: 2, colwidth: [180] }), cell('tableCell', 'Về tiến độ', { colwidth: [320.5] })] },
        { type: 'tableRow', content: [cell('tableCell', 'Về kết quả', { colwidth: [320.5] })] },
      ],
    },
    { type: 'talkingPointBlock', attrs: { talkingPointId: 'sample-tp-thong-diep-chu-dao', revision: 3 } },
    { type: 'qaBlock', attrs: { qaId: 'sample-qa-1', revision: 1 } },
    {
      type: 'internalNote',
      content: [
        paragraph(text('Không bình luận vụ án đang điều tra theo '), { type: 'citation', attrs: { directiveId: 'starter-103-2016-qh13', pinpoint: '' } }),
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('Chuyển câu hỏi về cơ quan chức năng.'))] }] },
      ],
    },
    {
      type: 'directiveExcerpt',
      attrs: { directiveId: 'starter-57-kl-tw', excerptId: 'kl57-mo-dau' },
      content: [paragraph(text('Qua 10 năm thực hiện Kết luận số 16-KL/TW…')), paragraph(text('Đoạn thứ hai.'))],
    },
    { type: 'directiveExcerpt', attrs: { directiveId: 'starter-1079-qd-ttg', excerptId: null }, content: [paragraph(text('Phê duyệt Đề án.'))] },
    { type: 'paragraph' },
  ],
};

/** Every node type and mark type the document uses. */
export function typesUsed(node: RichNode, nodes = new Set<string>(), marks = new Set<string>()): { nodes: Set<string>; marks: Set<string> } {
  nodes.add(node.type);
  for (const mark of node.marks ?? []) marks.add(mark.type);
  for (const child of node.content ?? []) typesUsed(child, nodes, marks);
  return { nodes, marks };
}
