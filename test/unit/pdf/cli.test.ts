// The "sample" and "export" CLI commands: the bundled sample packet written as an exchange file and exported in both profiles.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseExchangeText } from '../../../shared/exchange/io.js';
import { exportCommand } from '../../../scripts/cli/export.js';
import { sampleCommand } from '../../../scripts/cli/sample.js';
import { COMMANDS } from '../../../scripts/cli/commands.js';
import { CREATED, pdfText, REPO, run } from './helpers.js';

let dir: string;
let sample: string;

function captured(): { out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err.push(String(chunk));
    return true;
  });
  return { out: () => out.join(''), err: () => err.join('') };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'spokesdesk-cli-pdf-'));
  sample = path.join(dir, 'sample.json');
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('CLI sample and export', () => {
  it('registers both commands', () => {
    expect(COMMANDS.map((c) => c.name)).toEqual(expect.arrayContaining(['export', 'sample']));
  });

  it('writes the bundled sample packet as a valid exchange file with what it references', async () => {
    const io = captured();
    expect(await sampleCommand.run(['--out', sample])).toBe(0);
    expect(io.out()).toContain(sample);
    const file = parseExchangeText(await readFile(sample, 'utf8'));
    expect(file.kind).toBe('packet');
    if (file.kind !== 'packet') return;
    expect(file.directives.length).toBeGreaterThan(0);
    expect(file.talkingPoints.length).toBeGreaterThan(0);
    expect(file.qaItems.length).toBeGreaterThan(0);
  });

  it('exports the sample in both profiles; the handout leaves out the internal sections and sensitive Q&A', async () => {
    const reports: Record<string, { pages: number; missingGlyphs: unknown[]; excluded: Record<string, number> }> = {};
    for (const profile of ['full', 'handout'] as const) {
      const io = captured();
      const out = path.join(dir, `sample-${profile}.pdf`);
      expect(await exportCommand.run([sample, '--profile', profile, '--out', out, '--created', CREATED, '--json'])).toBe(0);
      reports[profile] = JSON.parse(io.out()) as (typeof reports)[string];
      vi.restoreAllMocks();
      expect(run('qpdf', ['--check', out])).toContain('No syntax or stream encoding errors found');
      expect(pdfText(out)).not.toContain('{{');
    }
    expect(reports.full?.missingGlyphs).toEqual([]);
    expect(reports.handout?.missingGlyphs).toEqual([]);
    expect(reports.handout?.excluded.sections).toBeGreaterThan(0);
    expect(reports.handout?.excluded.sensitiveQa).toBeGreaterThan(0);
    expect(reports.full?.pages).toBeGreaterThan(reports.handout?.pages ?? 0);
  });

  it('refuses wrong options (64) and an invalid exchange file (65) with a message', async () => {
    let io = captured();
    expect(await exportCommand.run([sample, '--out', path.join(dir, 'x.pdf')])).toBe(64);
    expect(io.err()).toContain('--profile');
    vi.restoreAllMocks();
    const bad = path.join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ formatVersion: 1, kind: 'packet' }));
    io = captured();
    expect(await exportCommand.run([bad, '--profile', 'handout', '--out', path.join(dir, 'bad.pdf')])).toBe(65);
    expect(io.err()).toMatch(/Invalid exchange file/);
  });

  it('runs through the command-line entry point', () => {
    const out = path.join(dir, 'entry.pdf');
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', 'export', sample, '--profile', 'handout', '--out', out], { cwd: REPO, encoding: 'utf8' });
    expect(stdout).toMatch(/entry\.pdf: \d+ pages \(handout, nd30\)/);
  });
});
