// The shared extension list builds exactly the stored format: NODE_TYPES, MARK_TYPES, the attrs of nodes.ts, the leaf table of text.ts.
import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { createExtensions, editorSchema, HEADING_LEVELS } from '../../../shared/editor/extensions.js';
import { MARK_ATTRS, MARK_TYPES, NODE_ATTRS, NODE_TYPES } from '../../../shared/editor/nodes.js';
import { LEAF_NODE_TYPES } from '../../../shared/editor/text.js';

const schema = editorSchema();

describe('editor schema', () => {
  it('has exactly the node types of NODE_TYPES and the mark types of MARK_TYPES', () => {
    expect(Object.keys(schema.nodes).sort()).toEqual([...NODE_TYPES].sort());
    expect(Object.keys(schema.marks).sort()).toEqual([...MARK_TYPES].sort());
    expect(schema.topNodeType.name).toBe('doc');
  });

  it('is the same whatever labels and node views the renderer passes', () => {
    const custom = getSchema(
      createExtensions({
        labels: { citation: () => 'Kết luận số 57-KL/TW' },
        nodeViews: {
          citation: () => {
            throw new Error('node views are only drawn by a mounted editor');
          },
        },
        resizableTables: true,
      }),
    );
    expect(Object.keys(custom.nodes)).toEqual(Object.keys(schema.nodes));
    expect(Object.keys(custom.marks)).toEqual(Object.keys(schema.marks));
  });

  it.each(NODE_TYPES)('%s has the attributes nodes.ts declares, and no others', (type) => {
    const declared = type in NODE_ATTRS ? Object.keys(NODE_ATTRS[type as keyof typeof NODE_ATTRS].shape) : [];
    expect(Object.keys(schema.nodes[type]?.spec.attrs ?? {}).sort()).toEqual(declared.sort());
  });

  it.each(MARK_TYPES)('mark %s has the attributes nodes.ts declares, and no others', (type) => {
    const declared = type in MARK_ATTRS ? Object.keys(MARK_ATTRS[type as keyof typeof MARK_ATTRS].shape) : [];
    expect(Object.keys(schema.marks[type]?.spec.attrs ?? {}).sort()).toEqual(declared.sort());
  });

  it('agrees with zod on which attributes are required and what their defaults are', () => {
    for (const [type, attrs] of Object.entries(NODE_ATTRS)) {
      for (const [name, zodAttr] of Object.entries(attrs.shape)) {
        const spec = schema.nodes[type]?.spec.attrs?.[name];
        const fallback = zodAttr.safeParse(undefined);
        if (type === 'heading') continue; // tiptap's heading defaults to level 1; zod requires the level (see rich-text.ts)
        expect(spec && 'default' in spec, `${type}.${name} has a default`).toBe(fallback.success);
        if (fallback.success) expect(spec?.default, `${type}.${name} default`).toEqual(fallback.data);
      }
    }
  });

  it('lists leaf nodes in text.ts exactly as the schema has them', () => {
    for (const type of NODE_TYPES) expect(LEAF_NODE_TYPES[type], type).toBe(schema.nodes[type]?.isLeaf);
  });

  it('makes citations and variables inline atoms and talking point / Q&A blocks block atoms', () => {
    for (const type of ['citation', 'variable']) {
      expect(schema.nodes[type]?.isInline, type).toBe(true);
      expect(schema.nodes[type]?.isAtom, type).toBe(true);
    }
    for (const type of ['talkingPointBlock', 'qaBlock']) {
      expect(schema.nodes[type]?.isBlock, type).toBe(true);
      expect(schema.nodes[type]?.isAtom, type).toBe(true);
    }
  });

  it('lets internal notes hold paragraphs and lists only, and excerpts paragraphs only', () => {
    const note = schema.nodes.internalNote;
    const excerpt = schema.nodes.directiveExcerpt;
    if (!note || !excerpt) throw new Error('missing node types');
    for (const allowed of ['paragraph', 'bulletList', 'orderedList']) expect(note.contentMatch.matchType(schema.nodes[allowed] ?? note), allowed).not.toBeNull();
    for (const refused of ['heading', 'table', 'internalNote', 'talkingPointBlock']) expect(note.contentMatch.matchType(schema.nodes[refused] ?? note), refused).toBeNull();
    expect(excerpt.contentMatch.matchType(schema.nodes.heading ?? excerpt)).toBeNull();
  });

  it('parses h1–h4 only as headings', () => {
    const rules = (schema.nodes.heading?.spec.parseDOM ?? []).map((rule) => ('tag' in rule ? rule.tag : ''));
    expect(rules).toEqual(HEADING_LEVELS.map((level) => `h${level}`));
  });

  it('has no code, code block or strike from StarterKit', () => {
    for (const name of ['code', 'codeBlock', 'strike']) {
      expect(schema.nodes[name], name).toBeUndefined();
      expect(schema.marks[name], name).toBeUndefined();
    }
  });
});
