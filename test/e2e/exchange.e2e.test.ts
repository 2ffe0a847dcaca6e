// Data exchange in Chromium: export the library from Settings, refuse a tampered file with its reason, preview re-importing the export.
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { vi as viText } from '../../renderer/src/i18n/vi.js';
import { startHost, type Host } from './host/host.js';
import { openApp, type AppPage } from './support/app-page.js';
import { launchChromium } from './support/chromium.js';
import { hostCall } from './support/host-call.js';

const text = viText.exchange;

let browser: Browser;
let host: Host | undefined;
let app: AppPage | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});

afterEach(async () => {
  const problems = app?.problems.slice() ?? [];
  await app?.close();
  await host?.close();
  app = undefined;
  host = undefined;
  expect(problems, 'console errors, CSP violations or failed requests').toEqual([]);
});

afterAll(async () => {
  await browser?.close();
});

describe('data exchange (vi)', () => {
  it('exports the library, refuses a tampered file, and previews the re-import of its own export as all identical', async () => {
    host = await startHost();
    await hostCall(host.url, 'talkingPoints', 'loadSample', {});
    app = await openApp(browser, `${host.url}#/settings`);
    const { page, screenshot } = app;
    const panel = page.getByRole('region', { name: text.heading });
    await panel.waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: text.exportLibrary }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.spokesdesk$/);
    const bytes = await readFile(await download.path());
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

    await fileInput.setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: bytes });
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    expect(await panel.getByRole('alert').count()).toBe(0);
    const groups = await preview.locator('.exchange-group').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-status')));
    expect(groups).toEqual(['same']);
    const sameCount = await preview.locator('.exchange-item[data-status="same"]').count();
    expect(sameCount).toBeGreaterThan(0);
    expect(await preview.getByTestId('import-summary').textContent()).toContain(`Giống hệt: ${sameCount}`);
    await preview.getByText(text.nothingToWrite).waitFor();
    const dialog = page.getByRole('dialog', { name: text.previewTitle.replace('{{fileName}}', download.suggestedFilename()) });
    expect(await dialog.getByRole('button', { name: text.apply, exact: true }).isDisabled()).toBe(true);
    await screenshot('exchange-preview-same');
    await dialog.getByRole('button', { name: text.cancel }).click();
    await preview.waitFor({ state: 'detached' });
  });
});
