// Runs axe-core in the app's page under its real CSP and returns the serious and critical violations, described for a failure message.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AxeResults, ImpactValue, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../host/paths.js';

const AXE_SOURCE_FILE = path.join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js');

/** WCAG 2.0/2.1 levels A and AA, plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] as const;

const FAILING_IMPACTS: readonly ImpactValue[] = ['serious', 'critical'];

export interface A11yViolation {
  rule: string;
  impact: ImpactValue;
  help: string;
  helpUrl: string;
  targets: string[];
  /** axe's explanation for the first node (why it failed, e.g. the measured contrast). */
  summary: string;
}

/** What the page's globalThis holds once axe is in (the node-side tsconfig has no DOM types). */
interface AxeGlobals {
  axe: { run(context: unknown, options: RunOptions): Promise<AxeResults> };
  document: unknown;
}

let axeSource: Promise<string> | undefined;

/**
 * The app's CSP (script-src 'self', no inline scripts) blocks page.addScriptTag({ content }), and a bypassCSP context
 * would test the app under a weaker policy than it ships with. page.evaluate goes through the DevTools protocol
 * (Runtime.evaluate), which CSP does not govern, so axe is evaluated as a script there and the page keeps its real policy.
 */
async function injectAxe(page: Page): Promise<void> {
  const present = await page.evaluate(() => 'axe' in globalThis);
  if (present) return;
  axeSource ??= readFile(AXE_SOURCE_FILE, 'utf8');
  await page.evaluate(`${await axeSource}\n;void 0`);
}

/** Serious and critical violations on the whole page as it is now (open dialogs included). */
export async function seriousViolations(page: Page): Promise<A11yViolation[]> {
  await injectAxe(page);
  const options = {
    runOnly: { type: 'tag', values: [...AXE_TAGS] },
    resultTypes: ['violations'],
  } satisfies RunOptions;
  const results = await page.evaluate(
    (runOptions) => {
      const scope = globalThis as unknown as AxeGlobals;
      return scope.axe.run(scope.document, runOptions);
    },
    options,
  );
  return results.violations
    .filter((violation) => violation.impact !== undefined && violation.impact !== null && FAILING_IMPACTS.includes(violation.impact))
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? 'serious',
      help: violation.help,
      helpUrl: violation.helpUrl,
      targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
      summary: violation.nodes[0]?.failureSummary ?? '',
    }));
}

/** One readable block per violation: rule id, impact, help text, every target selector. */
export function describeViolations(screen: string, violations: readonly A11yViolation[]): string {
  return violations
    .map((v) => `[${screen}] ${v.rule} (${v.impact}): ${v.help}\n  ${v.helpUrl}\n  ${v.summary.replace(/\n/g, '\n  ')}\n  targets:\n${v.targets.map((t) => `    ${t}`).join('\n')}`)
    .join('\n');
}
