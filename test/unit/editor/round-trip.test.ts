// Every node and mark survives stored JSON → ProseMirror → JSON and a headless tiptap editor; insert commands produce valid documents.
import { Editor, type JSONContent } from '@tiptap/core';
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { afterEach, describe, expect, it } from 'vitest';
import { createExtensions, editorSchema } from '../../../shared/editor/extensions.js';
import { MARK_TYPES, NODE_TYPES } from '../../../shared/editor/nodes.js';
import { validateRichDoc } from '../../../shared/editor/validate.js';
import { richDocSchema, type RichNode } from '../../../shared/model/rich-text.js';
import { CANONICAL_DOC, typesUsed } from './canonical-doc.js';

const schema = editorSchema();

function firstOfType(node: RichNode, type: string): RichNode | undefined {
  if (node.type === type) return node;
  for (const child of node.content ?? []) {
    const found = firstOfType(child, type);
    if (found) return found;
  }
  return undefined;
}

let editor: Editor | null = null;

function headless(content: JSONContent, options: Parameters<typeof createExtensions>[0] = {}): Editor {
  editor = new Editor({ extensions: createExtensions(options), content });
  return editor;
}

afterEach(() => {
  editor?.destroy();
  editor = null;
});

describe('stored JSON round trip', () => {
  it('the canonical document uses every node and mark type', () => {
    const used = typesUsed(CANONICAL_DOC);
    expect([...used.nodes].sort()).toEqual([...NODE_TYPES].sort());
    expect([...used.marks].sort()).toEqual([...MARK_TYPES].sort());
  });

  it.each(NODE_TYPES)('%s keeps its attributes and content through ProseMirror', (type) => {
    const node = firstOfType(CANONICAL_DOC, type);
    if (!node) throw new Error(`no ${type} in the canonical document`);
    const built = ProseMirrorNode.fromJSON(schema, node);
    expect(built.toJSON()).toEqual(node);
  });

  it('the whole document checks and comes back unchanged', () => {
    const built = ProseMirrorNode.fromJSON(schema, CANONICAL_DOC);
    expect(() => built.check()).not.toThrow();
    expect(built.toJSON()).toEqual(CANONICAL_DOC);
  });

  it('the zod schema of stored rich text and the validator both accept it unchanged', () => {
    expect(richDocSchema.parse(CANONICAL_DOC)).toEqual(CANONICAL_DOC);
    const checked = validateRichDoc(CANONICAL_DOC);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    expect(checked.warnings).toEqual([]);
    expect(checked.doc.toJSON()).toEqual(CANONICAL_DOC);
  });

  it('a headless editor loads and gives back the same JSON', () => {
    expect(headless(CANONICAL_DOC).getJSON()).toEqual(CANONICAL_DOC);
  });
});

describe('insert commands', () => {
  const start: JSONContent = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Theo ' }] }] };

  it('insertCitation and insertVariable put inline atoms at the cursor', () => {
    const ed = headless(start);
    ed.commands.setTextSelection(6);
    expect(ed.commands.insertCitation({ directiveId: 'starter-57-kl-tw' })).toBe(true);
    expect(ed.commands.insertVariable({ name: 'ky_bao_cao' })).toBe(true);
    expect(ed.getJSON().content?.[0]?.content).toEqual([
      { type: 'text', text: 'Theo ' },
      { type: 'citation', attrs: { directiveId: 'starter-57-kl-tw', pinpoint: '' } },
      { type: 'variable', attrs: { name: 'ky_bao_cao' } },
    ]);
    expect(validateRichDoc(ed.getJSON()).ok).toBe(true);
  });

  it('refuses a citation without a directive and a variable with an invalid name', () => {
    const ed = headless(start);
    expect(() => ed.commands.insertCitation({ directiveId: '' })).toThrow();
    expect(() => ed.commands.insertVariable({ name: 'Kỳ báo cáo' })).toThrow();
    expect(ed.getJSON()).toEqual(start);
  });

  it('insertTalkingPoint, insertQa and insertDirectiveExcerpt add blocks one after another and leave the cursor below them', () => {
    const ed = headless(start);
    ed.commands.setTextSelection(6);
    ed.commands.insertTalkingPoint({ talkingPointId: 'tp-1', revision: 2 });
    ed.commands.insertQa({ qaId: 'qa-1', revision: 5 });
    ed.commands.insertDirectiveExcerpt({ directiveId: 'starter-57-kl-tw', excerptId: 'kl57-mo-dau', text: 'Dòng một\n\nDòng hai ' });
    ed.commands.insertContent({ type: 'text', text: 'Tiếp theo' });
    const json = ed.getJSON();
    expect(json).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Theo ' }] },
        { type: 'talkingPointBlock', attrs: { talkingPointId: 'tp-1', revision: 2 } },
        { type: 'qaBlock', attrs: { qaId: 'qa-1', revision: 5 } },
        {
          type: 'directiveExcerpt',
          attrs: { directiveId: 'starter-57-kl-tw', excerptId: 'kl57-mo-dau' },
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Dòng một' }] },
            { type: 'paragraph', content: [{ type: 'text', text: 'Dòng hai' }] },
          ],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'Tiếp theo' }] },
      ],
    });
    expect(validateRichDoc(json).ok).toBe(true);
  });

  it('a block inserted in the middle of a paragraph splits it and typing continues in the second half', () => {
    const ed = headless({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'TrướcSau' }] }] });
    ed.commands.setTextSelection(6);
    ed.commands.insertQa({ qaId: 'qa-1', revision: 1 });
    ed.commands.insertContent({ type: 'text', text: '→' });
    expect(ed.getJSON().content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Trước' }] },
      { type: 'qaBlock', attrs: { qaId: 'qa-1', revision: 1 } },
      { type: 'paragraph', content: [{ type: 'text', text: '→Sau' }] },
    ]);
  });

  it('toggleInternalNote wraps the paragraph and unwraps it again', () => {
    const ed = headless(start);
    ed.commands.setTextSelection(3);
    expect(ed.commands.toggleInternalNote()).toBe(true);
    expect(ed.getJSON().content?.[0]?.type).toBe('internalNote');
    expect(ed.commands.toggleInternalNote()).toBe(true);
    expect(ed.getJSON()).toEqual(start);
  });

  it('setOrderedListStyle switches a list between "1." and "a)"', () => {
    const ed = headless({
      type: 'doc',
      content: [{ type: 'orderedList', attrs: { start: 1, listStyle: 'decimal' }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Một' }] }] }] }],
    });
    ed.commands.setTextSelection(4);
    expect(ed.commands.setOrderedListStyle('lower-alpha')).toBe(true);
    expect(ed.getJSON().content?.[0]?.attrs).toEqual({ start: 1, listStyle: 'lower-alpha' });
  });

  it('a link with a javascript: target is refused by setLink', () => {
    const ed = headless(start);
    ed.commands.setTextSelection({ from: 1, to: 5 });
    expect(ed.commands.setLink({ href: 'javascript:alert(1)' })).toBe(false);
    expect(ed.commands.setLink({ href: 'https://chinhphu.vn' })).toBe(true);
    expect(ed.getJSON().content?.[0]?.content?.[0]?.marks).toEqual([{ type: 'link', attrs: { href: 'https://chinhphu.vn' } }]);
  });
});

describe('text written for copied references', () => {
  it('uses the labels the renderer passes, and {{name}} for variables by default', () => {
    const ed = headless(
      {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Theo ' }, { type: 'citation', attrs: { directiveId: 'kl57', pinpoint: '' } }, { type: 'text', text: ', kỳ ' }, { type: 'variable', attrs: { name: 'ky_bao_cao' } }] },
          { type: 'talkingPointBlock', attrs: { talkingPointId: 'tp-1', revision: 1 } },
        ],
      },
      { labels: { citation: () => 'Kết luận số 57-KL/TW', talkingPoint: () => 'Thông điệp chủ đạo' } },
    );
    expect(ed.getText()).toBe('Theo Kết luận số 57-KL/TW, kỳ {{ky_bao_cao}}\n\nThông điệp chủ đạo');
  });

  it('renders every reference node to HTML with data-* attributes for each attribute', () => {
    const cases: Array<[string, RichNode, Record<string, string>]> = [
      ['citation', { type: 'citation', attrs: { directiveId: 'kl57', pinpoint: 'Điều 5' } }, { 'data-type': 'citation', 'data-directive-id': 'kl57', 'data-pinpoint': 'Điều 5' }],
      ['variable', { type: 'variable', attrs: { name: 'ngay_hop_bao' } }, { 'data-type': 'variable', 'data-name': 'ngay_hop_bao' }],
      ['talkingPointBlock', { type: 'talkingPointBlock', attrs: { talkingPointId: 'tp-1', revision: 4 } }, { 'data-type': 'talkingPointBlock', 'data-talking-point-id': 'tp-1', 'data-revision': '4' }],
      ['qaBlock', { type: 'qaBlock', attrs: { qaId: 'qa-9', revision: 2 } }, { 'data-type': 'qaBlock', 'data-qa-id': 'qa-9', 'data-revision': '2' }],
      ['directiveExcerpt', { type: 'directiveExcerpt', attrs: { directiveId: 'kl57', excerptId: 'x1' }, content: [{ type: 'paragraph' }] }, { 'data-type': 'directiveExcerpt', 'data-directive-id': 'kl57', 'data-excerpt-id': 'x1' }],
      ['internalNote', { type: 'internalNote', content: [{ type: 'paragraph' }] }, { 'data-type': 'internalNote' }],
    ];
    for (const [type, json, attrs] of cases) {
      const spec = schema.nodes[type]?.spec.toDOM?.(ProseMirrorNode.fromJSON(schema, json));
      expect(Array.isArray(spec) ? spec[1] : null, type).toEqual(attrs);
    }
  });
});
