// The shape of one CLI command module.
export interface CliCommand {
  /** First word on the command line ("cite", "export"). */
  name: string;
  /** One-line synopsis, e.g. "cite parse [--json] [--lines] [TEXT]". */
  usage: string;
  /** What it does, its options and exit statuses (several lines allowed). */
  help: string;
  /** Runs with the arguments after the command name; resolves to the exit status. */
  run(args: string[]): Promise<number>;
}
