// A small, forgiving HTML parser and serialiser for clipboard HTML (Word, browsers, our own editor), pure so it runs anywhere.
import { decodeEntities, escapeAttribute, escapeText } from './html-entities.js';

export interface HtmlElement {
  kind: 'element';
  /** Lower-case tag name, namespace prefix kept ("o:p", "st1:place"). */
  name: string;
  /** Attributes in source order, names lower-cased, values decoded. */
  attrs: Array<[string, string]>;
  children: HtmlNode[];
}

export interface HtmlText {
  kind: 'text';
  /** Decoded text. */
  text: string;
}

export type HtmlNode = HtmlElement | HtmlText;

export const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Elements whose content is raw text up to their end tag (never parsed as markup). */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);

/** A start tag of one of these closes an open <p>, as in an HTML parser. */
const CLOSES_PARAGRAPH = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul',
]);

/** Elements that bound the search for an open element to close implicitly. */
const SCOPE_BOUNDARIES = new Set(['table', 'td', 'th', 'caption', 'html', 'template', 'object', 'button']);

/** Start tags that implicitly close an open element of the same family, within the given boundaries. */
const IMPLIED_END: Record<string, { closes: string[]; stopAt: string[] }> = {
  li: { closes: ['li'], stopAt: ['ul', 'ol'] },
  dt: { closes: ['dt', 'dd'], stopAt: ['dl'] },
  dd: { closes: ['dt', 'dd'], stopAt: ['dl'] },
  tr: { closes: ['tr', 'td', 'th'], stopAt: ['table', 'thead', 'tbody', 'tfoot'] },
  td: { closes: ['td', 'th'], stopAt: ['tr', 'table'] },
  th: { closes: ['td', 'th'], stopAt: ['tr', 'table'] },
  thead: { closes: ['thead', 'tbody', 'tfoot', 'tr', 'td', 'th'], stopAt: ['table'] },
  tbody: { closes: ['thead', 'tbody', 'tfoot', 'tr', 'td', 'th'], stopAt: ['table'] },
  tfoot: { closes: ['thead', 'tbody', 'tfoot', 'tr', 'td', 'th'], stopAt: ['table'] },
};

export function element(name: string, children: HtmlNode[] = [], attrs: Array<[string, string]> = []): HtmlElement {
  return { kind: 'element', name, attrs, children };
}

export function attributeOf(node: HtmlElement, name: string): string | null {
  return node.attrs.find(([key]) => key === name)?.[1] ?? null;
}

export function textContent(node: HtmlNode): string {
  return node.kind === 'text' ? node.text : node.children.map(textContent).join('');
}

const MAX_DEPTH = 200;

class TreeBuilder {
  readonly root = element('#root');
  private readonly stack: HtmlElement[] = [this.root];

  private get current(): HtmlElement {
    return this.stack[this.stack.length - 1] ?? this.root;
  }

  text(text: string): void {
    if (text.length === 0) return;
    const last = this.current.children[this.current.children.length - 1];
    if (last?.kind === 'text') last.text += text;
    else this.current.children.push({ kind: 'text', text });
  }

  open(name: string, attrs: Array<[string, string]>, selfClosing: boolean): void {
    // Hostile nesting is flattened rather than followed (the serialiser and ProseMirror's parser recurse).
    if (this.stack.length > MAX_DEPTH) return;
    if (CLOSES_PARAGRAPH.has(name)) this.closeWithin(['p'], [...SCOPE_BOUNDARIES]);
    const implied = IMPLIED_END[name];
    if (implied) this.closeWithin(implied.closes, implied.stopAt);
    const node = element(name, [], attrs);
    this.current.children.push(node);
    if (!selfClosing && !VOID_ELEMENTS.has(name)) this.stack.push(node);
  }

  close(name: string): void {
    for (let index = this.stack.length - 1; index > 0; index--) {
      if (this.stack[index]?.name === name) {
        this.stack.length = index;
        return;
      }
    }
  }

  /** Closes the nearest open element named in `names`, unless a boundary element is met first. */
  private closeWithin(names: string[], boundaries: string[]): void {
    for (let index = this.stack.length - 1; index > 0; index--) {
      const open = this.stack[index]?.name ?? '';
      if (names.includes(open)) {
        this.stack.length = index;
        return;
      }
      if (boundaries.includes(open)) return;
    }
  }
}

const TAG_NAME = /[a-zA-Z][^\s/>]*/y;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y;

function tagNameAt(html: string, index: number): string {
  TAG_NAME.lastIndex = index;
  return TAG_NAME.exec(html)?.[0] ?? '';
}

/** Reads a start tag at `start` ("<name …>"); returns the index after it, or -1 when the tag never closes. */
function readStartTag(html: string, start: number, builder: TreeBuilder): { end: number; name: string } {
  const rawName = tagNameAt(html, start + 1);
  const name = rawName.toLowerCase();
  let index = start + 1 + rawName.length;
  const attrs: Array<[string, string]> = [];
  let selfClosing = false;
  while (index < html.length) {
    const char = html[index];
    if (char === '>') {
      builder.open(name, attrs, selfClosing);
      return { end: index + 1, name };
    }
    if (char === '/' || /\s/.test(char ?? '')) {
      selfClosing = char === '/';
      index++;
      continue;
    }
    ATTRIBUTE.lastIndex = index;
    const match = ATTRIBUTE.exec(html);
    if (!match) {
      index++;
      continue;
    }
    selfClosing = false;
    const key = (match[1] ?? '').toLowerCase();
    if (!attrs.some(([existing]) => existing === key)) attrs.push([key, decodeEntities(match[2] ?? match[3] ?? match[4] ?? '')]);
    index += match[0].length;
  }
  return { end: -1, name };
}

/** Parses clipboard HTML into a tree; comments, doctypes, CDATA and Word's conditional markers are dropped. */
export function parseHtml(html: string): HtmlElement {
  const builder = new TreeBuilder();
  let index = 0;
  while (index < html.length) {
    const lt = html.indexOf('<', index);
    if (lt === -1) {
      builder.text(decodeEntities(html.slice(index)));
      break;
    }
    builder.text(decodeEntities(html.slice(index, lt)));
    const next = html[lt + 1] ?? '';
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      index = end === -1 ? html.length : end + 3;
    } else if (next === '!' || next === '?') {
      const end = html.indexOf('>', lt + 2);
      index = end === -1 ? html.length : end + 1;
    } else if (next === '/' && /[a-zA-Z]/.test(html[lt + 2] ?? '')) {
      const end = html.indexOf('>', lt + 2);
      builder.close(tagNameAt(html, lt + 2).toLowerCase());
      index = end === -1 ? html.length : end + 1;
    } else if (/[a-zA-Z]/.test(next)) {
      const { end, name } = readStartTag(html, lt, builder);
      if (end === -1) break;
      index = end;
      if (RAW_TEXT_ELEMENTS.has(name)) {
        // The raw content is never markup; it is skipped (every raw-text element is dropped by the sanitiser).
        const closing = new RegExp(`</${name}`, 'ig');
        closing.lastIndex = end;
        index = closing.exec(html)?.index ?? html.length;
      }
    } else {
      builder.text('<');
      index = lt + 1;
    }
  }
  return builder.root;
}

export function serializeHtml(nodes: readonly HtmlNode[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') {
      out += escapeText(node.text);
      continue;
    }
    const attrs = node.attrs.map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`).join('');
    out += VOID_ELEMENTS.has(node.name) ? `<${node.name}${attrs}>` : `<${node.name}${attrs}>${serializeHtml(node.children)}</${node.name}>`;
  }
  return out;
}
