// Zod schema of stored rich text (tiptap/ProseMirror JSON) with known node/mark types, checked attributes, NFC text and a depth limit.
import { z } from 'zod';
import { MARK_ATTRS, MARK_TYPES, NODE_ATTRS, NODE_TYPES, type MarkType, type NodeType } from '../editor/nodes.js';

export const MAX_RICH_TEXT_DEPTH = 24;

export interface RichMark {
  type: MarkType;
  attrs?: Record<string, unknown>;
}

export interface RichNode {
  type: NodeType;
  attrs?: Record<string, unknown>;
  content?: RichNode[];
  marks?: RichMark[];
  text?: string;
}

export interface RichDoc extends RichNode {
  type: 'doc';
  content: RichNode[];
}

/**
 * Attribute values are JSON data that a save writes and a read gets back unchanged: strings, finite numbers, booleans,
 * null, or a short list of those (cell widths). BigInt, Map, Date or deep objects (which IPC's structured clone can
 * deliver) would fail or silently change when the packet file is written.
 */
const attrScalarSchema = z.union([z.string().max(10_000), z.number(), z.boolean(), z.null()]);
const attrsSchema = z.record(z.string(), z.union([attrScalarSchema, z.array(attrScalarSchema).max(1_000)]));

const markSchema = z
  .object({
    type: z.enum(MARK_TYPES),
    attrs: attrsSchema.optional(),
  })
  .superRefine((mark, ctx) => {
    const schema = (MARK_ATTRS as Partial<Record<MarkType, z.ZodType>>)[mark.type];
    if (schema && !schema.safeParse(mark.attrs ?? {}).success) {
      ctx.addIssue({ code: 'custom', message: 'validation.richTextAttrs', path: ['attrs'] });
    }
  });

export const richNodeSchema: z.ZodType<RichNode> = z.lazy(() =>
  z
    .object({
      type: z.enum(NODE_TYPES),
      attrs: attrsSchema.optional(),
      content: z.array(richNodeSchema).max(100_000).optional(),
      marks: z.array(markSchema).max(8).optional(),
      text: z.string().max(1_000_000).normalize('NFC').optional(),
    })
    .strict()
    .superRefine((node, ctx) => {
      const schema = (NODE_ATTRS as Partial<Record<NodeType, z.ZodType>>)[node.type];
      if (schema && !schema.safeParse(node.attrs ?? {}).success) {
        ctx.addIssue({ code: 'custom', message: 'validation.richTextAttrs', path: ['attrs'] });
      }
      if (node.type === 'text' && (node.text === undefined || node.text.length === 0)) {
        ctx.addIssue({ code: 'custom', message: 'validation.richTextEmptyText', path: ['text'] });
      }
    }),
);

function depthOf(node: unknown, limit: number): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[node, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (depth > max) max = depth;
    if (max > limit) return max;
    if (current && typeof current === 'object' && 'content' in current && Array.isArray(current.content)) {
      for (const child of current.content) stack.push([child, depth + 1]);
    }
  }
  return max;
}

/** A whole document; the depth is checked before the recursive schema runs, so hostile nesting cannot blow the stack. */
export const richDocSchema: z.ZodType<RichDoc> = z
  .unknown()
  .superRefine((value, ctx) => {
    if (depthOf(value, MAX_RICH_TEXT_DEPTH) > MAX_RICH_TEXT_DEPTH) {
      ctx.addIssue({ code: 'custom', message: 'validation.richTextTooDeep', fatal: true });
    }
  })
  .pipe(
    z.lazy(() =>
      z
        .object({ type: z.literal('doc'), content: z.array(richNodeSchema).max(100_000) })
        .strict(),
    ),
  );

export function emptyDoc(): RichDoc {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

/** A document holding plain paragraphs, one per line of the given text. */
export function docFromText(text: string): RichDoc {
  const lines = text.normalize('NFC').split(/\r?\n/);
  return {
    type: 'doc',
    content: lines.map((line) =>
      line.length > 0 ? { type: 'paragraph', content: [{ type: 'text', text: line }] } : { type: 'paragraph' },
    ),
  };
}

/** Plain text of a document or node, blocks separated by newlines. */
export function plainText(node: RichNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  const inner = (node.content ?? []).map(plainText);
  const isBlockContainer = node.content?.some((child) => child.type !== 'text' && child.type !== 'hardBreak' && child.type !== 'citation' && child.type !== 'variable');
  return inner.join(isBlockContainer ? '\n' : '');
}
