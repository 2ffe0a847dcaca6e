// Packet version handlers: list (summaries), read one, save one on demand, compare two or one with the current packet, restore.
import type { FeatureHandlers } from '../../../shared/ipc/contract.js';
import { AppError } from '../../../shared/ipc/errors.js';
import type { PacketVersionSummary } from '../../../shared/ipc/features/versions.js';
import { wordCount } from '../../../shared/editor/text.js';
import type { PacketVersion } from '../../../shared/model/index.js';
import { restoreVersion, saveVersion, versionDiff, type PacketContent } from '../../../shared/packets/index.js';
import { referenceNames } from './packet-library.js';
import type { PacketWorkspace } from './packet-workspace.js';

function summaryOf(version: PacketVersion): PacketVersionSummary {
  return {
    id: version.id,
    packetId: version.packetId,
    number: version.number,
    reason: version.reason,
    label: version.label,
    by: version.by,
    status: version.status,
    createdAt: version.createdAt,
    title: version.title,
    wordCount: version.sections.reduce((sum, section) => sum + wordCount(section.content), 0),
  };
}

export function versionsApi(workspace: PacketWorkspace) {
  const { deps } = workspace;

  const version = async (packetId: string, number: number): Promise<PacketVersion> => {
    const found = await deps.versions().get(packetId, number);
    if (!found) throw new AppError('not_found', { id: packetId, number: String(number) });
    return found;
  };

  const content = async (packetId: string, number: number | null): Promise<PacketContent> =>
    number === null ? workspace.existing(packetId) : version(packetId, number);

  return {
    async list({ packetId }) {
      await workspace.existing(packetId);
      return (await deps.versions().list(packetId)).map(summaryOf).reverse();
    },

    async get({ packetId, number }) {
      return version(packetId, number);
    },

    async create({ packetId, label, by }) {
      return workspace.lock.run(packetId, async () => {
        const current = await workspace.existing(packetId);
        return workspace.commit(saveVersion(current, await workspace.action(current, by), label));
      });
    },

    async compare({ packetId, from, to }) {
      const [older, newer, library] = await Promise.all([content(packetId, from), content(packetId, to), workspace.library.library()]);
      return versionDiff(older, newer, referenceNames(library));
    },

    async restore({ packetId, number, by }) {
      return workspace.lock.run(packetId, async () => {
        const current = await workspace.existing(packetId);
        const from = await version(packetId, number);
        return workspace.commit(restoreVersion(current, from, await workspace.action(current, by)));
      });
    },
  } satisfies FeatureHandlers<'versions'>;
}
