// Collects the live references a rich-text document holds (citations, excerpts, talking points, Q&A, variables) and {{name}} placeholders in plain text.
import type { RichNode } from '../model/rich-text.js';

export interface RichTextReferences {
  citations: Array<{ directiveId: string; pinpoint: string }>;
  excerpts: Array<{ directiveId: string; excerptId: string | null; quotedText: string }>;
  talkingPoints: Array<{ talkingPointId: string; revision: number }>;
  qaItems: Array<{ qaId: string; revision: number }>;
  variables: string[];
}

function stringAttr(node: RichNode, name: string): string {
  const value = node.attrs?.[name];
  return typeof value === 'string' ? value : '';
}

function numberAttr(node: RichNode, name: string): number {
  const value = node.attrs?.[name];
  return typeof value === 'number' ? value : Number.NaN;
}

/** The text inside a node, paragraphs joined by a newline (used for quoted excerpts). */
function innerText(node: RichNode): string {
  if (node.type === 'text') return node.text ?? '';
  const children = node.content ?? [];
  const joiner = children.some((child) => child.type === 'paragraph') ? '\n' : '';
  return children.map(innerText).join(joiner);
}

/** Walks the whole document without recursion (documents may be deep) and lists every reference, in document order. */
export function collectReferences(doc: RichNode): RichTextReferences {
  const found: RichTextReferences = { citations: [], excerpts: [], talkingPoints: [], qaItems: [], variables: [] };
  const stack: RichNode[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop() as RichNode;
    switch (node.type) {
      case 'citation':
        found.citations.push({ directiveId: stringAttr(node, 'directiveId'), pinpoint: stringAttr(node, 'pinpoint') });
        break;
      case 'directiveExcerpt': {
        const excerptId = stringAttr(node, 'excerptId');
        found.excerpts.push({ directiveId: stringAttr(node, 'directiveId'), excerptId: excerptId === '' ? null : excerptId, quotedText: innerText(node) });
        break;
      }
      case 'talkingPointBlock':
        found.talkingPoints.push({ talkingPointId: stringAttr(node, 'talkingPointId'), revision: numberAttr(node, 'revision') });
        break;
      case 'qaBlock':
        found.qaItems.push({ qaId: stringAttr(node, 'qaId'), revision: numberAttr(node, 'revision') });
        break;
      case 'variable':
        found.variables.push(stringAttr(node, 'name'));
        break;
      default:
        break;
    }
    const children = node.content ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as RichNode);
  }
  return found;
}

const PLACEHOLDER = /\{\{\s*([^{}\s]*)\s*\}\}/g;

/** Names used as {{name}} in a plain-text field (section titles, guidance), in order of appearance. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
}
