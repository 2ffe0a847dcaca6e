// Stock tiptap nodes and marks narrowed to the stored format: ordered list with listStyle, safe links, table cells without align.
import { wrappingInputRule, type Attribute } from '@tiptap/core';
import { Link } from '@tiptap/extension-link';
import { OrderedList } from '@tiptap/extension-list';
import { TableCell, TableHeader } from '@tiptap/extension-table';
import type { AttributeSource } from './attributes.js';
import { validatorFor } from './attributes.js';
import { MARK_ATTRS, MAX_COLUMN_WIDTH_PX, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS, NODE_ATTRS } from './nodes.js';

export type ListStyle = 'decimal' | 'lower-alpha';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    orderedListStyle: {
      /** Numbers the ordered list around the selection "1." (decimal) or "a)" (lower-alpha). */
      setOrderedListStyle: (listStyle: ListStyle) => ReturnType;
    };
  }
}

/** Link targets the app keeps: http(s) and mailto only, as stored links must be (MARK_ATTRS.link). */
export function isSafeHref(href: unknown): href is string {
  return typeof href === 'string' && MARK_ATTRS.link.safeParse({ href }).success;
}

/** Whether linkify's match (typed or pasted text) may become a link: no other scheme, and short enough to be stored. */
function mayAutoLink(text: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text);
  if (scheme) return /^(https?|mailto)$/i.test(scheme[1] ?? '') && text.length <= 2000;
  return text.length <= 1900 && /\.[a-z]{2,}/i.test(text);
}

function integerIn(raw: string | null, min: number, max: number): number | null {
  if (raw === null || !/^\s*\d{1,9}\s*$/.test(raw)) return null;
  return Math.min(max, Math.max(min, Number(raw)));
}

/** A column width in CSS pixels; resizing on a zoomed screen stores fractions, so they are read back too. */
function widthIn(raw: string): number | null {
  if (!/^\s*\d{1,6}(\.\d{1,6})?\s*$/.test(raw)) return null;
  return Math.min(MAX_COLUMN_WIDTH_PX, Number(raw));
}

/** Reads the list style from data-list-style, <ol type="a">, or CSS list-style-type (Word and Google Docs use CSS). */
export function listStyleOf(element: AttributeSource): ListStyle {
  const stored = element.getAttribute('data-list-style');
  if (stored === 'decimal' || stored === 'lower-alpha') return stored;
  const type = element.getAttribute('type');
  if (type === 'a' || type === 'A') return 'lower-alpha';
  const css = /list-style-type\s*:\s*([a-z-]+)/i.exec(element.getAttribute('style') ?? '')?.[1]?.toLowerCase();
  return css === 'lower-alpha' || css === 'lower-latin' || css === 'upper-alpha' || css === 'upper-latin' ? 'lower-alpha' : 'decimal';
}

export const StyledOrderedList = OrderedList.extend({
  addAttributes() {
    return {
      start: {
        default: 1,
        validate: validatorFor(this.name, 'start', NODE_ATTRS.orderedList.shape.start),
        parseHTML: (element: AttributeSource) => integerIn(element.getAttribute('start'), 1, 1_000_000) ?? 1,
        renderHTML: (attrs: Record<string, unknown>) => (attrs.start === 1 ? {} : { start: String(attrs.start) }),
      },
      listStyle: {
        default: 'decimal',
        validate: validatorFor(this.name, 'listStyle', NODE_ATTRS.orderedList.shape.listStyle),
        parseHTML: (element: AttributeSource) => listStyleOf(element),
        renderHTML: (attrs: Record<string, unknown>) => (attrs.listStyle === 'lower-alpha' ? { type: 'a', 'data-list-style': 'lower-alpha' } : {}),
      },
    } satisfies Record<string, Attribute>;
  },

  renderHTML({ HTMLAttributes }) {
    return ['ol', HTMLAttributes, 0];
  },

  addCommands() {
    return {
      ...this.parent?.(),
      setOrderedListStyle:
        (listStyle) =>
        ({ commands }) =>
          commands.updateAttributes(this.name, { listStyle }),
    };
  },

  addInputRules() {
    return [
      // "3. " starts a numbered list at 3 ("0. " at 1: stored lists start at 1 or later).
      wrappingInputRule({
        find: /^(\d{1,6})\.\s$/,
        type: this.type,
        getAttributes: (match) => ({ start: Math.max(1, Number(match[1])) }),
        joinPredicate: (match, node) => node.attrs.listStyle === 'decimal' && node.childCount + Number(node.attrs.start) === Number(match[1]),
      }),
      // "a) " starts a lettered list, the điểm numbering of Vietnamese documents.
      wrappingInputRule({
        find: /^([a-z])\)\s$/,
        type: this.type,
        getAttributes: (match) => ({ listStyle: 'lower-alpha', start: (match[1] ?? 'a').charCodeAt(0) - 96 }),
        joinPredicate: (match, node) => node.attrs.listStyle === 'lower-alpha' && node.childCount + Number(node.attrs.start) === (match[1] ?? 'a').charCodeAt(0) - 96,
      }),
    ];
  },
});

/** Link with only an href (no target/rel/class/title stored); the editor never follows it on click. */
export const SafeLink = Link.extend({
  addAttributes() {
    return {
      href: {
        default: null,
        parseHTML: (element: AttributeSource) => element.getAttribute('href')?.trim() ?? null,
      },
    } satisfies Record<string, Attribute>;
  },
}).configure({
  openOnClick: false,
  enableClickSelection: false,
  autolink: false,
  linkOnPaste: true,
  protocols: [],
  defaultProtocol: 'https',
  isAllowedUri: (url) => isSafeHref(url),
  shouldAutoLink: mayAutoLink,
});

/** colspan, rowspan and colwidth clamped to what the stored format accepts; tiptap's align attribute is not kept. */
function cellAttributes(typeName: string): Record<string, Attribute> {
  return {
    colspan: {
      default: 1,
      parseHTML: (element: AttributeSource) => integerIn(element.getAttribute('colspan'), 1, MAX_TABLE_COLUMNS) ?? 1,
      renderHTML: (attrs: Record<string, unknown>) => (attrs.colspan === 1 ? {} : { colspan: String(attrs.colspan) }),
    },
    rowspan: {
      default: 1,
      parseHTML: (element: AttributeSource) => integerIn(element.getAttribute('rowspan'), 1, MAX_TABLE_ROWS) ?? 1,
      renderHTML: (attrs: Record<string, unknown>) => (attrs.rowspan === 1 ? {} : { rowspan: String(attrs.rowspan) }),
    },
    colwidth: {
      default: null,
      validate: validatorFor(typeName, 'colwidth', NODE_ATTRS.tableCell.shape.colwidth),
      parseHTML: (element: AttributeSource) => {
        const widths = (element.getAttribute('colwidth') ?? '').split(',').map(widthIn);
        return widths.length > 0 && widths.every((width) => width !== null) ? widths : null;
      },
      renderHTML: (attrs: Record<string, unknown>) => (Array.isArray(attrs.colwidth) ? { colwidth: attrs.colwidth.join(',') } : {}),
    },
  };
}

export const StoredTableCell = TableCell.extend({
  addAttributes() {
    return cellAttributes(this.name);
  },
});

export const StoredTableHeader = TableHeader.extend({
  addAttributes() {
    return cellAttributes(this.name);
  },
});
