// Which version of each document this office last exchanged (exported or imported): the "common version" of the import merge rule.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { entryKey, type ExchangeItemKind } from '../../../shared/exchange/merge.js';
import { writeFileAtomic } from '../storage/atomic-file.js';

const ledgerSchema = z.object({ shared: z.record(z.string().max(100), z.iso.datetime({ offset: true })) }).strict();

/** `<data folder>/exchange/ledger.json`: { shared: { "directive:<id>": updatedAt } }. Advisory: a missing or damaged one makes merges more cautious (conflicts), never lossy. */
export class ExchangeLedger {
  private entries: Map<string, string> | null = null;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(private readonly dataDir: string) {}

  private get file(): string {
    return path.join(this.dataDir, 'exchange', 'ledger.json');
  }

  async load(): Promise<ReadonlyMap<string, string>> {
    if (this.entries) return this.entries;
    let entries = new Map<string, string>();
    try {
      const parsed = ledgerSchema.safeParse(JSON.parse(await fs.readFile(this.file, 'utf8')));
      if (parsed.success) entries = new Map(Object.entries(parsed.data.shared));
    } catch {
      // Absent (nothing exchanged yet) or unreadable: start empty.
    }
    this.entries ??= entries;
    return this.entries;
  }

  sharedUpdatedAt(kind: ExchangeItemKind, id: string): string | undefined {
    return this.entries?.get(entryKey(kind, id));
  }

  /** Records that these versions were exchanged; one write at a time. */
  record(items: ReadonlyArray<{ kind: ExchangeItemKind; id: string; updatedAt: string }>): Promise<void> {
    const run = this.chain.then(async () => {
      const entries = new Map(await this.load());
      for (const item of items) entries.set(entryKey(item.kind, item.id), item.updatedAt);
      await fs.mkdir(path.dirname(this.file), { recursive: true });
      await writeFileAtomic(this.file, `${JSON.stringify({ shared: Object.fromEntries(entries) })}\n`);
      this.entries = entries;
    });
    this.chain = run.catch(() => undefined);
    return run;
  }
}
