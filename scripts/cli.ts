// Command-line entry point (npm run cli -- COMMAND …): dispatches to the command modules in scripts/cli/.
import { COMMANDS } from './cli/commands.js';

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(helpText());
    return name === undefined ? 1 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`spokesdesk: unknown command "${name}". Run with --help to list commands.\n`);
    return 64;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.usage}\n\n${command.help}\n`);
    return 0;
  }
  return command.run(rest);
}

function helpText(): string {
  const lines = ['Usage: npm run --silent cli -- COMMAND [options]', '', 'Commands:'];
  for (const c of COMMANDS) {
    lines.push(`  ${c.usage}`, ...c.help.split('\n').map((l) => `      ${l}`), '');
  }
  lines.push('Run "npm run --silent cli -- COMMAND --help" for one command.', '');
  return lines.join('\n');
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`spokesdesk: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
