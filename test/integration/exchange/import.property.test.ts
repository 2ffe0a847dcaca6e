// Property test of the import path: 2,000 mutated exchange files and arbitrary JSON or bytes; every answer typed, the folder unchanged.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../shared/ipc/errors.js';
import { contentHash } from '../../unit/ipc/folder-fingerprint.js';
import { fileBytes } from './mutations.js';
import { openOfficeWithPacketExport, type Office } from './offices.js';

const RUNS = 2_000;
let office: Office;
let base: unknown;

beforeAll(async () => {
  ({ office, base } = await openOfficeWithPacketExport());
});
afterAll(async () => {
  await office.close();
});

describe('the import path', () => {
  it(`answers ${RUNS} mutated or arbitrary files with a typed result and writes nothing`, { timeout: 120_000 }, async () => {
    const before = await contentHash(office.dataDir);
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fileBytes(base), async (bytes) => {
        const result = await office.exchange('previewImport', { fileName: 'x.spokesdesk', bytes });
        structuredClone(result);
        if (result.ok) {
          accepted++;
          expect(result.value.items.length).toBeGreaterThan(0);
        } else {
          expect(ERROR_CODES).toContain(result.error.code);
          expect(['validation', 'too_large']).toContain(result.error.code);
          expect(typeof result.error.details.reason).toBe('string');
        }
        expect('polluted' in {}).toBe(false);
      }),
      { numRuns: RUNS },
    );
    expect(await contentHash(office.dataDir)).toBe(before);
    expect(accepted, 'some mutations stay valid, so the accepting branch is exercised too').toBeGreaterThan(0);
    expect(accepted, 'most mutations must be refused, or the test proves little').toBeLessThan(RUNS);
  });
});
