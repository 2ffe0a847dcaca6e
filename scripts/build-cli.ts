// Bundles the command-line tool into one ESM file (out/cli/spokesdesk.mjs) so it starts without transpiling TypeScript.
import { build, type Plugin } from 'esbuild';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../', import.meta.url));
/** out/cli sits as deep as scripts/cli, so the CLI's `new URL('../../resources/', import.meta.url)` finds the repository's resources. */
export const CLI_BUNDLE = fileURLToPath(new URL('../out/cli/spokesdesk.mjs', import.meta.url));

/**
 * fontkit needs brotli only to unpack WOFF2 files, and its 1.4 MB dictionary would be parsed at every start. The
 * export loads TrueType files only (bundled Liberation Serif, an installed Times New Roman), so a WOFF2 file fails clearly.
 */
const withoutWoff2: Plugin = {
  name: 'without-woff2',
  setup(b) {
    b.onResolve({ filter: /^brotli\/decompress(\.js)?$/ }, () => ({ path: 'brotli-decompress', namespace: 'without-woff2' }));
    b.onLoad({ filter: /.*/, namespace: 'without-woff2' }, () => ({
      contents: "export default function decompress() { throw new Error('WOFF2 fonts are not supported: use a TrueType (.ttf) font'); }",
      loader: 'js',
    }));
  },
};

/** Builds the bundle: every dependency inlined, Node built-ins left as imports; fonts and samples are read from resources/ at run time. */
export async function buildCli(): Promise<void> {
  await build({
    absWorkingDir: REPO,
    entryPoints: ['scripts/cli.ts'],
    outfile: CLI_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
    // CommonJS dependencies call require() for Node built-ins: give the ESM bundle a real one
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    plugins: [withoutWoff2],
    minify: true,
    legalComments: 'eof',
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildCli().then(
    () => process.stdout.write(`${CLI_BUNDLE}\n`),
    (error: unknown) => {
      process.stderr.write(`build-cli: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
