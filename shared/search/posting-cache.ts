// Long postings lists copied into typed arrays with their BM25 values, so a common word costs a few ns per document.
export type Postings = Map<number, number>;

/** A term's postings in one field: short ids and each one's BM25 score (before boosts). */
export interface ScoredPostings {
  docs: Int32Array;
  values: Float64Array;
  length: number;
}

interface Entry extends ScoredPostings {
  version: number;
  size: number;
}

/** Lists shorter than this are scored straight from the Map: copying them would gain nothing. */
const MIN_CACHED = 256;
/** Upper bound on cached postings (12 bytes each): about 48 MB. */
const MAX_CACHED_POSTINGS = 4_000_000;

/**
 * Cached lists are valid for one index version (bumped by every add or discard, which change document counts and
 * average lengths) and one list size (vacuuming shrinks lists).
 */
export class PostingCache {
  private readonly entries = new Map<Postings, Entry>();
  private total = 0;
  private version = 0;

  invalidate(): void {
    this.version++;
  }

  /** The list scored by `score`: from the cache when it is long and unchanged, else freshly (and cached if long). */
  get(postings: Postings, score: (frequency: number, doc: number) => number): ScoredPostings {
    const cached = this.entries.get(postings);
    if (cached && cached.version === this.version && cached.size === postings.size) return cached;
    const docs = new Int32Array(postings.size);
    const values = new Float64Array(postings.size);
    let i = 0;
    postings.forEach((frequency, doc) => {
      docs[i] = doc;
      values[i++] = score(frequency, doc);
    });
    const entry = { docs, values, length: i, version: this.version, size: postings.size };
    if (postings.size < MIN_CACHED) return entry;
    if (cached) this.total -= cached.length;
    if (this.total + i > MAX_CACHED_POSTINGS) {
      this.entries.clear();
      this.total = 0;
    }
    this.entries.set(postings, entry);
    this.total += i;
    return entry;
  }
}
