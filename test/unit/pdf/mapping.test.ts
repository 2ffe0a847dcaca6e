// Export mapping is exhaustive: every node and mark type has an exporter, and the canonical fixture uses every one of them.
import { describe, expect, it } from 'vitest';
import { MARK_TYPES, NODE_TYPES } from '../../../shared/editor/nodes.js';
import type { RichNode } from '../../../shared/model/rich-text.js';
import { MARK_EXPORTERS } from '../../../shared/pdf/compose/marks.js';
import { NODE_EXPORTERS } from '../../../shared/pdf/compose/nodes.js';
import { canonicalExchange } from '../../fixtures/canonical-packet.js';

function walk(node: RichNode, nodes: Set<string>, marks: Set<string>): void {
  nodes.add(node.type);
  for (const mark of node.marks ?? []) marks.add(mark.type);
  for (const child of node.content ?? []) walk(child, nodes, marks);
}

describe('export mapping', () => {
  it('has an exporter for every node and mark type', () => {
    expect(Object.keys(NODE_EXPORTERS).sort()).toEqual([...NODE_TYPES].sort());
    expect(Object.keys(MARK_EXPORTERS).sort()).toEqual([...MARK_TYPES].sort());
  });

  it('is exercised completely by the canonical fixture packet', () => {
    const fixture = canonicalExchange();
    const nodes = new Set<string>();
    const marks = new Set<string>();
    for (const section of fixture.packet.sections) walk(section.content, nodes, marks);
    expect([...nodes].sort()).toEqual([...NODE_TYPES].sort());
    expect([...marks].sort()).toEqual([...MARK_TYPES].sort());
    expect(fixture.packet.sections.some((s) => s.internalOnly)).toBe(true);
    expect(fixture.packet.sections.some((s) => s.auto?.kind === 'cited_directives')).toBe(true);
    expect(fixture.qaItems.some((q) => q.sensitivity === 'sensitive')).toBe(true);
    expect(fixture.talkingPoints.some((p) => p.audience === 'internal')).toBe(true);
  });
});
