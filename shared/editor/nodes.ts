// The names and attributes of every node and mark in the shared rich-text schema (editor, validator, exporter, CLI).
import { z } from 'zod';

/** Block and inline node types. Adding one here must be followed by an export mapping (checked by the compiler). */
export const NODE_TYPES = [
  'doc',
  'paragraph',
  'text',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
  'blockquote',
  'hardBreak',
  'horizontalRule',
  'table',
  'tableRow',
  'tableHeader',
  'tableCell',
  'citation',
  'variable',
  'talkingPointBlock',
  'qaBlock',
  'internalNote',
  'directiveExcerpt',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const MAX_TABLE_COLUMNS = 100;
export const MAX_TABLE_ROWS = 10_000;
export const MAX_COLUMN_WIDTH_PX = 10_000;

export const MARK_TYPES = ['bold', 'italic', 'underline', 'link'] as const;
export type MarkType = (typeof MARK_TYPES)[number];

const id = z.string().min(1).max(64);

/**
 * Cell spans and column widths as prosemirror-tables writes them: merging can span a whole wide table, and a column
 * resize stores the dragged width in CSS pixels (fractional on zoomed screens) with 0 for columns of a colspan not yet sized.
 */
const cellAttrs = z.object({
  colspan: z.number().int().min(1).max(MAX_TABLE_COLUMNS).default(1),
  rowspan: z.number().int().min(1).max(MAX_TABLE_ROWS).default(1),
  colwidth: z.array(z.number().min(0).max(MAX_COLUMN_WIDTH_PX)).max(MAX_TABLE_COLUMNS).nullable().default(null),
});

/** Attributes each node type may carry; nodes not listed take none. */
export const NODE_ATTRS = {
  heading: z.object({ level: z.number().int().min(1).max(4) }),
  orderedList: z.object({
    start: z.number().int().min(1).default(1),
    /** "decimal" → 1. 2. 3.; "lower-alpha" → a) b) c) (khoản / điểm numbering). */
    listStyle: z.enum(['decimal', 'lower-alpha']).default('decimal'),
  }),
  tableCell: cellAttrs,
  tableHeader: cellAttrs,
  /** Inline reference to a directive; the exporter writes the full citation at first mention, short afterwards. */
  citation: z.object({
    directiveId: id,
    /** Optional pinpoint such as "Điều 5 khoản 1". */
    pinpoint: z.string().max(200).default(''),
  }),
  /** Inline token replaced by the packet's variable value. */
  variable: z.object({ name: z.string().regex(/^[a-z_][a-z0-9_]*$/) }),
  /** Talking point embedded by id and the revision that was inserted. */
  talkingPointBlock: z.object({ talkingPointId: id, revision: z.number().int().min(1) }),
  /** Q&A item embedded by id and the revision that was inserted. */
  qaBlock: z.object({ qaId: id, revision: z.number().int().min(1) }),
  /** Quote of a directive's excerpt, with its reference. */
  directiveExcerpt: z.object({ directiveId: id, excerptId: z.string().max(64).nullable().default(null) }),
} satisfies Partial<Record<NodeType, z.ZodType>>;

export const MARK_ATTRS = {
  link: z.object({ href: z.string().max(2000).regex(/^(https?:|mailto:)/i) }),
} satisfies Partial<Record<MarkType, z.ZodType>>;
