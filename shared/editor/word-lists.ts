// Turns Microsoft Word's list paragraphs (<p style="mso-list:l0 level1 lfo1"> with a typed marker) into real nested lists.
import { attributeOf, element, textContent, type HtmlElement, type HtmlNode } from './html-tree.js';

interface WordListParagraph {
  paragraph: HtmlElement;
  /** "l0 lfo1": paragraphs of one Word list share it; a new value starts a new list. */
  list: string;
  level: number;
  marker: string;
}

interface MarkerKind {
  ordered: boolean;
  listStyle: 'decimal' | 'lower-alpha';
  start: number;
}

const MSO_LIST = /mso-list\s*:\s*(l\d+)\s+level(\d+)\s+(lfo\d+)/i;
const MARKER_SPAN = /mso-list\s*:\s*ignore/i;
const HEADING = /^h[1-6]$/;

/** The marker element Word writes before the text ("1.", "a)", "·" + spacing), or null. */
function findMarker(node: HtmlElement): { parent: HtmlElement; index: number; marker: HtmlElement } | null {
  for (let index = 0; index < node.children.length; index++) {
    const child = node.children[index];
    if (child?.kind !== 'element') continue;
    if (MARKER_SPAN.test(attributeOf(child, 'style') ?? '')) return { parent: node, index, marker: child };
    const nested = findMarker(child);
    if (nested) return nested;
  }
  return null;
}

/** Removes the marker element and returns its text without the spacing Word pads it with. */
function takeMarker(paragraph: HtmlElement): string | null {
  const found = findMarker(paragraph);
  if (!found) return null;
  found.parent.children.splice(found.index, 1);
  return textContent(found.marker).replace(/[\s\u00a0]+/g, ' ').trim();
}

function romanValue(roman: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  for (let index = 0; index < roman.length; index++) {
    const value = values[roman[index] ?? ''] ?? 0;
    const next = values[roman[index + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return Math.max(1, total);
}

/** What a typed marker says about the list: "3." decimal from 3, "b)" lettered from 2, "·" or "o" a bullet. */
export function markerKind(marker: string): MarkerKind {
  const text = marker.replace(/^\(/, '');
  const decimal = /^(?:\d+\.)*(\d+)[.)]?$/.exec(text);
  if (decimal) return { ordered: true, listStyle: 'decimal', start: Math.max(1, Number(decimal[1])) };
  // A single "i." is read as roman one: a lettered list does not start at i.
  const roman = /^([ivxlc]{2,}|i)[.)]$/i.exec(text);
  if (roman) return { ordered: true, listStyle: 'decimal', start: romanValue((roman[1] ?? '').toLowerCase()) };
  const letter = /^([a-z])[.)]$/i.exec(text);
  if (letter) return { ordered: true, listStyle: 'lower-alpha', start: (letter[1] ?? 'a').toLowerCase().charCodeAt(0) - 96 };
  return { ordered: false, listStyle: 'decimal', start: 1 };
}

function listParagraph(node: HtmlNode): WordListParagraph | null {
  if (node.kind !== 'element' || node.name !== 'p') return null;
  const match = MSO_LIST.exec(attributeOf(node, 'style') ?? '');
  if (!match) return null;
  const marker = takeMarker(node) ?? '';
  return { paragraph: node, list: `${match[1]} ${match[3]}`, level: Math.max(1, Number(match[2])), marker };
}

function newList(kind: MarkerKind): HtmlElement {
  if (!kind.ordered) return element('ul');
  const attrs: Array<[string, string]> = [];
  if (kind.start !== 1) attrs.push(['start', String(kind.start)]);
  if (kind.listStyle === 'lower-alpha') attrs.push(['type', 'a']);
  return element('ol', [], attrs);
}

interface OpenList {
  level: number;
  list: HtmlElement;
  key: string;
  lastItem: HtmlElement | null;
}

/** Builds nested lists from a run of consecutive Word list paragraphs. */
function buildLists(run: WordListParagraph[]): HtmlElement[] {
  const roots: HtmlElement[] = [];
  const open: OpenList[] = [];
  for (const item of run) {
    const key = item.list;
    while (open.length > 0 && (open[open.length - 1]?.level ?? 0) > item.level) open.pop();
    let top = open[open.length - 1];
    if (top && top.level === item.level && top.key !== key) {
      open.pop();
      top = open[open.length - 1];
    }
    if (!top || top.level < item.level) {
      // The first paragraph of a list decides its kind and start; later markers only count on.
      const list = newList(markerKind(item.marker));
      const parent = top?.lastItem;
      if (parent) parent.children.push(list);
      else roots.push(list);
      top = { level: item.level, list, key, lastItem: null };
      open.push(top);
    }
    const listItem = element('li', [element('p', item.paragraph.children)]);
    top.list.children.push(listItem);
    top.lastItem = listItem;
  }
  return roots;
}

function isBlank(node: HtmlNode): boolean {
  return node.kind === 'text' && node.text.trim() === '';
}

/**
 * Rewrites Word list paragraphs among `children` (recursively) into ul/ol with li. Numbered headings keep their heading
 * and their number as text ("I. THÔNG BÁO"); only the marker's padding is removed.
 */
export function convertWordLists(children: HtmlNode[]): HtmlNode[] {
  const out: HtmlNode[] = [];
  let run: WordListParagraph[] = [];
  const flush = (): void => {
    if (run.length > 0) out.push(...buildLists(run));
    run = [];
  };
  for (const child of children) {
    const item = listParagraph(child);
    if (item) {
      run.push(item);
      continue;
    }
    if (run.length > 0 && isBlank(child)) continue;
    flush();
    if (child.kind === 'element') {
      if (HEADING.test(child.name) && MSO_LIST.test(attributeOf(child, 'style') ?? '')) {
        const marker = takeMarker(child);
        if (marker) child.children.unshift({ kind: 'text', text: `${marker} ` });
      }
      child.children = convertWordLists(child.children);
    }
    out.push(child);
  }
  flush();
  return out;
}
