// validateRichDoc: bad nesting, attributes and marks come back as typed problems with their place; bundled documents all pass.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateRichDoc, type RichDocProblem } from '../../../shared/editor/validate.js';
import { richDocSchema } from '../../../shared/model/rich-text.js';
import { CANONICAL_DOC } from './canonical-doc.js';

const p = (...content: unknown[]): unknown => ({ type: 'paragraph', content });
const t = (text: string, marks?: unknown[]): unknown => (marks ? { type: 'text', text, marks } : { type: 'text', text });
const doc = (...content: unknown[]): unknown => ({ type: 'doc', content });

function problemsOf(value: unknown): RichDocProblem[] {
  const result = validateRichDoc(value);
  return result.ok ? result.warnings : result.problems;
}

describe('validateRichDoc finds', () => {
  it.each<[string, unknown, RichDocProblem[]]>([
    ['a table inside a paragraph', doc(p(t('a'), { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [p(t('x'))] }] }] })), [{ code: 'contentNotAllowed', path: [0, 1], nodeType: 'table', parentType: 'paragraph' }]],
    ['a citation without a directive', doc(p({ type: 'citation', attrs: { pinpoint: 'Điều 1' } })), [{ code: 'missingAttribute', path: [0, 0], typeName: 'citation', attribute: 'directiveId' }]],
    ['a citation with an empty directive id', doc(p({ type: 'citation', attrs: { directiveId: '' } })), [{ code: 'invalidAttribute', path: [0, 0], typeName: 'citation', attribute: 'directiveId', value: '' }]],
    ['a variable with a name that is not an identifier', doc(p({ type: 'variable', attrs: { name: 'Kỳ báo cáo' } })), [{ code: 'invalidAttribute', path: [0, 0], typeName: 'variable', attribute: 'name', value: 'Kỳ báo cáo' }]],
    ['a talking point block with revision 0', doc({ type: 'talkingPointBlock', attrs: { talkingPointId: 'tp', revision: 0 } }), [{ code: 'invalidAttribute', path: [0], typeName: 'talkingPointBlock', attribute: 'revision', value: 0 }]],
    ['a Q&A block without attributes', doc({ type: 'qaBlock' }), [{ code: 'missingAttribute', path: [0], typeName: 'qaBlock', attribute: 'qaId' }, { code: 'missingAttribute', path: [0], typeName: 'qaBlock', attribute: 'revision' }]],
    ['a heading of level 6 (only zod knows the limit)', doc({ type: 'heading', attrs: { level: 6 }, content: [t('H')] }), [{ code: 'invalidAttribute', path: [0], typeName: 'heading', attribute: 'level', value: 6 }]],
    ['an unknown list style', doc({ type: 'orderedList', attrs: { listStyle: 'upper-roman' }, content: [{ type: 'listItem', content: [p(t('x'))] }] }), [{ code: 'invalidAttribute', path: [0], typeName: 'orderedList', attribute: 'listStyle', value: 'upper-roman' }]],
    ['a javascript: link', doc(p(t('x', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]))), [{ code: 'invalidAttribute', path: [0, 0], typeName: 'link', attribute: 'href', value: 'javascript:alert(1)' }]],
    ['an unknown node type', doc(p(t('a')), { type: 'image', attrs: { src: 'x' } }), [{ code: 'unknownNodeType', path: [1], nodeType: 'image' }]],
    ['an unknown mark type', doc(p(t('a', [{ type: 'strike' }]))), [{ code: 'unknownMarkType', path: [0, 0], markType: 'strike' }]],
    ['a mark on a block', doc({ type: 'paragraph', marks: [{ type: 'bold' }], content: [t('a')] }), [{ code: 'markNotAllowed', path: [0], markType: 'bold', parentType: 'doc' }]],
    ['the same mark twice', doc(p(t('a', [{ type: 'bold' }, { type: 'bold' }]))), [{ code: 'duplicateMark', path: [0, 0], markType: 'bold' }]],
    ['an empty text node', doc(p(t(''))), [{ code: 'emptyText', path: [0, 0] }]],
    ['a list item that starts with a list', doc({ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [p(t('x'))] }] }] }] }), [{ code: 'contentNotAllowed', path: [0, 0, 0], nodeType: 'bulletList', parentType: 'listItem' }]],
    ['a table without rows', doc({ type: 'table', content: [] }), [{ code: 'contentIncomplete', path: [0], nodeType: 'table' }]],
    ['an empty document', doc(), [{ code: 'contentIncomplete', path: [], nodeType: 'doc' }]],
    ['a heading inside an internal note', doc({ type: 'internalNote', content: [{ type: 'heading', attrs: { level: 2 }, content: [t('H')] }] }), [{ code: 'contentNotAllowed', path: [0, 0], nodeType: 'heading', parentType: 'internalNote' }]],
    ['a directive excerpt without paragraphs', doc({ type: 'directiveExcerpt', attrs: { directiveId: 'd' } }), [{ code: 'contentIncomplete', path: [0], nodeType: 'directiveExcerpt' }]],
    ['content under a leaf', doc(p({ type: 'variable', attrs: { name: 'a' }, content: [t('x')] })), [{ code: 'malformedNode', path: [0, 0], detail: 'variable cannot have content' }]],
    ['a key that is not part of a node', doc({ type: 'paragraph', text: 'x' }), [{ code: 'malformedNode', path: [0], detail: 'unexpected key "text" on paragraph' }]],
    ['content that is not an array', doc({ type: 'paragraph', content: 'x' }), [{ code: 'malformedNode', path: [0], detail: 'content of paragraph is not an array' }]],
    ['a node that is not an object', doc(p(t('a')), 'chuỗi'), [{ code: 'malformedNode', path: [1], detail: 'not a node object with a type' }]],
    ['something that is not a document', p(t('a')), [{ code: 'notADocument', path: [] }]],
    ['nesting deeper than stored documents may be', doc(nest(30)), [{ code: 'tooDeep', path: [], limit: 24 }]],
  ])('%s', (_name, value, expected) => {
    const result = validateRichDoc(value);
    expect(result.ok).toBe(false);
    expect(problemsOf(value)).toEqual(expected);
  });

  it('every problem in one pass, each at its own place', () => {
    const problems = problemsOf(doc(p({ type: 'citation', attrs: {} }), { type: 'image' }, p(t('x', [{ type: 'strike' }]))));
    expect(problems.map((problem) => [problem.code, problem.path])).toEqual([
      ['missingAttribute', [0, 0]],
      ['unknownNodeType', [1]],
      ['unknownMarkType', [2, 0]],
    ]);
  });
});

function nest(depth: number): unknown {
  let node: unknown = p(t('đáy'));
  for (let level = 0; level < depth; level++) node = { type: 'blockquote', content: [node] };
  return node;
}

describe('validateRichDoc repairs what is harmless, with a warning', () => {
  it('drops attributes the schema does not have (older exports wrote target/rel on links)', () => {
    const result = validateRichDoc(doc(p(t('x', [{ type: 'link', attrs: { href: 'https://a.vn', target: '_blank', rel: 'noopener' } }]))));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.warnings.map((warning) => warning.code)).toEqual(['unknownAttribute', 'unknownAttribute']);
    expect(result.doc.toJSON()).toEqual(doc(p(t('x', [{ type: 'link', attrs: { href: 'https://a.vn' } }]))));
  });

  it('brings NFD text to NFC and puts marks in the schema order', () => {
    const result = validateRichDoc(doc(p(t('Hà Nội'.normalize('NFD'), [{ type: 'italic' }, { type: 'bold' }]))));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.warnings).toEqual([{ code: 'textNotNfc', path: [0, 0] }]);
    expect(result.doc.toJSON()).toEqual(doc(p(t('Hà Nội', [{ type: 'bold' }, { type: 'italic' }]))));
  });

  it('fills defaults for attributes left out', () => {
    const result = validateRichDoc(doc({ type: 'orderedList', content: [{ type: 'listItem', content: [p(t('x'))] }] }));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.warnings).toEqual([]);
    expect(result.doc.firstChild?.attrs).toEqual({ start: 1, listStyle: 'decimal' });
  });
});

describe('validateRichDoc and the stored-format zod schema', () => {
  it('agree on attribute errors', () => {
    const cases = [
      doc(p({ type: 'citation', attrs: { directiveId: 'x'.repeat(65) } })),
      doc(p({ type: 'citation', attrs: { directiveId: 'd', pinpoint: 'x'.repeat(201) } })),
      doc({ type: 'qaBlock', attrs: { qaId: 'q', revision: 1.5 } }),
      doc({ type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 0 }, content: [p()] }] }] }),
      doc(p(t('x', [{ type: 'link', attrs: { href: `https://a.vn/${'x'.repeat(2000)}` } }]))),
    ];
    for (const value of cases) {
      expect(richDocSchema.safeParse(value).success, JSON.stringify(value).slice(0, 80)).toBe(false);
      expect(validateRichDoc(value).ok, JSON.stringify(value).slice(0, 80)).toBe(false);
    }
  });

  it('both accept a column resized by dragging (fractional widths, 0 for a column not yet sized)', () => {
    const value = doc({ type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 2, rowspan: 1, colwidth: [0, 187.5] }, content: [p()] }] }] });
    expect(richDocSchema.safeParse(value).success).toBe(true);
    expect(validateRichDoc(value).ok).toBe(true);
  });

  it('both accept the canonical document', () => {
    expect(richDocSchema.safeParse(CANONICAL_DOC).success).toBe(true);
    expect(validateRichDoc(CANONICAL_DOC).ok).toBe(true);
  });
});

const RESOURCES = fileURLToPath(new URL('../../../resources/', import.meta.url));

function jsonFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return jsonFiles(full);
    return name.endsWith('.json') ? [full] : [];
  });
}

function docsIn(value: unknown, where: string, found: Array<[string, unknown]> = []): Array<[string, unknown]> {
  if (Array.isArray(value)) value.forEach((item, index) => docsIn(item, `${where}[${index}]`, found));
  else if (value && typeof value === 'object') {
    if ('type' in value && value.type === 'doc') found.push([where, value]);
    else for (const [key, child] of Object.entries(value)) docsIn(child, `${where}.${key}`, found);
  }
  return found;
}

describe('bundled content', () => {
  const docs = jsonFiles(RESOURCES).flatMap((file) => docsIn(JSON.parse(readFileSync(file, 'utf8')), path.relative(RESOURCES, file)));

  it('holds rich text to check', () => {
    expect(docs.length).toBeGreaterThan(20);
  });

  it('every rich-text document in resources/ passes the schema without warnings', () => {
    const failures = docs.flatMap(([where, value]) => {
      const result = validateRichDoc(value);
      const problems = result.ok ? result.warnings : result.problems;
      return problems.map((problem) => `${where}: ${JSON.stringify(problem)}`);
    });
    expect(failures).toEqual([]);
  });
});
