// A CLI command that parses its arguments first: what is wrong with them is printed with the usage, exit status 64.
import type { CliCommand } from './command.js';

/** sysexits.h EX_USAGE: the command line was wrong. */
export const EXIT_USAGE = 64;

export interface ParsedCommandSpec<Options extends object> {
  name: string;
  usage: string;
  help: string;
  /** The options, or a sentence saying what is wrong with the arguments. */
  parse(args: readonly string[]): Options | string;
  /** Runs with well-formed options; resolves to the exit status. */
  run(options: Options): Promise<number>;
}

export function parsedCommand<Options extends object>(spec: ParsedCommandSpec<Options>): CliCommand {
  return {
    name: spec.name,
    usage: spec.usage,
    help: spec.help,
    async run(args) {
      const parsed = spec.parse(args);
      if (typeof parsed === 'string') {
        process.stderr.write(`${spec.name}: ${parsed}\n${spec.usage}\n`);
        return EXIT_USAGE;
      }
      return spec.run(parsed);
    },
  };
}
