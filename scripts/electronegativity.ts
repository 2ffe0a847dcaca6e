// Runs Electronegativity over the app's code (electron/, renderer/) and fails on any finding above informational that
// .electronegativity.json does not justify with a reason (and on justifications that no longer match anything).
import dns from 'node:dns';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const CONFIG_FILE = path.join(ROOT, '.electronegativity.json');
/** The app's own code; tests, scripts and build output are not shipped or are derived from these. */
const SCANNED = ['electron', 'renderer/src', 'renderer/index.html'];

const configSchema = z
  .object({
    $comment: z.string().optional(),
    /** Checks that cannot run here, each with the reason. */
    excludedChecks: z.array(z.object({ check: z.string(), reason: z.string().min(20) }).strict()),
    /** Findings reviewed and accepted: a check, the file it is reported in ("N/A" for global checks), optionally the exact code. */
    justified: z.array(z.object({ check: z.string(), file: z.string(), sample: z.string().optional(), reason: z.string().min(20) }).strict()),
  })
  .strict();
type Justification = z.infer<typeof configSchema>['justified'][number];

const issueSchema = z.object({
  id: z.string(),
  file: z.string(),
  location: z.object({ line: z.number(), column: z.number() }),
  sample: z.string().optional(),
  description: z.string(),
  severity: z.object({ name: z.enum(['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH']) }),
  confidence: z.object({ name: z.string() }),
});
const resultSchema = z.object({
  issues: z.array(issueSchema),
  errors: z.array(z.object({ file: z.string(), message: z.string(), tolerable: z.boolean() })),
});
type Issue = z.infer<typeof issueSchema>;

interface RunOptions {
  input: string;
  output: string | null;
  isRelative: boolean;
  electronVersionOverride: string;
  excludeFromScan: string[];
  customScan: string[];
}
type Run = (options: RunOptions) => Promise<unknown>;

/** The tool takes check class names ("AvailableSecurityFixesGlobalCheck"), lower-cased; its reports use ids ("AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK"). */
function checkClassName(id: string): string {
  return id.replace(/_/g, '').toLowerCase();
}

function matches(rule: Justification, issue: Issue): boolean {
  return rule.check === issue.id && rule.file === issue.file && (rule.sample === undefined || rule.sample === issue.sample?.trim());
}

async function installedElectronVersion(): Promise<string> {
  const manifest = z.object({ version: z.string() }).parse(JSON.parse(await readFile(path.join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')));
  return manifest.version;
}

/**
 * The tool downloads translations (and, for an excluded check, Electron's release list) on every run. Offline, each
 * attempt waits for DNS and retries for seconds: name lookups in this process fail at once instead, with a code the HTTP
 * client does not retry, so the scan's result never depends on the network.
 */
function refuseNetwork(): void {
  const offline = (_hostname: string, ...rest: unknown[]): void => {
    const callback = rest.at(-1);
    const error = Object.assign(new Error('offline: the Electronegativity run does not use the network'), { code: 'ENETDOWN' });
    if (typeof callback === 'function') process.nextTick(() => callback(error));
  };
  Object.defineProperty(dns, 'lookup', { value: offline, configurable: true, writable: true });
}

/** Copies the scanned code into one folder, so a single run sees it all with repository-relative paths. */
async function stage(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'spokesdesk-electronegativity-'));
  for (const entry of SCANNED) await cp(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  return dir;
}

async function main(): Promise<number> {
  const config = configSchema.parse(JSON.parse(await readFile(CONFIG_FILE, 'utf8')));
  refuseNetwork();
  // The package is CommonJS without types; its default export is run(options).
  const run: Run = createRequire(import.meta.url)('@doyensec/electronegativity');
  const input = await stage();
  let result: z.infer<typeof resultSchema>;
  try {
    result = resultSchema.parse(
      await run({
        input,
        output: null,
        isRelative: true,
        electronVersionOverride: await installedElectronVersion(),
        excludeFromScan: config.excludedChecks.map((e) => checkClassName(e.check)),
        customScan: [],
      }),
    );
  } finally {
    await rm(input, { recursive: true, force: true });
  }

  const problems: string[] = [];
  for (const error of result.errors) {
    // A file the tool could not parse was not checked at all.
    problems.push(`could not analyse ${path.relative(input, error.file)}: ${error.message}`);
  }
  const used = new Set<Justification>();
  for (const issue of result.issues) {
    if (issue.severity.name === 'INFORMATIONAL') continue;
    const rule = config.justified.find((r) => matches(r, issue));
    if (rule) {
      used.add(rule);
      continue;
    }
    const where = `${issue.file}:${issue.location.line}:${issue.location.column}`;
    problems.push(`${issue.id} (${issue.severity.name}, ${issue.confidence.name}) at ${where}: ${issue.description}${issue.sample ? `\n    ${issue.sample.trim()}` : ''}`);
  }
  for (const rule of config.justified) {
    if (!used.has(rule)) problems.push(`stale justification in .electronegativity.json: ${rule.check} in ${rule.file} no longer matches a finding`);
  }
  const shown = result.issues.map((i) => `${i.id} ${i.severity.name} ${i.file}:${i.location.line}`);
  console.log(`Electronegativity: ${result.issues.length} finding(s), ${used.size} justified, ${config.excludedChecks.length} check(s) excluded offline${shown.length ? `\n  ${shown.join('\n  ')}` : ''}`);
  if (problems.length > 0) {
    console.error(`Electronegativity found what is not justified in .electronegativity.json:\n- ${problems.join('\n- ')}`);
    return 1;
  }
  return 0;
}

process.exitCode = await main();
