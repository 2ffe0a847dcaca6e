// CLI command "sample": writes the bundled sample packet as a packet exchange file.
import { writeFile } from 'node:fs/promises';
import type { CliCommand } from './command.js';
import { appVersion, RESOURCES_DIR } from './export.js';

const USAGE = 'sample --out FILE';
const HELP = `Writes the bundled sample packet (resources/sample) with the directives, talking points and Q&A it
references as a packet exchange file (docs/exchange-format.md), ready for "export".
Exit status: 0 written; 64 wrong options.`;

export const sampleCommand: CliCommand = {
  name: 'sample',
  usage: USAGE,
  help: HELP,
  async run(args) {
    const at = args.indexOf('--out');
    const out = at >= 0 ? args[at + 1] : undefined;
    if (!out || args.length !== 2) {
      process.stderr.write(`sample: give --out FILE\n${USAGE}\n`);
      return 64;
    }
    const [{ stringifyExchange }, { sampleExchange }] = await Promise.all([import('../../shared/exchange/io.js'), import('../../electron/services/pdf/sample.js')]);
    const file = await sampleExchange(RESOURCES_DIR, await appVersion(), new Date().toISOString());
    await writeFile(out, stringifyExchange(file), 'utf8');
    process.stdout.write(`${out}: sample packet "${file.packet.title}" with ${file.directives.length} directives, ${file.talkingPoints.length} talking points, ${file.qaItems.length} Q&A\n`);
    return 0;
  },
};
