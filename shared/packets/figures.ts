// Figures in packet text (numbers and percentages that state a fact) and whether a source stands near them: a documented heuristic.
import { forEachNode, type DocLocation } from '../editor/text.js';
import type { RichNode } from '../model/rich-text.js';
import { foldVietnamese } from '../text/normalize.js';

/*
 * What counts as a figure. Each whitespace-separated word holding a digit, stripped of surrounding brackets, quotes
 * and punctuation, is a figure unless it is:
 *   - a word with letters in it: symbols and codes (57-KL/TW, 09/2017/NĐ-CP, 8h30, CERD);
 *   - a date or time: 7/12/2023, 22-12-2024, 07.12.2023, 10/12, 12/2023, 14:30; a year 1900–2099 or a range of
 *     years (2011-2020, 2023–2028);
 *   - a phone number: 9 or more digits starting with 0 or +84 (dots and spaces inside allowed);
 *   - a number after a word that makes it an ordinal or a date part: Điều, khoản, điểm, Chương, Mục, Phần, lần, thứ,
 *     khóa, số, ngày, tháng, năm, quý, tuần, kỳ, đợt, lục (phụ lục), trang;
 *   - a list number opening the paragraph ("1.", "2)");
 *   - a whole number below 10 without a percent sign (counts such as "3 trụ cột" need no source).
 * So 280, 26, 1.500, 3,5, 15% and 100% are figures.
 *
 * When a source is near. A figure has a source when its paragraph (or heading) holds a citation, a link, or a
 * source phrase (theo …, nguồn, căn cứ, trích, báo cáo, thống kê, cho biết, công bố, according to, source, reported;
 * "theo dõi", "theo đó", "tiếp theo" are not sources); when another paragraph of the same list item or table row
 * does; when the paragraph sits in a directive excerpt (a quoted directive is its own source); or when the block
 * right after the paragraph's top-level block opens with "Nguồn" or "(Theo" (a source line under a table or paragraph).
 */

const ORDINAL_WORDS = new Set(['dieu', 'khoan', 'diem', 'chuong', 'muc', 'phan', 'lan', 'thu', 'khoa', 'so', 'ngay', 'thang', 'nam', 'quy', 'tuan', 'ky', 'dot', 'luc', 'trang']);
const NOT_FIGURES = [
  /\p{L}/u,
  /^\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?$/u,
  /^\d{1,2}\.\d{1,2}\.\d{4}$/u,
  /^\d{1,2}\/\d{4}$/u,
  /^\d{1,2}:\d{2}$/u,
  /^(?:19|20)\d{2}(?:[-–—](?:19|20)\d{2})?$/u,
];
const SOURCE_CUE = /(?:^|[^\p{L}])(?:theo|nguon|can cu|trich|bao cao|thong ke|cho biet|cong bo|according to|source|reported)(?![\p{L}])/u;
const NOT_SOURCE = /(?:^|[^\p{L}])(?:theo doi|theo do|tiep theo)(?![\p{L}])/gu;
const SOURCE_LINE = /^(?:\W*(?:nguon|source)|\(\s*theo)(?![\p{L}])/u;

function stripWord(word: string): string {
  return word.replace(/^[([{"“‘'«]+/u, '').replace(/[)\]}"”’'».,;:!?…]+$/u, '');
}

function isPhone(word: string): boolean {
  const digits = word.replace(/[.\s]/gu, '');
  return /^(?:0|\+84)\d{8,}$/u.test(digits);
}

/** The figures in a line of text, in order. */
export function figuresIn(text: string): string[] {
  const words = text.normalize('NFC').split(/\s+/u).filter(Boolean);
  const figures: string[] = [];
  words.forEach((raw, index) => {
    const word = stripWord(raw);
    if (!/\d/u.test(word)) return;
    if (index === 0 && /^\d+[.)]$/u.test(raw)) return;
    if (NOT_FIGURES.some((pattern) => pattern.test(word)) || isPhone(word)) return;
    const previous = foldVietnamese(stripWord(words[index - 1] ?? ''));
    if (ORDINAL_WORDS.has(previous)) return;
    if (/^\d$/u.test(word)) return;
    figures.push(word);
  });
  return figures;
}

/** Whether a line of text names a source (see the rules above). */
export function namesSource(text: string): boolean {
  return SOURCE_CUE.test(foldVietnamese(text).replace(NOT_SOURCE, ' '));
}

export interface FigureBlock {
  /** Child indices from the document to the paragraph or heading. */
  path: readonly number[];
  /** Editor position just before it. */
  pos: number;
  /** Inside an internal note. */
  internal: boolean;
  /** Inside a directive excerpt: quoted text, not the packet's own statement. */
  quoted: boolean;
  figures: string[];
  /** Whether a source stands near (see the rules above). */
  sourced: boolean;
}

interface TextBlock {
  path: readonly number[];
  at: DocLocation;
  text: string;
  /** Holds a citation or a link. */
  cited: boolean;
  inExcerpt: boolean;
  /** Path of the nearest list item or table row holding it, or null. */
  group: string | null;
}

function readTextBlock(node: RichNode): { text: string; cited: boolean } {
  let text = '';
  let cited = false;
  for (const child of node.content ?? []) {
    if (child.type === 'text') {
      text += child.text ?? '';
      if (child.marks?.some((mark) => mark.type === 'link')) cited = true;
    } else {
      text += ' ';
      if (child.type === 'citation') cited = true;
    }
  }
  return { text, cited };
}

function textBlocks(doc: RichNode): TextBlock[] {
  const blocks: TextBlock[] = [];
  forEachNode(doc, (node, at) => {
    if (node.type !== 'paragraph' && node.type !== 'heading') return;
    let current: RichNode = doc;
    let inExcerpt = false;
    let group: string | null = null;
    for (let depth = 0; depth < at.path.length - 1; depth++) {
      current = current.content?.[at.path[depth] ?? 0] ?? current;
      if (current.type === 'directiveExcerpt') inExcerpt = true;
      if (current.type === 'listItem' || current.type === 'tableRow') group = at.path.slice(0, depth + 1).join('.');
    }
    blocks.push({ path: at.path, at, ...readTextBlock(node), inExcerpt, group });
  });
  return blocks;
}

/** Every paragraph or heading of the document that states figures, with whether a source stands near. */
export function figureBlocks(doc: RichNode): FigureBlock[] {
  const blocks = textBlocks(doc);
  const figured = blocks.map((block) => ({ block, figures: /\d/u.test(block.text) ? figuresIn(block.text) : [] })).filter((entry) => entry.figures.length > 0);
  if (figured.length === 0) return [];
  const ownSource = new Map<TextBlock, boolean>();
  const hasOwnSource = (block: TextBlock): boolean => {
    let known = ownSource.get(block);
    if (known === undefined) ownSource.set(block, (known = block.cited || namesSource(block.text)));
    return known;
  };
  const groups = new Map<string, TextBlock[]>();
  const firstOfTopBlock = new Map<number, TextBlock>();
  for (const block of blocks) {
    if (block.group !== null) {
      const members = groups.get(block.group);
      if (members) members.push(block);
      else groups.set(block.group, [block]);
    }
    if (!firstOfTopBlock.has(block.at.block)) firstOfTopBlock.set(block.at.block, block);
  }
  const sourceLineAfter = (block: TextBlock): boolean => {
    const next = firstOfTopBlock.get(block.at.block + 1);
    return next !== undefined && SOURCE_LINE.test(foldVietnamese(next.text.trimStart().slice(0, 24)));
  };
  return figured.map(({ block, figures }) => {
    const sourced =
      block.inExcerpt || hasOwnSource(block) || (block.group !== null && (groups.get(block.group) ?? []).some(hasOwnSource)) || sourceLineAfter(block);
    return { path: block.path, pos: block.at.pos, internal: block.at.internal, quoted: block.inExcerpt, figures, sourced };
  });
}
