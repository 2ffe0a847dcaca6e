// The first-run wizard's agency/spokesperson checks: required agency and place name, the settings schema's own rules, and what a skip keeps.
import { describe, expect, it } from 'vitest';
import { settingsFieldsSchema } from '../../../shared/model/settings.js';
import { identityErrors, savableIdentity, type IdentityValues } from '../../../renderer/src/firstrun/identity';

const base = settingsFieldsSchema.parse({});
const empty: IdentityValues = {
  agencyName: '',
  parentAgencyName: '',
  placeName: '',
  spokespersonName: '',
  spokespersonTitle: '',
  contactPhone: '',
  contactEmail: '',
};
const filled: IdentityValues = { ...empty, agencyName: 'Ủy ban nhân dân tỉnh Hậu Giang', placeName: 'Hậu Giang' };

describe('identityErrors', () => {
  it('requires the agency and the place name, and nothing else', () => {
    expect(identityErrors(empty, base)).toEqual({ agencyName: 'validation.required', placeName: 'validation.required' });
    expect(identityErrors(filled, base)).toEqual({});
  });

  it('treats blank-only text as missing', () => {
    expect(identityErrors({ ...filled, placeName: '   ' }, base)).toEqual({ placeName: 'validation.required' });
  });

  it('reports the schema rules of the settings: e-mail form and lengths', () => {
    expect(identityErrors({ ...filled, contactEmail: 'vanphong@' }, base)).toEqual({ contactEmail: 'validation.email' });
    expect(identityErrors({ ...filled, placeName: 'x'.repeat(101) }, base)).toEqual({ placeName: 'validation.tooLong' });
  });
});

describe('savableIdentity', () => {
  it('keeps every field when all can be saved, and drops only the ones that cannot', () => {
    expect(savableIdentity(filled, base)).toEqual(filled);
    const { contactEmail: _dropped, ...rest } = { ...filled, contactEmail: 'not-an-address' };
    expect(savableIdentity({ ...filled, contactEmail: 'not-an-address' }, base)).toEqual(rest);
  });

  it('does not require anything (skipping may leave the agency empty)', () => {
    expect(savableIdentity(empty, base)).toEqual(empty);
  });
});
