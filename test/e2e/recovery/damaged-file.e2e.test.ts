// A damaged library shard at start-up: the app opens, and a banner tells the user which file was quarantined and which backup restored it.
import { truncate } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { vi as viText } from '../../../renderer/src/i18n/vi.js';
import { folderWithHistory, type FolderWithHistory } from '../../integration/damage/folder-fixture.js';
import { hostCall } from '../support/host-call.js';
import { useSharedApp } from '../support/session.js';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

let history: FolderWithHistory;

const session = useSharedApp({
  prepareDataDir: async (dataDir) => {
    history = await folderWithHistory(dataDir);
    await truncate(path.join(dataDir, history.victimShard), 17);
  },
});

describe('a library file damaged before start-up', () => {
  it('is named in a banner with the backup it was restored from and where the damaged copy is kept', async () => {
    const [incident] = await hostCall(session.host.url, 'system', 'storageIncidents', {});
    expect(incident).toMatchObject({ file: history.victimShard, restoredFrom: history.newestBackupId, reason: 'invalid_json' });
    const banner = session.app.page.getByRole('region', { name: viText.incident.label });
    // The banner names the backup by its time, written for people: the sentence up to it must be there word for word.
    const [before = '', after = ''] = viText.incident.restored.replace('{{file}}', history.victimShard).split('{{backup}}');
    const restored = banner.getByRole('alert').getByText(new RegExp(`^${escapeRegExp(before)}.+${escapeRegExp(after)}$`));
    await restored.waitFor();
    const kept = viText.incident.kept.replace('{{reason}}', viText.incident.reason.invalid_json).replace('{{path}}', incident?.quarantinedAs ?? '');
    await banner.getByText(kept, { exact: true }).waitFor();
    await session.app.screenshot('damaged-file-banner');

    await banner.getByRole('button', { name: viText.incident.dismiss }).click();
    await banner.getByRole('alert').waitFor({ state: 'detached' });
    session.app.assertNoProblems();
  });
});
