// Every reference in the bundled content resolves, and the checker reports each kind of broken reference.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBundledContent, type BundledContent } from '../../../shared/content/bundle.js';
import { findContentProblems } from '../../../shared/content/check.js';
import { collectReferences, placeholdersIn } from '../../../shared/content/references.js';
import type { RichDoc, RichNode } from '../../../shared/model/index.js';
import { readRawBundle } from './load-bundled.js';

let content: BundledContent;

beforeAll(async () => {
  content = parseBundledContent(await readRawBundle());
});

function copy(): BundledContent {
  return structuredClone(content);
}

function nodeTypes(node: RichNode, into = new Set<string>()): Set<string> {
  into.add(node.type);
  for (const child of node.content ?? []) nodeTypes(child, into);
  return into;
}

describe('bundled content references', () => {
  it('has no broken reference', () => {
    expect(findContentProblems(content)).toEqual([]);
  });

  it('has ids unique across every kind of document', () => {
    const ids = [
      ...content.directives.map((d) => d.id),
      ...content.templates.map((t) => t.id),
      ...content.talkingPoints.map((t) => t.id),
      ...content.qaItems.map((q) => q.id),
      content.packet.id,
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('sample packet embeds every kind of live reference, and every one resolves', () => {
    const types = new Set<string>();
    for (const section of content.packet.sections) nodeTypes(section.content, types);
    for (const kind of ['talkingPointBlock', 'qaBlock', 'citation', 'variable', 'internalNote', 'directiveExcerpt']) {
      expect(types, kind).toContain(kind);
    }
    const refs = content.packet.sections.map((s) => collectReferences(s.content));
    expect(refs.flatMap((r) => r.citations.map((c) => c.directiveId))).toEqual(
      expect.arrayContaining(['starter-57-kl-tw', 'starter-1079-qd-ttg']),
    );
  });

  it('sample packet follows its template: same section order, internal flags, auto content and variables', () => {
    const template = content.templates.find((t) => t.id === content.packet.templateId);
    expect(template).toBeDefined();
    expect(content.packet.sections.map((s) => s.templateSectionId)).toEqual(template?.sections.map((s) => s.id));
    expect(content.packet.sections.map((s) => s.auto)).toEqual(template?.sections.map((s) => s.auto));
    expect(Object.keys(content.packet.variables).sort()).toEqual(template?.variables.map((v) => v.name).sort());
    for (const [name, value] of Object.entries(content.packet.variables)) expect(value, name).not.toBe('');
  });
});

describe('findContentProblems', () => {
  const citationTo = (directiveId: string): RichDoc => ({
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'citation', attrs: { directiveId, pinpoint: '' } }] }],
  });

  it('reports a citation of an unknown directive and an undeclared variable', () => {
    const broken = copy();
    const section = broken.packet.sections[0];
    if (!section) throw new Error('packet has no section');
    section.content = {
      type: 'doc',
      content: [
        ...citationTo('starter-khong-co').content,
        { type: 'paragraph', content: [{ type: 'variable', attrs: { name: 'bien_la' } }] },
      ],
    };
    const messages = findContentProblems(broken).map((p) => p.message);
    expect(messages).toContain('unknown directive starter-khong-co');
    expect(messages).toContain('variable bien_la is not declared');
  });

  it('reports a supersededBy that does not resolve or disagrees with the status', () => {
    const broken = copy();
    const [first, second] = broken.directives;
    if (!first || !second) throw new Error('need two directives');
    first.supersededBy = 'starter-khong-co';
    first.status = 'superseded';
    second.supersededBy = first.id;
    second.status = 'in_force';
    const messages = findContentProblems(broken).map((p) => p.message);
    expect(messages).toContain('supersededBy starter-khong-co is unknown');
    expect(messages).toContain('supersededBy is set but the status is not superseded');
  });

  it('reports a misquoted excerpt, a missing excerpt id and a revision that does not exist', () => {
    const broken = copy();
    const section = broken.packet.sections.find((s) => collectReferences(s.content).excerpts.length > 0);
    if (!section) throw new Error('no excerpt in the packet');
    section.content = {
      type: 'doc',
      content: [
        { type: 'directiveExcerpt', attrs: { directiveId: 'starter-57-kl-tw', excerptId: 'kl57-mo-dau' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Qua 5 năm thực hiện…' }] }] },
        { type: 'directiveExcerpt', attrs: { directiveId: 'starter-57-kl-tw', excerptId: 'khong-co-trich-doan' } },
        { type: 'talkingPointBlock', attrs: { talkingPointId: 'sample-tp-thong-diep-chu-dao', revision: 7 } },
        { type: 'qaBlock', attrs: { qaId: 'sample-qa-khong-co', revision: 1 } },
      ],
    };
    const messages = findContentProblems(broken).map((p) => p.message);
    expect(messages).toContain('quoted text differs from the directive excerpt');
    expect(messages).toContain('directive starter-57-kl-tw has no excerpt khong-co-trich-doan');
    expect(messages).toContain('talking point sample-tp-thong-diep-chu-dao has no revision 7');
    expect(messages).toContain('unknown Q&A item sample-qa-khong-co');
  });

  it('reports template placeholders, proof sources and Q&A links that do not resolve', () => {
    const broken = copy();
    const template = broken.templates[0];
    const point = broken.talkingPoints[0];
    const item = broken.qaItems[0];
    if (!template?.sections[0] || !point?.proofPoints[0] || !item) throw new Error('bundle too small');
    template.sections[0].title = 'Tình hình tháng {{thang_khong_khai_bao}}';
    point.proofPoints[0].source = { kind: 'directive', directiveId: 'starter-khong-co', excerptId: null, excerpt: '' };
    item.talkingPointIds = ['sample-tp-khong-co'];
    item.answer = citationTo('starter-30-2020-nd-cp');
    const messages = findContentProblems(broken).map((p) => p.message);
    expect(messages).toContain('placeholder {{thang_khong_khai_bao}} is not a declared variable');
    expect(messages).toContain('unknown directive starter-khong-co');
    expect(messages).toContain('unknown talking point sample-tp-khong-co');
    expect(messages).toContain('the answer cites starter-30-2020-nd-cp, which is not among its linked directives');
  });

  it('finds placeholders with inner spaces and ignores single braces', () => {
    expect(placeholdersIn('Tháng {{ ky_bao_cao }} tại {{dia_danh}}, {không}')).toEqual(['ky_bao_cao', 'dia_danh']);
  });
});
