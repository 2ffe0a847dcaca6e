// Rich text as comparable plain text: citations, variables and embedded library blocks written as readable tokens, blocks on their own lines.
import { NODE_ATTRS } from '../editor/nodes.js';
import type { RichNode } from '../model/rich-text.js';

/** Names for the references a text holds; each defaults to the id. */
export interface ReferenceNames {
  directiveName?: (directiveId: string) => string;
  talkingPointName?: (talkingPointId: string) => string;
  qaName?: (qaId: string) => string;
}

const INLINE_TYPES = new Set<RichNode['type']>(['text', 'hardBreak', 'citation', 'variable']);

function inlineText(node: RichNode, names: Required<ReferenceNames>): string {
  switch (node.type) {
    case 'text':
      return node.text ?? '';
    case 'hardBreak':
      return '\n';
    case 'citation': {
      const attrs = NODE_ATTRS.citation.safeParse(node.attrs ?? {});
      if (!attrs.success) return '';
      const pinpoint = attrs.data.pinpoint.trim();
      return `${pinpoint ? `${pinpoint} ` : ''}${names.directiveName(attrs.data.directiveId)}`;
    }
    case 'variable': {
      const attrs = NODE_ATTRS.variable.safeParse(node.attrs ?? {});
      return attrs.success ? `{{${attrs.data.name}}}` : '';
    }
    default:
      return blockText(node, names);
  }
}

function blockText(node: RichNode, names: Required<ReferenceNames>): string {
  switch (node.type) {
    case 'talkingPointBlock': {
      const attrs = NODE_ATTRS.talkingPointBlock.safeParse(node.attrs ?? {});
      return attrs.success ? `[${names.talkingPointName(attrs.data.talkingPointId)} #${attrs.data.revision}]` : '';
    }
    case 'qaBlock': {
      const attrs = NODE_ATTRS.qaBlock.safeParse(node.attrs ?? {});
      return attrs.success ? `[${names.qaName(attrs.data.qaId)} #${attrs.data.revision}]` : '';
    }
    case 'directiveExcerpt': {
      const attrs = NODE_ATTRS.directiveExcerpt.safeParse(node.attrs ?? {});
      const quoted = childrenText(node, names);
      return attrs.success ? `${quoted}\n(${names.directiveName(attrs.data.directiveId)})` : quoted;
    }
    case 'horizontalRule':
      return '---';
    default:
      return childrenText(node, names);
  }
}

function childrenText(node: RichNode, names: Required<ReferenceNames>): string {
  const children = node.content ?? [];
  const inline = children.every((child) => INLINE_TYPES.has(child.type));
  return children.map((child) => (inline ? inlineText(child, names) : blockText(child, names))).join(inline ? '' : '\n');
}

/** The text of a document for comparison: what a reader sees, with references named (see ReferenceNames). */
export function comparableText(doc: RichNode | null, names: ReferenceNames = {}): string {
  if (!doc) return '';
  const id = (value: string): string => value;
  return blockText(doc, { directiveName: names.directiveName ?? id, talkingPointName: names.talkingPointName ?? id, qaName: names.qaName ?? id });
}
