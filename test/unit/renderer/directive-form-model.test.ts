// The directive form's conversion to fields: the shared zod schema's messages land on the right fields, dates and tags are read.
import { describe, expect, it } from 'vitest';
import { buildFields, emptyFormValues, formValuesOf, numberFromSymbol, parseTags, serverFieldErrors, type DirectiveFormValues } from '../../../renderer/src/directives/formModel';

function values(changes: Partial<DirectiveFormValues>): DirectiveFormValues {
  return { ...emptyFormValues(), ...changes };
}

describe('buildFields', () => {
  it('reports a malformed symbol with the schema key validation.symbolFormat', () => {
    const result = buildFields(values({ symbol: '57-kl/tw', title: 'x' }), null);
    expect(result).toEqual({ ok: false, errors: { symbol: 'validation.symbolFormat' } });
  });

  it('asks for a symbol or a subject, a real date, and dates in order', () => {
    expect(buildFields(values({}), null)).toEqual({ ok: false, errors: { symbol: 'validation.symbolOrTitle' } });
    expect(buildFields(values({ symbol: '57-KL/TW', issueDate: '31/02/2023' }), null)).toEqual({ ok: false, errors: { issueDate: 'validation.date' } });
    expect(buildFields(values({ symbol: '57-KL/TW', effectiveFrom: '10/10/2024', effectiveTo: '1/1/2024' }), null)).toEqual({
      ok: false,
      errors: { effectiveTo: 'validation.dateOrder' },
    });
  });

  it('flags an empty excerpt text on that excerpt', () => {
    const result = buildFields(values({ symbol: '57-KL/TW', excerpts: [{ id: 'excerpt001', reference: 'Điều 1', text: '' }] }), null);
    expect(result).toEqual({ ok: false, errors: { 'excerpts.0.text': 'validation.required' } });
  });

  it('builds NFC fields: number from the symbol, ISO dates, tags, superseded-by only when superseded', () => {
    const result = buildFields(
      values({
        symbol: '57-KL/TW',
        issueDate: '15/6/2023',
        issuer: 'Bộ Chính trị',
        issuerTerm: ' XIII ',
        title: 'tiếp tục nâng cao\nchất lượng',
        tags: 'thông tin đối ngoại, , Thông tin đối ngoại; nhân quyền',
        status: 'in_force',
        supersededBy: 'abcdef123456',
      }),
      null,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fields).toMatchObject({
      number: '57',
      issueDate: '2023-06-15',
      issuerTerm: 'XIII',
      title: 'tiếp tục nâng cao chất lượng',
      tags: ['thông tin đối ngoại', 'nhân quyền'],
      supersededBy: null,
    });
  });

  it('shows a stored directive as typed values and builds the same fields back', () => {
    const stored = {
      ...emptyStored(),
      id: 'directive000001',
      schemaVersion: 1 as const,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      symbol: '1079/QĐ-TTg',
      number: '1079',
      issueDate: '2022-09-14',
      status: 'superseded' as const,
      supersededBy: 'abcdef123456',
      tags: ['nhân quyền', 'truyền thông'],
    };
    const form = formValuesOf(stored);
    expect(form).toMatchObject({ issueDate: '14/09/2022', supersededBy: 'abcdef123456', tags: 'nhân quyền, truyền thông' });
    expect(buildFields(form, null)).toMatchObject({
      ok: true,
      fields: { symbol: '1079/QĐ-TTg', issueDate: '2022-09-14', supersededBy: 'abcdef123456', tags: ['nhân quyền', 'truyền thông'] },
    });
  });
});

function emptyStored() {
  return {
    type: 'Quyết định' as const,
    number: '',
    symbol: '',
    issueDate: null,
    issuer: '',
    issuerTerm: null,
    title: '',
    titleEn: '',
    status: 'in_force' as const,
    supersededBy: null,
    effectiveFrom: null,
    effectiveTo: null,
    excerpts: [],
    tags: [],
    notes: '',
    attachment: null,
  };
}

describe('serverFieldErrors', () => {
  it('maps issues under "fields" to form fields and zod messages to the generic key', () => {
    expect(
      serverFieldErrors([
        { path: ['fields', 'symbol'], message: 'validation.symbolFormat' },
        { path: ['fields', 'tags', 2], message: 'Too small: expected string to have >=1 characters' },
        { path: ['id'], message: 'validation.id' },
      ]),
    ).toEqual({ symbol: 'validation.symbolFormat', tags: 'validation.invalid' });
  });
});

describe('helpers', () => {
  it('reads the number at the start of a symbol', () => {
    expect(numberFromSymbol('09/2017/NĐ-CP')).toBe('09');
    expect(numberFromSymbol('QĐ-TTg')).toBe('');
  });

  it('parses tags once each, ignoring case', () => {
    expect(parseTags('A; a, b\nc')).toEqual(['A', 'b', 'c']);
  });
});
