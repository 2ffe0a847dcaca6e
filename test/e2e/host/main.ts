// npm run host -- [--data DIR] [--port N] [--first-run]: serves the built renderer with the real services so a person can use it in Chromium.
import { parseArgs } from 'node:util';
import { RendererNotBuiltError, startHost } from './host.js';

const USAGE = 'Usage: npm run host -- [--data DIR] [--port N] [--first-run]';

function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new RangeError(`--port must be an integer 0–65535, not "${value}"`);
  return port;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      port: { type: 'string' },
      'first-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\nStarts the browser test host on 127.0.0.1 (a temporary data folder unless --data is given).\n--first-run shows the first-run wizard (when the folder has not been set up); without it the folder is marked set up.\n`);
    return;
  }
  const host = await startHost({ dataDir: values.data, port: parsePort(values.port), firstRun: values['first-run'] });
  process.stdout.write(`Spokesdesk test host: ${host.url} (data: ${host.dataDir})\nPress Ctrl+C to stop.\n`);
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: saving and stopping…\n`);
    host.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`spokesdesk host: close failed: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof RendererNotBuiltError) {
    process.stderr.write(`spokesdesk host: ${error.message}\n`);
  } else if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`spokesdesk host: ${error.message}\n${USAGE}\n`);
  } else {
    process.stderr.write(`spokesdesk host: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exitCode = 1;
});
