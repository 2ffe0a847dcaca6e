// English UI strings of the app shell's commands: shortcut labels (from shared/commands), recent packets, find in packet, opened files (merged into en.ts).
import { commandLabels } from '../../../shared/commands';
import { EXCHANGE_MAX_BYTES } from '../../../shared/exchange/safe-read';

const EXCHANGE_MAX_MEGABYTES = EXCHANGE_MAX_BYTES / (1024 * 1024);

export const shellEn = {
  shell: {
    commands: {
      labels: commandLabels('en'),
      needsPacket: 'Open a packet first: {{command}} works on the open packet.',
      versionSaved: 'Version {{number}} saved.',
      versionFailed: 'The version was not saved: {{message}}',
      printHint: 'Printing for journalists: export the press handout, then enter the number of copies and choose “Print handouts…”.',
    },
    recent: {
      heading: 'Recent',
      listLabel: 'Recently opened packets',
      clear: 'Clear list',
    },
    find: {
      label: 'Find in packet',
      placeholder: 'Find in packet (with or without diacritics)',
      previous: 'Previous match (Shift+Enter)',
      next: 'Next match (Enter)',
      close: 'Close find (Esc)',
      count: '{{current}}/{{total}}',
      none: 'No matches',
      inSection: 'In section: {{section}}',
    },
    openedFile: {
      refused: {
        wrong_extension: '“{{fileName}}” cannot be opened: it is not a .spokesdesk exchange file.',
        not_found: 'The file “{{fileName}}” was not found.',
        not_a_file: '“{{fileName}}” is a folder, not an exchange file.',
        too_large: `The file “{{fileName}}” is too large to import (${EXCHANGE_MAX_MEGABYTES} MB at most).`,
        unreadable: 'The file “{{fileName}}” could not be read.',
      },
    },
  },
};
