// Property test of applying imports: mutated files that pass the preview are applied (conflicts kept as both); the store stays valid and exportable.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Resolution } from '../../../shared/exchange/merge.js';
import { contentHash } from '../../unit/ipc/folder-fingerprint.js';
import { fileBytes } from './mutations.js';
import { call, openOfficeWithPacketExport, value, type Office } from './offices.js';

/** Applying writes to disk (fsync per file): fewer runs than the preview property, which has the 2,000. */
const RUNS = 200;
let office: Office;
let base: unknown;

beforeAll(async () => {
  ({ office, base } = await openOfficeWithPacketExport());
});
afterAll(async () => {
  await office.close();
});

describe('applying an import', () => {
  it(`keeps the store valid over ${RUNS} mutated files, and a refused file changes nothing`, { timeout: 120_000 }, async () => {
    let applied = 0;
    await fc.assert(
      fc.asyncProperty(fileBytes(base), async (bytes) => {
        await office.services.flush();
        const before = await contentHash(office.dataDir);
        const preview = await office.exchange('previewImport', { fileName: 'x.spokesdesk', bytes });
        if (!preview.ok) {
          expect(await contentHash(office.dataDir)).toBe(before);
          return;
        }
        const resolutions: Record<string, Resolution> = {};
        for (const item of preview.value.items) if (item.status === 'conflict') resolutions[item.id] = 'both';
        const result = value(await office.exchange('applyImport', { token: preview.value.token, resolutions }));
        applied++;
        const written = preview.value.counts.new + preview.value.counts.update + preview.value.counts.conflict;
        expect(result.counts.added + result.counts.updated + result.counts.copied).toBe(written);
        // Everything stored still reads back and exports as a file the schema accepts.
        value(await office.exchange('exportLibrary', { all: true }));
        await call(office, 'packets', 'list', {});
      }),
      { numRuns: RUNS },
    );
    expect(applied).toBeGreaterThan(0);
  });
});
