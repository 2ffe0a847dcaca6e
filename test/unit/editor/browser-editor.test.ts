// The shared extensions in a real editor in Chromium: in-app copy and paste keeps every node, Word and web pastes become clean structure, input rules work.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { JSONContent } from '@tiptap/core';
import type { Browser, Page } from 'playwright-core';
import { build, type Rollup } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateRichDoc } from '../../../shared/editor/validate.js';
import { launchChromium } from '../../e2e/support/chromium.js';
import type { EditorLab } from './browser/entry.js';
import { CANONICAL_DOC } from './canonical-doc.js';

const ENTRY = fileURLToPath(new URL('./browser/entry.ts', import.meta.url));
const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

async function bundle(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: false, lib: { entry: ENTRY, formats: ['iife'], name: 'editorLabBundle', fileName: 'editor-lab' } },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const chunk = outputs.flatMap((output) => output.output).find((item): item is Rollup.OutputChunk => item.type === 'chunk');
  if (!chunk) throw new Error('the editor bundle has no chunk');
  return chunk.code;
}

let browser: Browser;
let page: Page;

beforeAll(async () => {
  const [code, launched] = await Promise.all([bundle(), launchChromium()]);
  browser = launched;
  page = await browser.newPage();
  await page.setContent('<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body></body></html>');
  await page.addScriptTag({ content: code });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

function lab<K extends keyof EditorLab>(method: K, ...args: Parameters<EditorLab[K]>): Promise<ReturnType<EditorLab[K]>> {
  return page.evaluate(
    ([name, values]) => {
      const target: unknown = Reflect.get(globalThis, 'editorLab');
      const fn: unknown = target && typeof target === 'object' ? Reflect.get(target, name) : undefined;
      if (typeof fn !== 'function') throw new Error(`editorLab.${name} is missing`);
      return Reflect.apply(fn, target, values) as ReturnType<EditorLab[K]>;
    },
    [method, args] as const,
  );
}

/** Block types and text of a pasted document, one line per block, nested blocks indented. */
function outline(node: JSONContent, depth = 0): string[] {
  if (node.type === 'text') return [];
  const inline = (node.content ?? []).every((child) => child.type === 'text' || child.type === 'hardBreak' || child.type === 'citation' || child.type === 'variable');
  if (inline && node.type !== 'doc') {
    const text = (node.content ?? []).map((child) => (child.type === 'text' ? child.text : child.type === 'hardBreak' ? '⏎' : `[${child.type}]`)).join('');
    const attrs = node.attrs && Object.keys(node.attrs).length > 0 ? JSON.stringify(node.attrs) : '';
    return [`${'  '.repeat(depth)}${node.type}${attrs} ${text}`.trimEnd()];
  }
  const attrs = node.type !== 'doc' && node.attrs && Object.keys(node.attrs).length > 0 ? JSON.stringify(node.attrs) : '';
  const own = node.type === 'doc' ? [] : [`${'  '.repeat(depth)}${node.type}${attrs}`];
  return [...own, ...(node.content ?? []).flatMap((child) => outline(child, node.type === 'doc' ? depth : depth + 1))];
}

function marksOf(node: JSONContent, text: string): string[] {
  if (node.type === 'text' && node.text === text) return (node.marks ?? []).map((mark) => mark.type);
  for (const child of node.content ?? []) {
    const found = marksOf(child, text);
    if (found.length > 0) return found;
  }
  return [];
}

describe('in-app copy and paste (Chromium)', () => {
  it('every node, mark and attribute of the canonical document survives the clipboard HTML', async () => {
    const { html, pasted } = await lab('copyPaste', CANONICAL_DOC);
    expect(html).toContain('data-type="citation"');
    expect(pasted).toEqual(CANONICAL_DOC);
  });

  it('the text copy writes reference labels, not raw ids or nothing', async () => {
    const { text } = await lab('copyPaste', CANONICAL_DOC);
    expect(text).toContain('Thực hiện [mục 2, starter-57-kl-tw], tháng {{ky_bao_cao}} Sở đã');
    expect(text).toContain('[sample-tp-thong-diep-chu-dao r3]');
  });
});

describe('pasting from Word and web pages (Chromium)', () => {
  it('Word: numbered heading, marks, nested bullet and numbered lists, table with widths; no images or Word junk', async () => {
    const pasted = await lab('pasteHtml', fixture('word-briefing.html'));
    expect(validateRichDoc(pasted).ok).toBe(true);
    expect(outline(pasted)).toEqual([
      'heading{"level":1} I. THÔNG BÁO',
      'paragraph Ngày 7/12/2023, tại TP Hòa Bình, Bộ Thông tin và Truyền thông tổ chức hội nghị tập huấn công tác thông tin đối ngoại về quyền con người[1].',
      'bulletList',
      '  listItem',
      '    paragraph Quyền con người',
      '    bulletList',
      '      listItem',
      '        paragraph Công ước chống tra tấn',
      '  listItem',
      '    paragraph Thông tin đối ngoại',
      'paragraph',
      'orderedList{"start":3,"listStyle":"decimal"}',
      '  listItem',
      '    paragraph Về công tác phát ngôn',
      '    orderedList{"start":1,"listStyle":"lower-alpha"}',
      '      listItem',
      '        paragraph Họp báo định kỳ hằng quý',
      '      listItem',
      '        paragraph Cung cấp thông tin hằng tháng',
      '  listItem',
      '    paragraph Về trả lời phỏng vấn',
      'paragraph Ảnh: Hội nghị tập huấn',
      'table',
      '  tableRow',
      '    tableCell{"colspan":1,"rowspan":1,"colwidth":[189]}',
      '      paragraph Cơ quan báo chí',
      '    tableCell{"colspan":1,"rowspan":1,"colwidth":[412]}',
      '      paragraph Câu hỏi',
      '  tableRow',
      '    tableCell{"colspan":1,"rowspan":1,"colwidth":[189]}',
      '      paragraph Báo Nhân Dân',
      '    tableCell{"colspan":1,"rowspan":1,"colwidth":[412]}',
      '      paragraph Kết quả triển khai Đề án?',
      'heading{"level":1} Phụ lục',
      // The editor keeps a paragraph after a last block that is not one, so there is always a place to type.
      'paragraph',
    ]);
    expect(marksOf(pasted, 'Ngày 7/12/2023')).toEqual(['bold']);
    expect(marksOf(pasted, 'tập huấn')).toEqual(['italic']);
    expect(marksOf(pasted, 'thông tin đối ngoại')).toEqual(['underline']);
    // Word's style sheet makes Normal bold; it must not reach the pasted text.
    expect(marksOf(pasted, 'Báo Nhân Dân')).toEqual([]);
  });

  it('web article: headings, links, lists and table kept; unsafe links become plain text; nothing runs', async () => {
    const pasted = await lab('pasteHtml', fixture('web-article.html'));
    expect(validateRichDoc(pasted).ok).toBe(true);
    const text = outline(pasted).join('\n');
    expect(text).toContain('heading{"level":2} Tập huấn thông tin đối ngoại về quyền con người');
    expect(text).toContain('paragraph Thủ tướng Chính phủ phê duyệt Đề án truyền thông về quyền con người theo Quyết định số 1079/QĐ-TTg.');
    expect(text).toContain('heading{"level":4} Ghi chú cuối bài');
    expect(text).toContain('tableHeader{"colspan":2,"rowspan":1,"colwidth":null}');
    expect(text).toContain('paragraph Dòng 1⏎Dòng 2');
    expect(text).not.toContain('vector');
    expect(JSON.stringify(pasted)).toContain('"href":"https://baochinhphu.vn/quyet-dinh-1079.htm"');
    expect(JSON.stringify(pasted)).toContain('"href":"mailto:baochi@mofa.gov.vn"');
    expect(JSON.stringify(pasted)).not.toMatch(/javascript|data:|vbscript/);
    expect(marksOf(pasted, '12')).toEqual(['bold']);
    expect(await page.evaluate(() => Reflect.get(globalThis, '__pasted'))).toBeUndefined();
  });

  it('Google Docs: bold only where the run says so, italic underline, lettered list', async () => {
    const pasted = await lab('pasteHtml', fixture('google-docs.html'));
    expect(marksOf(pasted, 'Thông điệp chủ đạo')).toEqual(['bold']);
    expect(marksOf(pasted, 'Việt Nam luôn bảo đảm quyền con người')).toEqual(['italic', 'underline']);
    expect(marksOf(pasted, 'Trụ cột thứ nhất')).toEqual([]);
    expect(outline(pasted)).toContain('orderedList{"start":1,"listStyle":"lower-alpha"}');
  });

  it('half-formed reference markup from outside stays plain text instead of making a broken chip', async () => {
    const pasted = await lab('pasteHtml', '<p><span data-type="citation" data-pinpoint="Điều 5">Kết luận</span> <span data-type="variable" data-name="Kỳ báo cáo">kỳ</span> <div data-type="qaBlock" data-qa-id="q" data-revision="0">Hỏi</div></p>');
    expect(outline(pasted)).toEqual(['paragraph Kết luận kỳ', 'paragraph Hỏi']);
  });

  it('{{name}} in pasted plain text becomes a variable token', async () => {
    const pasted = await lab('pasteText', 'Báo cáo tháng {{ky_bao_cao}} tại {{dia_danh}}.');
    expect(outline(pasted)).toEqual(['paragraph Báo cáo tháng [variable] tại [variable].']);
    expect(JSON.stringify(pasted)).toContain('{"type":"variable","attrs":{"name":"dia_danh"}}');
  });

  it('decomposed Vietnamese text arrives in NFC, from HTML and from plain text', async () => {
    const composed = 'Nghị định số 09/2017/NĐ-CP quy định chi tiết việc phát ngôn';
    const fromHtml = await lab('pasteHtml', `<p>${composed.normalize('NFD')}</p>`);
    const fromText = await lab('pasteText', composed.normalize('NFD'));
    expect(outline(fromHtml)).toEqual([`paragraph ${composed}`]);
    expect(outline(fromText)).toEqual([`paragraph ${composed}`]);
  });
});

describe('typing (Chromium)', () => {
  it('"{{ky_bao_cao}}" becomes a variable token and "a) " starts a lettered list', async () => {
    await lab('mountEmpty');
    // tiptap focuses on a later frame: typing before that loses the first keys on a busy machine.
    await page.waitForFunction("document.activeElement?.getAttribute('contenteditable') === 'true'");
    await page.keyboard.type('Kỳ {{ky_bao_cao}} xong');
    await page.keyboard.press('Enter');
    await page.keyboard.type('a) Điểm một');
    expect(await lab('json')).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Kỳ ' }, { type: 'variable', attrs: { name: 'ky_bao_cao' } }, { type: 'text', text: ' xong' }] },
        { type: 'orderedList', attrs: { start: 1, listStyle: 'lower-alpha' }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Điểm một' }] }] }] },
        { type: 'paragraph' },
      ],
    });
  });
});
