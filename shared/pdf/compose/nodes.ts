// Export mapping of every rich-text node type (exhaustive: a node type without an entry here fails the typecheck).
import { NODE_ATTRS, type NodeType } from '../../editor/nodes.js';
import type { RichNode } from '../../model/rich-text.js';
import type { Composer } from './composer.js';
import { cite, renderExcerpt, renderInternalNote, renderQa, renderTalkingPoint } from './embedded.js';
import { headingFrame, plainInlines } from './styles.js';
import { fillPlaceholders, variableValue } from './variables.js';

export type NodeExporter = (node: RichNode, composer: Composer) => void;

export const NODE_EXPORTERS = {
  doc: (node, c) => c.children(node),
  paragraph: (node, c) => {
    c.paragraph(() => c.children(node));
  },
  text: (node, c) => c.text(fillPlaceholders(node.text ?? '', c.resolved, (name) => c.warn('unfilled_variable', name)), c.styleWith(node.marks ?? [])),
  heading: (node, c) => {
    const { level } = NODE_ATTRS.heading.parse(node.attrs ?? {});
    c.withFrame(headingFrame(c, level), () => {
      const block = c.paragraph(() => c.children(node), { keepWithNext: true, spaceBefore: c.preset.headings[level]?.spaceBeforePt ?? 6 });
      block.outline = c.outlineFor(plainInlines(block.inlines), level + 1);
    });
  },
  bulletList: (node, c) => c.list('bullet', 1, () => c.children(node)),
  orderedList: (node, c) => {
    const { start, listStyle } = NODE_ATTRS.orderedList.parse(node.attrs ?? {});
    c.list(listStyle, start, () => c.children(node));
  },
  listItem: (node, c) => c.listItem(() => c.children(node)),
  blockquote: (node, c) =>
    c.withFrame({ leftIndent: c.frame.leftIndent + c.geometry.firstLineIndent, rightIndent: c.frame.rightIndent + c.geometry.firstLineIndent / 2, italic: true, firstLineIndent: 0, role: 'quote' }, () =>
      c.children(node),
    ),
  hardBreak: (_node, c) => c.inline({ kind: 'break' }),
  horizontalRule: (_node, c) =>
    c.pushBlock({ kind: 'rule', leftIndent: c.frame.leftIndent + c.geometry.firstLineIndent * 3, rightIndent: c.frame.rightIndent + c.geometry.firstLineIndent * 3, spaceBefore: 4, spaceAfter: c.frame.spaceAfter + 4, bars: c.frame.bars }),
  table: (node, c) => {
    const first = node.content?.[0]?.content ?? [];
    const widths = first.flatMap((cell) => {
      const attrs = NODE_ATTRS.tableCell.safeParse(cell.attrs ?? {});
      if (!attrs.success || !attrs.data.colwidth) return Array.from({ length: attrs.success ? attrs.data.colspan : 1 }, () => 0);
      return attrs.data.colwidth;
    });
    const columns = widths.every((w) => w > 0) ? widths : widths.map(() => 1);
    c.tableBlock(columns, () => c.children(node));
  },
  tableRow: (node, c) => c.tableRow(() => c.children(node)),
  tableHeader: (node, c) => {
    const { colspan, rowspan } = NODE_ATTRS.tableHeader.parse(node.attrs ?? {});
    if (rowspan > 1) c.warn('rowspan_flattened', 'tableHeader');
    c.tableCell(true, colspan, () => c.children(node));
  },
  tableCell: (node, c) => {
    const { colspan, rowspan } = NODE_ATTRS.tableCell.parse(node.attrs ?? {});
    if (rowspan > 1) c.warn('rowspan_flattened', 'tableCell');
    c.tableCell(false, colspan, () => c.children(node));
  },
  citation: (node, c) => {
    const { directiveId, pinpoint } = NODE_ATTRS.citation.parse(node.attrs ?? {});
    const style = c.styleWith(node.marks ?? []);
    if (pinpoint.trim()) c.text(`${pinpoint.trim()} `, style);
    cite(c, directiveId, style);
  },
  variable: (node, c) => {
    const { name } = NODE_ATTRS.variable.parse(node.attrs ?? {});
    const value = variableValue(c.resolved, name);
    if (value === null) c.warn('unfilled_variable', name);
    c.text(value ?? `{{${name}}}`, c.styleWith(node.marks ?? []));
  },
  talkingPointBlock: (node, c) => renderTalkingPoint(c, NODE_ATTRS.talkingPointBlock.parse(node.attrs ?? {})),
  qaBlock: (node, c) => renderQa(c, NODE_ATTRS.qaBlock.parse(node.attrs ?? {})),
  internalNote: (node, c) => renderInternalNote(c, () => c.children(node)),
  directiveExcerpt: (node, c) => renderExcerpt(c, NODE_ATTRS.directiveExcerpt.parse(node.attrs ?? {})),
} satisfies Record<NodeType, NodeExporter>;

export function renderNode(node: RichNode, composer: Composer): void {
  const exporter: NodeExporter = NODE_EXPORTERS[node.type];
  exporter(node, composer);
}
