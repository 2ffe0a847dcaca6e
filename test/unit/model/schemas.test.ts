// Domain schemas: NFC normalisation, unknown keys refused, symbol shapes, the rich-text depth limit, settings patches.
import { describe, expect, it } from 'vitest';
import {
  MAX_RICH_TEXT_DEPTH,
  SYMBOL_PATTERN,
  directiveFieldsSchema,
  richDocSchema,
  settingsPatchSchema,
  talkingPointFieldsSchema,
  type RichNode,
} from '../../../shared/model/index.js';

const NFD_TITLE = 'tiếp tục nâng cao chất lượng công tác thông tin đối ngoại'.normalize('NFD');

function nested(depth: number): unknown {
  let node: RichNode = { type: 'paragraph', content: [{ type: 'text', text: 'Độc lập' }] };
  // doc, then blockquotes, then the paragraph, then its text: `depth` levels in all.
  for (let d = 3; d < depth; d++) node = { type: 'blockquote', content: [node] };
  return { type: 'doc', content: [node] };
}

describe('directive fields', () => {
  it('stores text in NFC whatever the input form', () => {
    expect(NFD_TITLE).not.toBe(NFD_TITLE.normalize('NFC'));
    const parsed = directiveFieldsSchema.parse({ type: 'Kết luận', symbol: '57-KL/TW', title: NFD_TITLE, issuer: 'Bộ Chính trị'.normalize('NFD') });
    expect(parsed.title).toBe(NFD_TITLE.normalize('NFC'));
    expect(parsed.issuer).toBe('Bộ Chính trị'.normalize('NFC'));
  });

  it('refuses unknown keys', () => {
    const result = directiveFieldsSchema.safeParse({ type: 'Kết luận', symbol: '57-KL/TW', colour: 'red' });
    expect(result.success).toBe(false);
  });

  it.each(['57-KL/TW', '1079/QĐ-TTg', '09/2017/NĐ-CP', '103/2016/QH13', '05/BNV-VP', '27/VBHN-VPQH', '111-HD/BTGTW', '7554/VP-KGVX'])(
    'accepts the symbol %s',
    (symbol) => {
      expect(SYMBOL_PATTERN.test(symbol)).toBe(true);
      expect(directiveFieldsSchema.safeParse({ type: 'Quyết định', symbol }).success).toBe(true);
    },
  );

  it.each(['57 KL/TW', 'KL/TW', '57-KL/', '57/', 'số 57-KL/TW', '57-KL/TW ', '57--KL/TW'])('refuses the symbol "%s"', (symbol) => {
    const result = directiveFieldsSchema.safeParse({ type: 'Kết luận', symbol, title: 'x' });
    if (symbol.trim() !== symbol) {
      // Surrounding spaces are trimmed before the check, so only the inner shape matters.
      expect(result.success).toBe(true);
      return;
    }
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain('validation.symbolFormat');
  });

  it('needs a symbol or a title, and a number that starts the symbol', () => {
    expect(directiveFieldsSchema.safeParse({ type: 'Luật' }).success).toBe(false);
    const mismatch = directiveFieldsSchema.safeParse({ type: 'Kết luận', number: '58', symbol: '57-KL/TW' });
    expect(mismatch.error?.issues.map((i) => i.message)).toContain('validation.numberNotInSymbol');
  });
});

describe('rich text', () => {
  it('normalises text nodes to NFC', () => {
    const doc = richDocSchema.parse({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: NFD_TITLE }] }] });
    expect(doc.content[0]?.content?.[0]?.text).toBe(NFD_TITLE.normalize('NFC'));
  });

  it(`accepts ${MAX_RICH_TEXT_DEPTH} levels and refuses deeper nesting without overflowing the stack`, () => {
    expect(richDocSchema.safeParse(nested(MAX_RICH_TEXT_DEPTH)).success).toBe(true);
    const deep = richDocSchema.safeParse(nested(MAX_RICH_TEXT_DEPTH + 1));
    expect(deep.success).toBe(false);
    expect(deep.error?.issues[0]?.message).toBe('validation.richTextTooDeep');
    expect(richDocSchema.safeParse(nested(100_000)).success).toBe(false);
  });

  it('refuses unknown node types, unknown keys and bad attributes', () => {
    const para = (node: unknown) => ({ type: 'doc', content: [{ type: 'paragraph', content: [node] }] });
    expect(richDocSchema.safeParse(para({ type: 'script', text: 'x' })).success).toBe(false);
    expect(richDocSchema.safeParse(para({ type: 'text', text: 'x', onclick: 'y' })).success).toBe(false);
    expect(richDocSchema.safeParse(para({ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] })).success).toBe(false);
    expect(richDocSchema.safeParse(para({ type: 'citation', attrs: { directiveId: 'abc123', pinpoint: 'Điều 5' } })).success).toBe(true);
  });

  it('is checked inside talking points', () => {
    const result = talkingPointFieldsSchema.safeParse({ title: 'Thông điệp', message: nested(MAX_RICH_TEXT_DEPTH + 5) });
    expect(result.success).toBe(false);
  });
});

describe('settings patch', () => {
  it('keeps only the fields given (no defaults filled in) and validates them', () => {
    expect(settingsPatchSchema.parse({ language: 'en' })).toEqual({ language: 'en' });
    expect(settingsPatchSchema.safeParse({ backupKeep: 0 }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ theme: 'dark' }).success).toBe(false);
  });
});
