// A library collection in lowdb shard files (library/<name>-NN.json, chosen by a stable hash of the id): saving one item rewrites one shard.
import { Low } from 'lowdb';
import path from 'node:path';
import type { z } from 'zod';
import type { DocumentKind } from '../../../shared/model/migrations.js';
import type { CollectionRepository } from '../../../shared/storage/repository.js';
import { itemsDecoder } from './data-file.js';
import { LAYOUT } from './data-folder.js';
import type { StoreContext } from './context.js';
import { ValidatedJsonFile } from './lowdb-adapter.js';
import { readWithRecovery } from './recovery.js';

export interface CollectionSpec<T extends { id: string }> {
  /** File name stem under library/ ("directives" → directives-00.json … directives-15.json). */
  name: string;
  kind: DocumentKind;
  schema: z.ZodType<T>;
  /** Number of shard files; 1 keeps the collection in library/<name>.json. Fixed once data exists. */
  shards: number;
}

interface ShardData<T> {
  items: T[];
}

/** The shard an id lives in: FNV-1a of the id, so the same id always maps to the same file. */
export function shardOf(id: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shards;
}

export function shardFileName(name: string, shard: number, shards: number): string {
  return shards === 1 ? `${name}.json` : `${name}-${String(shard).padStart(2, '0')}.json`;
}

export class CollectionStore<T extends { id: string }> implements CollectionRepository<T> {
  private readonly byId = new Map<string, T>();
  private changes = 0;

  private constructor(
    readonly spec: CollectionSpec<T>,
    private readonly shards: ReadonlyArray<Low<ShardData<T>>>,
    /** Shards read in an older schema version (or holding a misplaced item): rewritten by commitMigrations(). */
    private readonly migratedShards: number[],
  ) {
    shards.forEach((shard, index) => {
      const misplaced = shard.data.items.filter((item) => shardOf(item.id, shards.length) !== index);
      for (const item of misplaced) this.moveHome(item, index);
      for (const item of shard.data.items) this.byId.set(item.id, item);
    });
  }

  /** An item found in another shard than its id's (a hand-edited file) moves to its own shard, unless that has it already. */
  private moveHome(item: T, from: number): void {
    const source = this.shards[from];
    const home = this.shards[shardOf(item.id, this.shards.length)];
    if (!source || !home) return;
    source.data.items = source.data.items.filter((i) => i !== item);
    if (!home.data.items.some((i) => i.id === item.id)) home.data.items.push(item);
    this.migratedShards.push(from, shardOf(item.id, this.shards.length));
  }

  /** Reads every shard in parallel; damaged shards are quarantined and restored from the newest good backup. */
  static async open<T extends { id: string }>(context: StoreContext, spec: CollectionSpec<T>): Promise<CollectionStore<T>> {
    const decode = itemsDecoder(spec.kind, spec.schema, context.migrations);
    const migrated: number[] = [];
    const shards = await Promise.all(
      Array.from({ length: spec.shards }, async (_, index) => {
        const file = path.join(context.dataDir, LAYOUT.library, shardFileName(spec.name, index, spec.shards));
        const adapter = new ValidatedJsonFile<ShardData<T>>(file, decode, context.queue);
        const decoded = await readWithRecovery(context, adapter);
        if (decoded?.migrated) migrated.push(index);
        return new Low<ShardData<T>>(adapter, decoded?.data ?? { items: [] });
      }),
    );
    return new CollectionStore(spec, shards, migrated);
  }

  get needsMigrationWrite(): boolean {
    return this.migratedShards.length > 0;
  }

  /** Writes the shards that were upgraded on read (call after the before_migration backup). */
  async commitMigrations(): Promise<void> {
    const indexes = [...new Set(this.migratedShards.splice(0))];
    await Promise.all(indexes.map((i) => this.shards[i]?.write()));
  }

  /** Increases on every change; lets callers cache sorted views. */
  get revision(): number {
    return this.changes;
  }

  get size(): number {
    return this.byId.size;
  }

  all(): T[] {
    return [...this.byId.values()];
  }

  get(id: string): T | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Inserts or replaces an item; resolves when its shard is on disk. */
  async put(item: T): Promise<void> {
    await this.putMany([item]);
  }

  /** Inserts or replaces items with one write per touched shard. */
  async putMany(items: readonly T[]): Promise<void> {
    const touched = new Set<Low<ShardData<T>>>();
    for (const item of items) {
      const shard = this.shardFor(item.id);
      const list = shard.data.items;
      const at = list.findIndex((existing) => existing.id === item.id);
      if (at >= 0) list[at] = item;
      else list.push(item);
      this.byId.set(item.id, item);
      touched.add(shard);
    }
    this.changes++;
    await Promise.all([...touched].map((shard) => shard.write()));
  }

  /** Removes an item; resolves (with the removed item) when its shard is on disk. */
  async remove(id: string): Promise<T | undefined> {
    const item = this.byId.get(id);
    if (!item) return undefined;
    const shard = this.shardFor(id);
    shard.data.items = shard.data.items.filter((existing) => existing.id !== id);
    this.byId.delete(id);
    this.changes++;
    await shard.write();
    return item;
  }

  private shardFor(id: string): Low<ShardData<T>> {
    const shard = this.shards[shardOf(id, this.spec.shards)];
    if (!shard) throw new RangeError(`No shard for ${id}`);
    return shard;
  }
}
