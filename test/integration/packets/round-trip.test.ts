// Every node and mark type survives save → load → editor: the canonical packet stored through the packet channels and read back
// is the same JSON, and the shared tiptap schema (what the composer's editors are built from) gives that JSON back unchanged.
import { Node } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { editorSchema } from '../../../shared/editor/extensions.js';
import { MARK_TYPES, NODE_TYPES } from '../../../shared/editor/nodes.js';
import { forEachNode } from '../../../shared/editor/text.js';
import { packetFieldsOf } from '../../../shared/ipc/features/packets.js';
import type { RichNode } from '../../../shared/model/index.js';
import { canonicalExchange } from '../../fixtures/canonical-packet.js';
import { call, open, tempDir } from '../storage/helpers.js';

/**
 * The canonical fixture leaves its excerpt quotes empty (the exporter prints the library's text); the editor's schema
 * wants at least one paragraph, which is what the composer's insert command writes. Fill them the same way.
 */
function asInserted(node: RichNode): RichNode {
  if (node.type === 'directiveExcerpt' && !(node.content ?? []).length) return { ...node, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Trích đoạn.' }] }] };
  return node.content ? { ...node, content: node.content.map(asInserted) } : node;
}

function typesIn(docs: readonly RichNode[]): { nodes: Set<string>; marks: Set<string> } {
  const nodes = new Set<string>(['doc']);
  const marks = new Set<string>();
  for (const doc of docs) {
    forEachNode(doc, (node) => {
      nodes.add(node.type);
      for (const mark of node.marks ?? []) marks.add(mark.type);
    });
  }
  return { nodes, marks };
}

describe('rich text round trip', () => {
  it('keeps every node and mark type through save, a restart of the services, load and the editor schema', async () => {
    const canonical = canonicalExchange().packet;
    const packet = { ...canonical, sections: canonical.sections.map((section) => ({ ...section, content: { ...section.content, content: section.content.content.map(asInserted) } })) };
    const docs = packet.sections.map((section) => section.content);
    const used = typesIn(docs);
    expect([...used.nodes].sort()).toEqual([...NODE_TYPES].sort());
    expect([...used.marks].sort()).toEqual([...MARK_TYPES].sort());

    const dataDir = await tempDir();
    const first = await open(dataDir);
    const created = await call(first.services, 'packets', 'create', { fields: { ...packetFieldsOf(packet), templateId: null } });
    const saved = await call(first.services, 'packets', 'save', { id: created.id, fields: packetFieldsOf({ ...created, sections: packet.sections }) });
    await first.services.close();

    const second = await open(dataDir);
    const loaded = await call(second.services, 'packets', 'get', { id: saved.id });
    expect(loaded.sections.map((s) => s.content)).toEqual(docs);

    const schema = editorSchema();
    for (const section of loaded.sections) {
      const node = Node.fromJSON(schema, section.content);
      // An auto section (the cited list) stores an empty document: valid for storage, filled by the exporter.
      if (section.content.content.length === 0) {
        expect(node.childCount).toBe(0);
        continue;
      }
      node.check();
      expect(node.toJSON(), section.title).toEqual(section.content);
    }
  });
});
