// Benchmark runner (npm run bench [-- --json] [-- --only NAME]): runs every suite in scripts/bench/ and prints its figures.
import { parseArgs } from 'node:util';
import { SUITES } from './bench/suites.js';

const USAGE = `Usage: npm run bench [-- --json] [-- --only SUITE]
Suites: ${SUITES.map((s) => s.name).join(', ')}
--json prints one flat JSON object of every figure on stdout (progress on stderr).`;

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { json: { type: 'boolean' }, only: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const json = values.json === true;
  const only = values.only;
  if (only !== undefined && !SUITES.some((s) => s.name === only)) throw new Error(`no suite '${only}'\n${USAGE}`);
  const figures: Record<string, number> = {};
  for (const suite of SUITES) {
    if (only && suite.name !== only) continue;
    if (!json) process.stdout.write(`\n== ${suite.name}: ${suite.description}\n`);
    const result = await suite.run({ log: (line) => (json ? process.stderr.write(`${line}\n`) : process.stdout.write(`${line}\n`)) });
    for (const [key, value] of Object.entries(result)) {
      figures[`${suite.name}.${key}`] = value;
      if (!json) process.stdout.write(`${suite.name}.${key} = ${formatNumber(value)}\n`);
    }
  }
  if (json) process.stdout.write(`${JSON.stringify(figures)}\n`);
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
