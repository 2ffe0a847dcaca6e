// Directive identity (same type + symbol + issuer) and merging what a citation adds into a stored directive.
import { describe, expect, it } from 'vitest';
import { findSameDirective, mergeDirectiveFields, sameDirective } from '../../../shared/directives/identity';
import { directiveFieldsSchema } from '../../../shared/model/index';

const kl57 = { type: 'Kết luận', symbol: '57-KL/TW', issuer: 'Bộ Chính trị', title: 'tiếp tục nâng cao chất lượng' } as const;

describe('sameDirective', () => {
  it('matches the same type and symbol, ignoring case, spaces and an issuer one side leaves out', () => {
    expect(sameDirective(kl57, { ...kl57, symbol: '57-kl/tw', title: '' })).toBe(true);
    expect(sameDirective(kl57, { ...kl57, issuer: '' })).toBe(true);
    expect(sameDirective(kl57, { ...kl57, issuer: 'BỘ CHÍNH TRỊ' })).toBe(true);
  });

  it('tells apart another type, another symbol with the same number, and another issuer', () => {
    expect(sameDirective(kl57, { ...kl57, type: 'Nghị quyết' })).toBe(false);
    expect(sameDirective(kl57, { ...kl57, symbol: '57-NQ/TW' })).toBe(false);
    expect(sameDirective(kl57, { ...kl57, issuer: 'Ban Bí thư' })).toBe(false);
  });

  it('identifies a law cited by name only by its name (folded), not by an empty symbol', () => {
    const law = { type: 'Luật', symbol: '', issuer: 'Quốc hội', title: 'Tiếp cận thông tin' } as const;
    expect(sameDirective(law, { ...law, title: 'tiep can thong tin', issuer: '' })).toBe(true);
    expect(sameDirective(law, { ...law, title: 'Báo chí' })).toBe(false);
    expect(sameDirective({ ...law, title: '' }, { ...law, title: '' })).toBe(false);
    expect(findSameDirective(law, [kl57, { ...law, id: 'x' }])).toMatchObject({ id: 'x' });
    const press2016 = { type: 'Luật', symbol: '103/2016/QH13', issuer: 'Quốc hội', title: 'Báo chí', issueDate: '2016-04-05', id: '2016' } as const;
    const press2025 = { ...press2016, symbol: '126/2025/QH15', issueDate: '2025-12-10', id: '2025' } as const;
    const byName = { type: 'Luật', symbol: '', issuer: '', title: 'Báo chí' } as const;
    expect(findSameDirective({ ...byName, issueDate: '2016-04-05' }, [press2025, press2016])?.id).toBe('2016');
  });
});

describe('mergeDirectiveFields', () => {
  const storedFields = directiveFieldsSchema.parse({ ...kl57, tags: ['ttđn'], notes: 'ghi chú' });

  it('adds what is missing and never erases a stored value with an empty one', () => {
    const { fields, changes } = mergeDirectiveFields(storedFields, { issueDate: '2023-06-15', issuerTerm: 'XIII', issuer: '', title: '' });
    expect(changes).toEqual([
      { field: 'issueDate', from: null, to: '2023-06-15' },
      { field: 'issuerTerm', from: null, to: 'XIII' },
    ]);
    expect(fields).toMatchObject({ issuer: 'Bộ Chính trị', title: 'tiếp tục nâng cao chất lượng', tags: ['ttđn'], notes: 'ghi chú' });
  });

  it('keeps values that read the same: a capitalised subject, another spelling of the issuer', () => {
    const { changes } = mergeDirectiveFields(storedFields, { title: 'Tiếp tục  nâng cao chất lượng', issuer: 'bộ chính trị', symbol: '57-kl/TW' });
    expect(changes).toEqual([]);
  });
});
