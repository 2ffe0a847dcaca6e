// Data exchange in Chromium: export the library from Settings, refuse a tampered file with its reason, preview re-importing the export.
import { describe, expect, it } from 'vitest';
import { vi as viText } from '../../renderer/src/i18n/vi.js';
import { downloadFrom } from './support/downloads.js';
import { useAppPerTest } from './support/session.js';

const text = viText.exchange;

const session = useAppPerTest();

describe('data exchange (vi)', () => {
  it('exports the library, refuses a tampered file, and previews the re-import of its own export as all identical', async () => {
    const { app } = await session.open({ route: '#/settings', seed: ['sample'] });
    const { page, screenshot } = app;
    const panel = page.getByRole('region', { name: text.heading });
    await panel.waitFor();

    const { fileName, bytes } = await downloadFrom(panel.getByRole('button', { name: text.exportLibrary }));
    expect(fileName).toMatch(/\.spokesdesk$/);
    const parsed = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
    expect(parsed).toHaveProperty('formatVersion');

    const fileInput = page.getByTestId('exchange-file');
    // a file cut short by hand is refused with its reason, and nothing opens
    await fileInput.setInputFiles({ name: 'hong.spokesdesk', mimeType: 'application/json', buffer: bytes.subarray(0, Math.floor(bytes.length / 2)) });
    await panel.getByRole('alert').filter({ hasText: text.errors.not_json }).waitFor();
    expect(await page.getByTestId('import-preview').count()).toBe(0);

    // a valid file that is not an exchange file
    await fileInput.setInputFiles({ name: 'khac.spokesdesk', mimeType: 'application/json', buffer: Buffer.from('{"hello":"world"}') });
    await expect.poll(async () => (await panel.getByRole('alert').textContent()) ?? '').not.toBe(text.errors.not_json);
    const refusal = (await panel.getByRole('alert').textContent()) ?? '';
    expect(Object.values(text.errors)).toContain(refusal);

    await fileInput.setInputFiles({ name: fileName, mimeType: 'application/json', buffer: bytes });
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    expect(await panel.getByRole('alert').count()).toBe(0);
    const groups = await preview.locator('.exchange-group').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-status')));
    expect(groups).toEqual(['same']);
    const sameCount = await preview.locator('.exchange-item[data-status="same"]').count();
    expect(sameCount).toBeGreaterThan(0);
    expect(await preview.getByTestId('import-summary').textContent()).toContain(`Giống hệt: ${sameCount}`);
    await preview.getByText(text.nothingToWrite).waitFor();
    const dialog = page.getByRole('dialog', { name: text.previewTitle.replace('{{fileName}}', fileName) });
    expect(await dialog.getByRole('button', { name: text.apply, exact: true }).isDisabled()).toBe(true);
    await screenshot('exchange-preview-same');
    await dialog.getByRole('button', { name: text.cancel }).click();
    await preview.waitFor({ state: 'detached' });
  });
});
