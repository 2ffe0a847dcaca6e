// English strings of the whole-data-folder archive on the Backups card (merged into en.ts).
import type { backupsArchiveVi } from './backups-archive.vi';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const backupsArchiveEn = {
  backupArchive: {
    heading: 'Export all data',
    intro:
      'Packs the whole data folder (settings, library, packets, versions and attachments) into one .tar.gz file to keep apart, for example on a USB stick. The automatic backups are not in it. To use it again on another computer: extract the file into an empty data folder.',
    export: 'Export all data…',
    exporting: 'Packing and writing the file…',
    exported: 'Saved {{fileName}} ({{size}}, {{files}} data files).',
    failed: 'The data could not be exported: {{message}}',
    insideDataFolder: 'The file cannot be saved inside the data folder (every later backup would copy it again). Choose another place, for example Documents or a USB stick.',
    unwritable: 'The file could not be written where you chose (no permission, a read-only or full drive). Choose another place.',
    tooLarge: 'The data folder is larger than {{limit}}, too large to export as one file. Close Spokesdesk and copy the whole data folder instead.',
  },
} satisfies Widen<typeof backupsArchiveVi>;
