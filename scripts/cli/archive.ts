// CLI command "archive": the whole data folder as one .tar.gz, the same archive as Settings → Backups → "Xuất toàn bộ dữ liệu…".
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../shared/ipc/errors.js';
import type { CliCommand } from './command.js';
import { EXIT_USAGE, parsedCommand } from './parsed-command.js';
import { appVersion } from './export.js';

const USAGE = 'archive [--data DIR] --out FILE.tar.gz|FOLDER';
const HELP = `Packs a data folder into one .tar.gz (docs/data-folder.md, "Archive") while holding the folder's lock,
so Spokesdesk must not have it open. The files are copied as they are on disk.
  --data DIR    the data folder (default: $SPOKESDESK_DATA_DIR)
  --out PATH    the archive to write, or an existing folder to write spokesdesk-du-lieu-<UTC time>.tar.gz into;
                it must lie outside the data folder. Written atomically (temp file, fsync, rename).
Exit status: 0 written; 64 wrong options; 73 target inside the data folder; 75 data folder in use;
  1 other failure (the folder holds more than 1 GiB, unreadable files, …).`;

function parse(args: readonly string[]): { dataDir: string; out: string } | string {
  let dataDir = process.env.SPOKESDESK_DATA_DIR ?? '';
  let out = '';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = args[++i] ?? '';
    if (arg === '--data') dataDir = value;
    else if (arg === '--out') out = value;
    else return `unknown option ${String(arg)}`;
  }
  if (!dataDir) return 'give --data DIR (or set SPOKESDESK_DATA_DIR)';
  if (!out) return 'give --out FILE.tar.gz or a folder';
  return { dataDir: path.resolve(dataDir), out: path.resolve(out) };
}

async function isFolder(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null))?.isDirectory() ?? false;
}

export const archiveCommand: CliCommand = parsedCommand({
  name: 'archive',
  usage: USAGE,
  help: HELP,
  parse,
  async run(parsed) {
    if (!(await isFolder(parsed.dataDir))) {
      process.stderr.write(`archive: ${parsed.dataDir} is not a folder\n`);
      return EXIT_USAGE;
    }
    const [{ acquireDataFolderLock }, { buildDataArchive, readArchiveFiles, writeDataArchive }] = await Promise.all([
      import('../../electron/services/storage/lock.js'),
      import('../../electron/services/archive/data-archive.js'),
    ]);
    try {
      const lock = await acquireDataFolderLock(parsed.dataDir, new Date());
      const files = await readArchiveFiles(parsed.dataDir).finally(() => lock.release());
      const archive = await buildDataArchive(files, { appVersion: await appVersion(), createdAt: new Date() });
      const target = (await isFolder(parsed.out)) ? path.join(parsed.out, archive.fileName) : parsed.out;
      const written = await writeDataArchive(parsed.dataDir, target, archive.bytes);
      const { fileCount, totalBytes } = archive.manifest;
      process.stdout.write(`${written}: ${fileCount} data files, ${totalBytes} bytes, ${archive.bytes.length} bytes compressed\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const reason = error.details.reason ?? error.code;
      if (reason === 'archive_inside_data_folder') process.stderr.write(`archive: the archive must be written outside the data folder ${parsed.dataDir}\n`);
      else if (reason === 'data_folder_in_use') process.stderr.write(`archive: the data folder is in use by process ${error.details.pid ?? '?'} on ${error.details.host ?? '?'}; close Spokesdesk first\n`);
      else process.stderr.write(`archive: ${reason} ${JSON.stringify(error.details)}\n`);
      return reason === 'archive_inside_data_folder' ? 73 : reason === 'data_folder_in_use' ? 75 : 1;
    }
  },
});
