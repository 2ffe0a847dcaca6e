// Builds the crash-test editor into one JavaScript file and runs it as a child process whose output lines are collected.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { childLineSchema, type ChildLine, type ReadyLine } from './protocol.js';

const ENTRY = fileURLToPath(new URL('./child.ts', import.meta.url));

/** Bundles the editor (services, zod, lowdb) so each process starts with plain Node instead of compiling TypeScript. */
export async function buildEditor(outDir: string): Promise<string> {
  const outfile = path.join(outDir, 'crash-editor.mjs');
  await build({ entryPoints: [ENTRY], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' });
  return outfile;
}

export interface Ended {
  lines: ChildLine[];
  /** How the process ended: 'SIGKILL' when we killed it. */
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
  /** A complete output line that was not one of the protocol's (null when every line parsed). */
  malformed: string | null;
}

/**
 * One editor process. It is started ahead of time (module loading happens while the previous one is still editing) and
 * opens the data folder only when told to go.
 */
export class EditorProcess {
  readonly lines: ChildLine[] = [];
  private readonly child: ChildProcessByStdio<Writable, Readable, Readable>;
  private readonly ended: Promise<Ended>;
  private partial = '';
  private stderr = '';
  private readonly watchers = new Set<() => void>();
  private malformed: string | null = null;

  constructor(bundle: string, dataDir: string, resourcesDir: string, seed: number) {
    this.child = spawn(process.execPath, [bundle, dataDir, resourcesDir, String(seed)], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.setEncoding('utf8');
    this.child.stdout.on('data', (chunk: string) => this.take(chunk));
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (chunk: string) => (this.stderr += chunk));
    this.child.stdin.on('error', () => undefined);
    this.ended = new Promise((resolve) => {
      // 'close' comes after the process exited and its pipes are drained: every line it wrote has been read.
      this.child.on('close', (code, signal) => {
        resolve({ lines: this.lines, signal, code, stderr: this.stderr, malformed: this.malformed });
        this.notify();
      });
    });
  }

  go(): void {
    this.child.stdin.write('go\n');
  }

  get ready(): ReadyLine | undefined {
    return this.lines.find((l): l is ReadyLine => l.t === 'ready');
  }

  /** Resolves once `test` holds for the lines so far, or the process ended, or `timeoutMs` passed. */
  until(test: (lines: readonly ChildLine[]) => boolean, timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.watchers.delete(check);
        resolve();
      };
      const check = () => {
        if (test(this.lines) || this.child.exitCode !== null || this.child.signalCode !== null) done();
      };
      const timer = setTimeout(done, timeoutMs);
      this.watchers.add(check);
      check();
    });
  }

  kill(): Promise<Ended> {
    this.child.kill('SIGKILL');
    return this.ended;
  }

  private take(chunk: string): void {
    const text = this.partial + chunk;
    const parts = text.split('\n');
    // A line cut off by the kill has no newline: it was never fully acknowledged, so it is dropped.
    this.partial = parts.pop() ?? '';
    for (const part of parts) {
      const parsed = childLineSchema.safeParse(safeJson(part));
      if (parsed.success) this.lines.push(parsed.data);
      else this.malformed ??= part.slice(0, 200);
    }
    this.notify();
  }

  private notify(): void {
    for (const watcher of [...this.watchers]) watcher();
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
