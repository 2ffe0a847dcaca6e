// Crash test: an editor process saving continuously is killed with SIGKILL at 200 seeded random moments; after every kill each
// file of the data folder validates and every acknowledged save is on disk (SIGKILL keeps the page cache: power loss is not simulated).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Random } from './content.js';
import { buildEditor, EditorProcess, type Ended } from './editor-process.js';
import { checkFolder, type FolderState } from './folder-check.js';
import { Ledger } from './ledger.js';
import type { ReadyLine } from './protocol.js';

const KILLS = 200;
const SEED = Number(process.env.SPOKESDESK_CRASH_SEED ?? 20261126);
const RESOURCES = path.resolve('resources');

type Mode = 'opening' | 'editing' | 'mid-write';

interface Tally {
  modes: Record<Mode, number>;
  killedBeforeReady: number;
  acks: number;
  roundsWithEditsInFlight: number;
  landedUnacknowledged: number;
  roundsWithTempFiles: number;
  roundsWithPartialBackup: number;
  emptyLocks: number;
  openRetries: number;
}

let workDir: string;
let bundle: string;
/** The folder is kept for inspection when the test fails (its path is in the failure message). */
let passed = false;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'spokesdesk-crash-'));
  bundle = await buildEditor(workDir);
});

afterAll(async () => {
  if (workDir && passed) await rm(workDir, { recursive: true, force: true });
});

/** Chooses when to kill: while the folder is being opened, at any moment of editing, or a few milliseconds after a save started. */
async function killAtRandomMoment(editor: EditorProcess, random: Random): Promise<{ mode: Mode; ended: Ended }> {
  const roll = random.next();
  const mode: Mode = roll < 0.15 ? 'opening' : roll < 0.6 ? 'editing' : 'mid-write';
  editor.go();
  if (mode === 'opening') {
    await sleep(random.int(0, 80));
  } else {
    await editor.until((lines) => lines.some((l) => l.t === 'ready'), 15_000);
    if (mode === 'editing') {
      await sleep(random.int(0, 300));
    } else {
      const startedSaves = random.int(1, 60);
      await editor.until((lines) => lines.filter((l) => l.t === 'intent').length >= startedSaves, 5_000);
      await sleep(random.int(0, 4));
    }
  }
  return { mode, ended: await editor.kill() };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** What the reopened app listed must be exactly what the files held after the previous kill. */
function readyProblems(ready: ReadyLine, before: FolderState): string[] {
  const problems: string[] = [];
  const same = (what: string, listed: Record<string, string>, files: Map<string, { updatedAt: string }>) => {
    const fromFiles = Object.fromEntries([...files].map(([id, d]) => [id, d.updatedAt]));
    if (JSON.stringify(sorted(listed)) !== JSON.stringify(sorted(fromFiles))) {
      problems.push(`after reopening, ${what} listed ${Object.keys(listed).length} items, the files hold ${files.size} (or other versions)`);
    }
  };
  same('directives', ready.directives, before.directives);
  same('packets', ready.packets, before.packets);
  if (before.settings && ready.settingsUpdatedAt !== before.settings.updatedAt) problems.push('after reopening, the settings are not the ones on disk');
  if (ready.incidents !== 0) problems.push(`reopening reported ${ready.incidents} storage incident(s) after a kill`);
  return problems;
}

function sorted(record: Record<string, string>): Array<[string, string]> {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

describe('killing an editing process with SIGKILL', () => {
  it(`at ${KILLS} random moments never leaves a damaged file or loses an acknowledged save (seed ${SEED})`, { timeout: 400_000 }, async () => {
    const dataDir = path.join(workDir, 'data');
    const random = new Random(SEED);
    const ledger = new Ledger();
    const tally: Tally = {
      modes: { opening: 0, editing: 0, 'mid-write': 0 },
      killedBeforeReady: 0,
      acks: 0,
      roundsWithEditsInFlight: 0,
      landedUnacknowledged: 0,
      roundsWithTempFiles: 0,
      roundsWithPartialBackup: 0,
      emptyLocks: 0,
      openRetries: 0,
    };
    let before: FolderState | null = null;
    const started = performance.now();
    let next = new EditorProcess(bundle, dataDir, RESOURCES, random.int(1, 2 ** 31));
    try {
      for (let round = 1; round <= KILLS; round++) {
        const editor = next;
        next = new EditorProcess(bundle, dataDir, RESOURCES, random.int(1, 2 ** 31));
        const { mode, ended } = await killAtRandomMoment(editor, random);
        const where = `round ${round} (${mode}, seed ${SEED}, folder ${dataDir})`;
        expect(ended.signal, `${where}: the editor ended by itself:\n${ended.stderr}`).toBe('SIGKILL');
        expect(ended.malformed, where).toBeNull();

        const disk = await checkFolder(dataDir).catch((error: unknown) => {
          throw new Error(`${where}: ${error instanceof Error ? error.message : String(error)}`);
        });
        const ready = editor.ready;
        const problems = [...(ready && before ? readyProblems(ready, before) : [])];
        if (ready && before) {
          const leftovers = before.tempFiles.filter((f) => disk.tempFiles.includes(f));
          if (leftovers.length > 0) problems.push(`temp files of the previous kill were not removed at open: ${leftovers.join(', ')}`);
        }
        const { problems: lost, facts } = ledger.check(ended.lines, disk);
        problems.push(...lost);
        expect(problems, where).toEqual([]);
        ledger.adopt(disk);

        tally.modes[mode]++;
        if (!ready) tally.killedBeforeReady++;
        if (ready && ready.openAttempts > 1) tally.openRetries++;
        tally.acks += facts.acks;
        if (facts.inFlight > 0) tally.roundsWithEditsInFlight++;
        tally.landedUnacknowledged += facts.landedUnacknowledged;
        if (disk.tempFiles.length > 0) tally.roundsWithTempFiles++;
        if (disk.partialBackups.length > 0) tally.roundsWithPartialBackup++;
        if (disk.lock === 'empty') tally.emptyLocks++;
        before = disk;
      }
      // One last process opens what the 200th kill left and must see exactly the files' content.
      next.go();
      await next.until((lines) => lines.some((l) => l.t === 'ready'), 15_000);
      const finalReady = next.ready;
      expect(finalReady, 'the folder opens after the last kill').toBeDefined();
      if (finalReady && before) expect(readyProblems(finalReady, before)).toEqual([]);
    } finally {
      await next.kill();
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.info(`crash test: ${KILLS} kills in ${seconds} s, ${JSON.stringify(tally)}`);

    expect(Object.values(tally.modes).reduce((a, b) => a + b, 0)).toBe(KILLS);
    // The kills must have hit edits in progress, or the test proved nothing.
    expect(tally.roundsWithEditsInFlight).toBeGreaterThan(KILLS / 2);
    expect(tally.acks).toBeGreaterThan(KILLS * 5);
    passed = true;
  });
});
