// Packet versions: immutable snapshots under versions/<packetId>/<number>.json, validated when read.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { packetVersionSchema, type PacketVersion } from '../../../shared/model/index.js';
import { AppError } from '../../../shared/ipc/errors.js';
import type { MigrationRegistry } from '../../../shared/model/migrations.js';
import type { PacketVersionRepository } from '../../../shared/storage/repository.js';
import { errorCode } from './atomic-file.js';
import type { StoreContext } from './context.js';
import { DataFileError, decodeDocument, type Decoder } from './data-file.js';
import { LAYOUT } from './data-folder.js';
import { ValidatedJsonFile } from './lowdb-adapter.js';
import { readWithRecovery } from './recovery.js';

const FILE_PATTERN = /^(\d{6})\.json$/;

function versionDecoder(packetId: string, number: number, registry?: MigrationRegistry): Decoder<PacketVersion> {
  return (raw, file) => {
    const decoded = decodeDocument('packetVersion', packetVersionSchema, raw, file, registry);
    if (decoded.data.packetId !== packetId || decoded.data.number !== number) throw new DataFileError(file, 'invalid_data');
    return decoded;
  };
}

export class VersionStore implements PacketVersionRepository {
  constructor(private readonly context: StoreContext) {}

  /** Every readable version of a packet, oldest first (a damaged one is recovered from a backup or left out). */
  async list(packetId: string): Promise<PacketVersion[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.folderOf(packetId));
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
    const numbers = names.flatMap((n) => {
      const match = FILE_PATTERN.exec(n);
      return match?.[1] ? [Number(match[1])] : [];
    });
    const versions = await Promise.all(numbers.map((n) => this.get(packetId, n)));
    return versions.filter((v): v is PacketVersion => v !== undefined).sort((a, b) => a.number - b.number);
  }

  async get(packetId: string, number: number): Promise<PacketVersion | undefined> {
    return (await readWithRecovery(this.context, this.adapterOf(packetId, number)))?.data;
  }

  /** The number the next version of a packet gets: one more than the highest file name (no version is read). */
  async nextNumber(packetId: string): Promise<number> {
    let names: string[];
    try {
      names = await fs.readdir(this.folderOf(packetId));
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return 1;
      throw error;
    }
    return Math.max(0, ...names.map((n) => Number(FILE_PATTERN.exec(n)?.[1] ?? 0))) + 1;
  }

  async add(version: PacketVersion): Promise<void> {
    const adapter = this.adapterOf(version.packetId, version.number);
    await fs.mkdir(path.dirname(adapter.file), { recursive: true });
    try {
      await fs.access(adapter.file);
      throw new AppError('conflict', { packetId: version.packetId, number: String(version.number) });
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
    }
    await adapter.write(packetVersionSchema.parse(version));
  }

  private folderOf(packetId: string): string {
    return path.join(this.context.dataDir, LAYOUT.versions, packetId);
  }

  private adapterOf(packetId: string, number: number): ValidatedJsonFile<PacketVersion> {
    const file = path.join(this.folderOf(packetId), `${String(number).padStart(6, '0')}.json`);
    return new ValidatedJsonFile(file, versionDecoder(packetId, number, this.context.migrations), this.context.queue);
  }
}
