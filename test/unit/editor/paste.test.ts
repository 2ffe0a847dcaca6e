// The paste sanitiser: unsafe markup removed, Word and web structure kept (lists, headings, tables, marks), text in NFC.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml, serializeHtml, type HtmlNode } from '../../../shared/editor/html-tree.js';
import { normalizePastedText, sanitizePastedHtml } from '../../../shared/editor/paste.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function withoutBareSpans(nodes: HtmlNode[]): HtmlNode[] {
  return nodes.flatMap((node): HtmlNode[] => {
    if (node.kind === 'text') return [node];
    const children = withoutBareSpans(node.children);
    return node.name === 'span' && node.attrs.length === 0 ? children : [{ ...node, children }];
  });
}

/** Sanitised HTML without attribute-less spans and with whitespace collapsed, to compare structure. */
function compact(html: string): string {
  return serializeHtml(withoutBareSpans(parseHtml(sanitizePastedHtml(html)).children))
    .replace(/\s+/g, ' ')
    .replace(/>\s+</g, '><')
    .trim();
}

const NFD = (text: string): string => text.normalize('NFD');

describe('unsafe or unsupported markup is dropped', () => {
  it.each([
    ['script with its content', '<p>Trước</p><script>alert("x")</script><p>Sau</p>', '<p>Trước</p><p>Sau</p>'],
    ['script whose text looks like markup', '<p>A</p><SCRIPT type="text/javascript">document.write("</p><b>")</SCRIPT><p>B</p>', '<p>A</p><p>B</p>'],
    ['style sheet', '<style>p { font-weight: bold }</style><p>Văn bản</p>', '<p>Văn bản</p>'],
    ['event handlers', '<p onclick="x()" onmouseover=\'y()\'>Nội dung <b onload=z()>đậm</b></p>', '<p>Nội dung <b>đậm</b></p>'],
    ['image with onerror', '<p>Ảnh <img src=x onerror="alert(1)"> hết</p>', '<p>Ảnh  hết</p>'],
    ['javascript: link', '<p><a href="javascript:alert(1)">bấm</a></p>', '<p>bấm</p>'],
    ['javascript: link hidden with entities and case', '<p><a href="&#106;ava&#x53;cript&colon;alert(1)">a</a><a href=" JaVaScRiPt:alert(1)">b</a></p>', '<p>ab</p>'],
    ['javascript: link split by a tab', '<p><a href="java\tscript:alert(1)">c</a></p>', '<p>c</p>'],
    ['data: and vbscript: links', '<p><a href="data:text/html,<script>alert(1)</script>">d</a> <a href="vbscript:x">v</a></p>', '<p>d v</p>'],
    ['relative and file links', '<p><a href="/trang">r</a> <a href="file:///C:/a.docx">f</a> <a href="#_ftn1">[1]</a></p>', '<p>r f [1]</p>'],
    ['iframe, object, embed, svg, math', '<p>x</p><iframe src="https://a"></iframe><object data="y"><param name=a></object><embed src=z><svg onload=alert(1)><text>t</text></svg><math><mi>x</mi></math>', '<p>x</p>'],
    ['forms and their controls', '<form action="https://evil"><p>Họ tên</p><input value="a"><button>Gửi</button><select><option>1</option></select></form>', '<div><p>Họ tên</p></div>'],
    ['comments, conditional comments, CDATA and processing instructions', '<!-- ghi chú --><?xml version="1.0"?><![CDATA[x]]><!--[if gte mso 9]><xml><w:Zoom>0</w:Zoom></xml><![endif]--><p>Còn lại</p>', '<p>Còn lại</p>'],
    ['CSS other than bold/italic/underline, and url() in it', '<p><span style="color:red;font-weight:bold;background:url(javascript:alert(1));font-size:14pt">đậm</span></p>', '<p><span style="font-weight: bold">đậm</span></p>'],
    ['style on whole blocks', '<h2 style="font-weight:700">Tiêu đề</h2><p style="font-style:italic">Đoạn</p>', '<h2>Tiêu đề</h2><p>Đoạn</p>'],
    ['class, id, lang, dir, target and unknown data attributes', '<p class="MsoNormal" id="p1" lang="VI" dir="ltr" data-tracking="1"><a href="https://chinhphu.vn" target="_blank" rel="noopener" title="t">x</a></p>', '<p><a href="https://chinhphu.vn">x</a></p>'],
    ['control characters and byte-order marks', '<p>A\u0000B\u0007C\ufeffD\u0085E</p>', '<p>ABCDE</p>'],
  ])('%s', (_name, input, expected) => {
    expect(sanitizePastedHtml(input)).toBe(expected);
  });
});

describe('structure is kept', () => {
  it.each([
    ['headings h1–h4, h5/h6 as h4', '<h1>A</h1><h3>B</h3><h5>C</h5><h6>D</h6>', '<h1>A</h1><h3>B</h3><h4>C</h4><h4>D</h4>'],
    ['bold, italic, underline and their synonyms', '<p><b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u></p>', '<p><b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u></p>'],
    ['http, https and mailto links', '<p><a href="http://a.vn">1</a><a href=" https://b.vn/x?y=1&amp;z=2 ">2</a><a href="MAILTO:c@d.vn">3</a></p>', '<p><a href="http://a.vn">1</a><a href="https://b.vn/x?y=1&amp;z=2">2</a><a href="MAILTO:c@d.vn">3</a></p>'],
    ['lists with start and type', '<ol start="3" type="a" reversed><li>x</li></ol><ul><li>y</li></ul>', '<ol start="3" type="a"><li>x</li></ol><ul><li>y</li></ul>'],
    ['a list nested directly in a list moves into the item before it', '<ul><li>a</li><ul><li>b</li></ul><li>c</li></ul>', '<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>'],
    ['numbering style of Google Docs items', '<ol><li style="list-style-type:lower-alpha">a</li></ol>', '<ol type="a"><li style="list-style-type: lower-alpha">a</li></ol>'],
    ['tables with spans; pixel widths become colwidth', '<table border=1><tr><th width=120>A</th><td colspan=2 rowspan="3" width="80">B</td></tr></table>', '<table><tr><th colwidth="120">A</th><td colspan="2" rowspan="3">B</td></tr></table>'],
    ['blockquote, hr and br', '<blockquote><p>q</p></blockquote><hr><p>a<br>b</p>', '<blockquote><p>q</p></blockquote><hr><p>a<br>b</p>'],
    ['article blocks become divs so lines do not run together', '<article>Một</article><section>Hai</section>', '<div>Một</div><div>Hai</div>'],
    ['pre keeps its lines', '<pre>Dòng 1\nDòng 2</pre>', '<p>Dòng 1<br>Dòng 2</p>'],
    ['unknown inline tags are unwrapped', '<p><font face="Arial">Phông</font> <small>nhỏ</small> <st1:place w:st="on">Hà Nội</st1:place></p>', '<p>Phông nhỏ Hà Nội</p>'],
    ['our own nodes as the editor copies them', '<p data-pm-slice="1 1 []">Theo <span data-type="citation" data-directive-id="kl57" data-pinpoint="Điều 5">Kết luận</span> <span data-type="variable" data-name="ky_bao_cao">{{ky_bao_cao}}</span></p><div data-type="talkingPointBlock" data-talking-point-id="tp-1" data-revision="2">TP</div><div data-type="internalNote"><p>n</p></div><blockquote data-type="directiveExcerpt" data-directive-id="kl57" data-excerpt-id="e1"><p>q</p></blockquote><ol type="a" data-list-style="lower-alpha"><li>x</li></ol>', '<p data-pm-slice="1 1 []">Theo <span data-type="citation" data-directive-id="kl57" data-pinpoint="Điều 5">Kết luận</span> <span data-type="variable" data-name="ky_bao_cao">{{ky_bao_cao}}</span></p><div data-type="talkingPointBlock" data-talking-point-id="tp-1" data-revision="2">TP</div><div data-type="internalNote"><p>n</p></div><blockquote data-type="directiveExcerpt" data-directive-id="kl57" data-excerpt-id="e1"><p>q</p></blockquote><ol type="a" data-list-style="lower-alpha"><li>x</li></ol>'],
  ])('%s', (_name, input, expected) => {
    expect(sanitizePastedHtml(input)).toBe(expected);
  });
});

describe('parsing clipboard HTML', () => {
  it.each([
    ['unquoted and single-quoted attributes', "<p><a href=https://a.vn title='x > y'>l</a></p>", '<p><a href="https://a.vn">l</a></p>'],
    ['a ">" inside a quoted attribute does not end the tag', '<p><span style="font-weight:bold" title="a>b">x</span></p>', '<p><span style="font-weight: bold">x</span></p>'],
    ['upper-case tags', '<P><B>X</B></P>', '<p><b>X</b></p>'],
    ['a stray "<" stays text', '<p>1 < 2 và 3 <4</p>', '<p>1 &lt; 2 và 3 &lt;4</p>'],
    ['escaped markup stays text', '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp;</p>', '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp;</p>'],
    ['unknown named references stay literal', '<p>R&D; &ndash; &unknownentity;</p>', '<p>R&amp;D; – &amp;unknownentity;</p>'],
    ['implied end tags of p, li and td', '<p>a<p>b<ul><li>c<li>d</ul><table><tr><td>e<td>f</table>', '<p>a</p><p>b</p><ul><li>c</li><li>d</li></ul><table><tr><td>e</td><td>f</td></tr></table>'],
    ['unclosed tags at the end', '<p><b>đậm', '<p><b>đậm</b></p>'],
    ['a tag cut off at the end', '<p>x</p><a href="https://a.vn', '<p>x</p>'],
    ['stray end tags', '</b></div><p>x</p></span>', '<p>x</p>'],
  ])('%s', (_name, input, expected) => {
    expect(sanitizePastedHtml(input)).toBe(expected);
  });

  it('flattens hostile nesting instead of overflowing the stack', () => {
    const deep = `${'<span>'.repeat(50_000)}chữ${'</span>'.repeat(50_000)}`;
    expect(compact(deep)).toBe('chữ');
  });
});

describe('text is normalised to NFC', () => {
  const composed = 'Thủ tướng Chính phủ phê duyệt Đề án';

  it('in HTML text and attribute values', () => {
    expect(sanitizePastedHtml(`<p>${NFD(composed)}</p>`)).toBe(`<p>${composed}</p>`);
    expect(sanitizePastedHtml(`<span data-type="citation" data-directive-id="x" data-pinpoint="${NFD('Điều 5')}">c</span>`)).toBe(
      '<span data-type="citation" data-directive-id="x" data-pinpoint="Điều 5">c</span>',
    );
  });

  it('when a letter and its accent are split by a removed tag or written as a reference', () => {
    expect(sanitizePastedHtml('<p>Vie<o:p></o:p>\u0302\u0323t Nam, quye\u0302&#x300;n</p>')).toBe('<p>Việt Nam, quyền</p>');
  });

  it('in plain text, keeping line breaks and tabs', () => {
    expect(normalizePastedText(`${NFD('Hà Nội')}\r\n\tngày 7\u0000/12`)).toBe('Hà Nội\r\n\tngày 7/12');
  });
});

describe('Word (Windows, Word 2016) clipboard', () => {
  const out = sanitizePastedHtml(fixture('word-briefing.html'));
  const shape = compact(fixture('word-briefing.html'));

  it('drops the head, XML islands, Office elements, images, classes and mso- styles', () => {
    for (const junk of ['mso', 'Mso', 'class=', 'lang=', '<img', 'o:p', 'v:', 'w:', 'st1:', 'file:', '<!--', '<![', '<style', '<meta', '<link', '·', 'font-family']) {
      expect(out, junk).not.toContain(junk);
    }
  });

  it('keeps a numbered heading with its number', () => {
    expect(shape).toContain('<h1>I. THÔNG BÁO</h1>');
  });

  it('keeps bold, italic and underline runs, and the footnote mark as text', () => {
    expect(shape).toContain(
      '<p><b>Ngày 7/12/2023</b>, tại TP Hòa Bình, Bộ Thông tin và Truyền thông tổ chức hội nghị <i>tập huấn</i> công tác <u>thông tin đối ngoại</u> về quyền con người[1].</p>',
    );
  });

  it('turns bullet list paragraphs into a nested bulleted list', () => {
    expect(shape).toContain('<ul><li><p>Quyền con người</p><ul><li><p>Công ước chống tra tấn</p></li></ul></li><li><p><b>Thông tin đối ngoại</b></p></li></ul>');
  });

  it('turns numbered paragraphs into an ordered list from 3 with a lettered sublist', () => {
    expect(shape).toContain(
      '<ol start="3"><li><p>Về công tác phát ngôn</p><ol type="a"><li><p>Họp báo định kỳ hằng quý</p></li><li><p>Cung cấp thông tin hằng tháng</p></li></ol></li><li><p>Về trả lời phỏng vấn</p></li></ol>',
    );
  });

  it('keeps the table with its column widths, the caption text and the title style as a heading', () => {
    expect(shape).toContain('<p>Ảnh: Hội nghị tập huấn</p>');
    expect(shape).toContain('<table><tr><td colwidth="189"><p><b>Cơ quan báo chí</b></p></td><td colwidth="412"><p><b>Câu hỏi</b></p></td></tr>');
    expect(shape).toContain('<tr><td colwidth="189"><p>Báo Nhân Dân</p></td><td colwidth="412"><p>Kết quả triển khai Đề án?</p></td></tr></table>');
    expect(shape).toContain('<h1>Phụ lục</h1>');
  });
});

describe('web page and Google Docs clipboard', () => {
  it('keeps the article structure and drops its scripts, handlers, images, frames and forms', () => {
    const out = sanitizePastedHtml(fixture('web-article.html'));
    for (const junk of ['script', 'onerror', 'onclick', 'onmouseover', 'onload', '<img', '<iframe', '<svg', 'javascript', 'data:', 'vbscript', 'target=', '<form', '<input', '<button', 'url(']) {
      expect(out, junk).not.toContain(junk);
    }
    const shape = compact(fixture('web-article.html'));
    expect(shape).toContain('<h2>Tập huấn thông tin đối ngoại về quyền con người</h2>');
    expect(shape).toContain('<div><div>Quang cảnh hội nghị. Ảnh: VGP</div></div>');
    expect(shape).toContain('<p>Thủ tướng Chính phủ phê duyệt Đề án truyền thông về quyền con người theo <a href="https://baochinhphu.vn/quyet-dinh-1079.htm">Quyết định số 1079/QĐ-TTg</a>.</p>');
    expect(shape).toContain('<p>Đọc thêm: liên kết độc hại, liên kết mã hóa, dữ liệu, vbs và <a href="mailto:baochi@mofa.gov.vn">thư điện tử</a>.</p>');
    expect(shape).toContain('<ul><li><strong>Kết luận</strong> số 57-KL/TW</li><li><em>Chỉ thị</em> số 12-CT/TW</li></ul><h4>Ghi chú cuối bài</h4>');
    expect(shape).toContain('<th colspan="2">Kết quả</th>');
    expect(shape).toContain('<p>Dòng 1<br>Dòng 2</p>');
  });

  it('keeps the Google Docs wrapper that switches bold off and the styles that set it per run', () => {
    const shape = compact(fixture('google-docs.html'));
    expect(shape.startsWith('<b style="font-weight: normal"><p><span style="font-weight: 700; font-style: normal; text-decoration: none">Thông điệp chủ đạo')).toBe(true);
    expect(shape).toContain('<span style="font-weight: 400; font-style: italic; text-decoration: underline">Việt Nam luôn bảo đảm quyền con người</span>');
    expect(shape).toMatch(/<ol type="a"><li[^>]*><p>(<span[^>]*>)?Trụ cột thứ nhất(<\/span>)?<\/p><ol><li[^>]*><p>(<span[^>]*>)?Luận cứ 1/);
  });
});
