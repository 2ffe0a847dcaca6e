// From matched documents to the best items per kind: a packet's sections count as one item, only the top few are sorted.
import type { Matches } from './library-index.js';

/** The chosen documents (short ids) of one kind, best first, and whether more items of that kind matched. */
export interface KindPick {
  docs: number[];
  more: boolean;
}

export interface RankingTables {
  /** Kind number by short id. */
  kinds: Uint8Array;
  /** Item number by short id. */
  items: Int32Array;
  /** Item numbers are below this. */
  itemCapacity: number;
}

/** Reused scratch for best()/bestPerKind(): one slot per item. */
export class Ranker {
  private generation = 0;
  private itemStamp = new Uint32Array(0);
  private itemDoc = new Int32Array(0);
  private itemList = new Int32Array(0);

  /** The matched items, each by its best-scoring document (in match order); valid until the next call. */
  best(matches: Matches, tables: RankingTables): { docs: Int32Array; count: number } {
    if (this.itemStamp.length < tables.itemCapacity) {
      const size = tables.itemCapacity * 2;
      this.itemStamp = new Uint32Array(size);
      this.itemDoc = new Int32Array(size);
      this.itemList = new Int32Array(size);
    }
    const gen = ++this.generation;
    const { itemStamp, itemDoc, itemList } = this;
    const { score } = matches;
    const { items } = tables;
    let count = 0;
    for (let i = 0; i < matches.count; i++) {
      const doc = matches.docs[i] ?? 0;
      const item = items[doc] ?? 0;
      if (itemStamp[item] !== gen) {
        itemStamp[item] = gen;
        itemDoc[item] = doc;
        itemList[count++] = item;
      } else if ((score[doc] ?? 0) > (score[itemDoc[item] ?? 0] ?? 0)) {
        itemDoc[item] = doc;
      }
    }
    for (let i = 0; i < count; i++) itemList[i] = itemDoc[itemList[i] ?? 0] ?? 0;
    return { docs: itemList, count };
  }

  /** The `limit` best items of each kind, without sorting them all. */
  bestPerKind(matches: Matches, tables: RankingTables, limit: number): Map<number, KindPick> {
    const { docs, count } = this.best(matches, tables);
    return topPerKind(docs, count, matches.score, tables.kinds, limit);
  }
}

/** The `limit` best of `docs` per kind (insertion into short sorted lists), and whether each kind had more. */
export function topPerKind(docs: Int32Array, count: number, score: Float64Array, kinds: Uint8Array, limit: number): Map<number, KindPick> {
  const picks = new Map<number, KindPick>();
  for (let i = 0; i < count; i++) {
    const doc = docs[i] ?? 0;
    const kind = kinds[doc] ?? 0;
    let pick = picks.get(kind);
    if (!pick) picks.set(kind, (pick = { docs: [], more: false }));
    const s = score[doc] ?? 0;
    const chosen = pick.docs;
    if (chosen.length === limit) {
      pick.more = true;
      if (s <= (score[chosen[limit - 1] ?? 0] ?? 0)) continue;
      chosen.pop();
    }
    let at = chosen.length;
    while (at > 0 && (score[chosen[at - 1] ?? 0] ?? 0) < s) at--;
    chosen.splice(at, 0, doc);
  }
  return picks;
}

/** Every matched document of one kind, best first. */
export function sortedOfKind(matches: Matches, kinds: Uint8Array, kind: number): number[] {
  const docs: number[] = [];
  for (let i = 0; i < matches.count; i++) {
    const doc = matches.docs[i] ?? 0;
    if (kinds[doc] === kind) docs.push(doc);
  }
  return docs.sort((a, b) => (matches.score[b] ?? 0) - (matches.score[a] ?? 0));
}
