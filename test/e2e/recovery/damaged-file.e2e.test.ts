// A damaged library shard at start-up: the app opens, and a banner tells the user which file was quarantined and which backup restored it.
import { mkdtemp, rm, truncate } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vi as viText } from '../../../renderer/src/i18n/vi.js';
import { folderWithHistory, type FolderWithHistory } from '../../integration/damage/folder-fixture.js';
import { startHost, type Host } from '../host/host.js';
import { openApp, type AppPage } from '../support/app-page.js';
import { launchChromium } from '../support/chromium.js';
import { hostCall } from '../support/host-call.js';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

let dataDir: string;
let history: FolderWithHistory;
let browser: Browser;
let host: Host;
let app: AppPage;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'spokesdesk-e2e-damage-'));
  history = await folderWithHistory(dataDir);
  await truncate(path.join(dataDir, history.victimShard), 17);
  [host, browser] = await Promise.all([startHost({ dataDir }), launchChromium()]);
  app = await openApp(browser, host.url);
});

afterAll(async () => {
  await app?.close();
  await browser?.close();
  await host?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('a library file damaged before start-up', () => {
  it('is named in a banner with the backup it was restored from and where the damaged copy is kept', async () => {
    const [incident] = await hostCall(host.url, 'system', 'storageIncidents', {});
    expect(incident).toMatchObject({ file: history.victimShard, restoredFrom: history.newestBackupId, reason: 'invalid_json' });
    const banner = app.page.getByRole('region', { name: viText.incident.label });
    // The banner names the backup by its time, written for people: the sentence up to it must be there word for word.
    const [before = '', after = ''] = viText.incident.restored.replace('{{file}}', history.victimShard).split('{{backup}}');
    const restored = banner.getByRole('alert').getByText(new RegExp(`^${escapeRegExp(before)}.+${escapeRegExp(after)}$`));
    await restored.waitFor();
    const kept = viText.incident.kept.replace('{{reason}}', viText.incident.reason.invalid_json).replace('{{path}}', incident?.quarantinedAs ?? '');
    await banner.getByText(kept, { exact: true }).waitFor();
    await app.screenshot('damaged-file-banner');

    await banner.getByRole('button', { name: viText.incident.dismiss }).click();
    await banner.getByRole('alert').waitFor({ state: 'detached' });
    app.assertNoProblems();
  });
});
