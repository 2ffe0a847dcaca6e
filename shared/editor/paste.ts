// Cleans pasted HTML and text (Word, web pages, our own editor) before ProseMirror parses it: structure kept, unsafe markup and Word junk dropped, NFC.
import { dataAttributeName } from './attributes.js';
import { attributeOf, element, parseHtml, serializeHtml, type HtmlElement, type HtmlNode } from './html-tree.js';
import { MARK_ATTRS, NODE_ATTRS } from './nodes.js';
import { convertWordLists } from './word-lists.js';

/** Removed with everything inside them: active content, media, forms, Office XML islands. */
const DROPPED = new Set([
  'script', 'style', 'head', 'title', 'meta', 'link', 'base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param',
  'svg', 'math', 'noscript', 'template', 'textarea', 'select', 'option', 'optgroup', 'button', 'input', 'canvas', 'audio', 'video',
  'source', 'track', 'img', 'picture', 'map', 'area', 'xml', 'dialog',
]);

/** Office namespaces whose elements carry no text a reader sees (o:p is Word's paragraph mark, v: shapes, w: settings). */
const DROPPED_PREFIXES = ['o:', 'v:', 'w:', 'm:'];

/** Kept as they are (attributes filtered). */
const KEPT = new Set([
  'p', 'br', 'h1', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'blockquote', 'hr', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
  'colgroup', 'col', 'b', 'strong', 'i', 'em', 'u', 'a', 'span', 'div',
]);

/** Renamed: headings below level 4 and block containers the schema does not know (kept as blocks so lines do not run together). */
const RENAMED: Record<string, string> = {
  h5: 'h4', h6: 'h4',
  section: 'div', article: 'div', header: 'div', footer: 'div', main: 'div', nav: 'div', aside: 'div', figure: 'div',
  figcaption: 'div', address: 'div', center: 'div', details: 'div', summary: 'div', fieldset: 'div', legend: 'div', dl: 'div',
  dt: 'div', dd: 'div', hgroup: 'div', form: 'div', caption: 'p', pre: 'p',
};

/** Word paragraph styles with an equivalent in the schema. */
const WORD_CLASSES: Record<string, string> = { msotitle: 'h1', msosubtitle: 'h2', msoquote: 'blockquote', msointensequote: 'blockquote' };

/** Data attributes our own nodes render (so copy and paste inside the app round-trips) and ProseMirror's slice marker. */
const DATA_ATTRIBUTES = new Set([
  'data-type',
  'data-list-style',
  'data-pm-slice',
  ...Object.values(NODE_ATTRS).flatMap((schema) => Object.keys(schema.shape).map(dataAttributeName)),
]);

/** CSS the parse rules read: bold/italic/underline set or cleared by style (Google Docs, Word), and list numbering. */
const STYLE_PROPERTIES = new Set(['font-weight', 'font-style', 'text-decoration', 'text-decoration-line', 'list-style-type']);

/** Elements whose style is kept: inline runs and cells (on a heading or paragraph it would turn the whole block bold). */
const STYLED = new Set(['span', 'b', 'strong', 'i', 'em', 'u', 'a', 'td', 'th', 'ol', 'li']);

/** Dropped when cleaning leaves them empty (Word's marker and o:p wrappers); empty paragraphs stay, they are blank lines. */
const DROPPED_WHEN_EMPTY = new Set(['span', 'b', 'strong', 'i', 'em', 'u', 'a', 'div', 'ul', 'ol', 'blockquote']);

/** Column widths as the editor renders them: "180,320.5". */
const COLWIDTH = /^\d{1,6}(\.\d{1,6})?(,\d{1,6}(\.\d{1,6})?)*$/;

const ELEMENT_ATTRIBUTES: Record<string, Record<string, RegExp>> = {
  ol: { start: /^\d{1,6}$/, type: /^[1aAiI]$/ },
  td: { colspan: /^\d{1,3}$/, rowspan: /^\d{1,5}$/, colwidth: COLWIDTH },
  th: { colspan: /^\d{1,3}$/, rowspan: /^\d{1,5}$/, colwidth: COLWIDTH },
  col: { width: /^\d{1,5}$/, span: /^\d{1,3}$/ },
};

/** C0/C1 control characters (tabs and line breaks excepted) and stray byte-order marks. */
const CONTROL_CHARACTERS = /(?![\t\n\r])[\p{Cc}\ufeff]/gu;

export function isSafeLinkTarget(href: string): boolean {
  return MARK_ATTRS.link.safeParse({ href }).success;
}

function filteredStyle(style: string): string {
  return style
    .split(';')
    .map((declaration) => {
      const colon = declaration.indexOf(':');
      const property = declaration.slice(0, colon).trim().toLowerCase();
      const value = declaration.slice(colon + 1).trim();
      return colon > 0 && STYLE_PROPERTIES.has(property) && /^[a-z0-9 .,%#-]{1,40}$/i.test(value) ? `${property}: ${value}` : '';
    })
    .filter(Boolean)
    .join('; ');
}

/** Word and web tables give widths in pixels as width="301"; the table cell parser reads colwidth. */
function colwidthFromWidth(node: HtmlElement): string | null {
  const width = /^(\d{1,5})(?:px)?$/.exec((attributeOf(node, 'width') ?? '').trim())?.[1];
  const colspan = Number(attributeOf(node, 'colspan') ?? '1');
  return width && colspan === 1 ? width : null;
}

function filteredAttributes(node: HtmlElement, name: string): Array<[string, string]> {
  const allowed = ELEMENT_ATTRIBUTES[name] ?? {};
  const kept: Array<[string, string]> = [];
  for (const [key, rawValue] of node.attrs) {
    const value = rawValue.normalize('NFC').replace(CONTROL_CHARACTERS, '');
    if (key === 'style') {
      const style = STYLED.has(name) ? filteredStyle(value) : '';
      if (style) kept.push(['style', style]);
    } else if (key === 'href' && name === 'a') {
      if (isSafeLinkTarget(value.trim())) kept.push(['href', value.trim()]);
    } else if (DATA_ATTRIBUTES.has(key) || allowed[key]?.test(value.trim())) {
      kept.push([key, value.trim()]);
    }
  }
  if ((name === 'td' || name === 'th') && !kept.some(([key]) => key === 'colwidth')) {
    const width = colwidthFromWidth(node);
    if (width) kept.push(['colwidth', width]);
  }
  return kept;
}

/** The element's name after Word classes and renames, or null when it is unwrapped (children kept, tag dropped). */
function targetName(node: HtmlElement): string | null {
  const wordClass = WORD_CLASSES[(attributeOf(node, 'class') ?? '').toLowerCase()];
  if (wordClass && node.name === 'p') return wordClass;
  const name = RENAMED[node.name] ?? node.name;
  return KEPT.has(name) ? name : null;
}

function isDropped(name: string): boolean {
  return DROPPED.has(name) || DROPPED_PREFIXES.some((prefix) => name.startsWith(prefix));
}

/** <pre> keeps its line breaks as <br> once it becomes a paragraph. */
function preformatted(children: HtmlNode[]): HtmlNode[] {
  return children.flatMap((child): HtmlNode[] => {
    if (child.kind !== 'text') return [child];
    return child.text.split(/\r?\n/).flatMap((line, index): HtmlNode[] => (index === 0 ? [{ kind: 'text', text: line }] : [element('br'), { kind: 'text', text: line }]));
  });
}

/** A list nested directly in a list (Google Docs writes <ul><li>a</li><ul>…</ul></ul>) moves into the item before it. */
function nestStrayLists(list: HtmlElement): void {
  const children: HtmlNode[] = [];
  for (const child of list.children) {
    const previous = [...children].reverse().find((node): node is HtmlElement => node.kind === 'element');
    if (child.kind === 'element' && (child.name === 'ul' || child.name === 'ol') && previous?.name === 'li') previous.children.push(child);
    else children.push(child);
  }
  list.children = children;
}

/** Google Docs sets the numbering style on each <li>, not on the <ol>: the first item's decides. */
function numberingFromItems(list: HtmlElement): void {
  if (list.attrs.some(([key]) => key === 'type')) return;
  const first = list.children.find((child): child is HtmlElement => child.kind === 'element' && child.name === 'li');
  const style = /list-style-type\s*:\s*(lower|upper)-(alpha|latin)/i.test(attributeOf(first ?? list, 'style') ?? '');
  if (style) list.attrs.push(['type', 'a']);
}

function cleanNodes(nodes: readonly HtmlNode[]): HtmlNode[] {
  const out: HtmlNode[] = [];
  for (const node of nodes) {
    if (node.kind === 'text') {
      out.push({ kind: 'text', text: node.text.replace(CONTROL_CHARACTERS, '') });
      continue;
    }
    if (isDropped(node.name)) continue;
    const name = targetName(node);
    const source = node.name === 'pre' ? preformatted(node.children) : node.children;
    const children = cleanNodes(source);
    if (name === null || (name === 'a' && !node.attrs.some(([key, value]) => key === 'href' && isSafeLinkTarget(value.trim())))) {
      out.push(...children);
      continue;
    }
    const cleaned = element(name, name === 'blockquote' && node.name === 'p' ? [element('p', children)] : children, filteredAttributes(node, name));
    if (name === 'ul' || name === 'ol') nestStrayLists(cleaned);
    if (name === 'ol') numberingFromItems(cleaned);
    if (DROPPED_WHEN_EMPTY.has(name) && cleaned.children.length === 0) continue;
    out.push(cleaned);
  }
  return out;
}

/** Joins text split by removed tags and normalises it to NFC (a base letter and its accent may have been split apart). */
function normalizeText(nodes: HtmlNode[]): HtmlNode[] {
  const out: HtmlNode[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.kind === 'text' && last?.kind === 'text') last.text += node.text;
    else out.push(node.kind === 'text' ? { ...node } : { ...node, children: normalizeText(node.children) });
  }
  for (const node of out) if (node.kind === 'text') node.text = node.text.normalize('NFC');
  return out.filter((node) => node.kind !== 'text' || node.text.length > 0);
}

/** Pasted HTML → HTML holding only what the schema can take, safe to parse. Used as ProseMirror's transformPastedHTML. */
export function sanitizePastedHtml(html: string): string {
  const root = parseHtml(html);
  return serializeHtml(normalizeText(cleanNodes(convertWordLists(root.children))));
}

/** Pasted plain text → NFC, without control characters (line breaks and tabs kept). Used as transformPastedText. */
export function normalizePastedText(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '').normalize('NFC');
}

