// Scoring a query over the index's postings with flat typed arrays: rarest term first, later terms only for documents still in (AND).
import { PostingCache, type Postings, type ScoredPostings } from './posting-cache.js';
import type { SearchDocument } from './documents.js';

type TermData = Map<number, Postings>;

/** An indexed term a query term reaches (itself, a longer word for a prefix, a near word) and its weight. */
export interface Expansion {
  term: string;
  data: TermData;
  weight: number;
}

/** One way a query term can match: its folded form, or its exact accented form (counted higher). */
export interface Alternative {
  expansions: Expansion[];
  boost: number;
  exact: boolean;
}

export interface MatchTerm {
  alternatives: Alternative[];
  /** Field ids the term may match in. */
  fieldIds: number[];
}

/** Documents that matched every term, with their scores (valid until the next match() call). */
export interface Matches {
  docs: Int32Array;
  count: number;
  score: Float64Array;
}

/** What the matcher reads from the index, by short id. */
export interface IndexTables {
  documentCount: number;
  averageFieldLength: readonly number[];
  /** Unique terms per document and field: [doc * fieldCount + fieldId]. */
  fieldLength: Float64Array;
  fieldCount: number;
  kinds: Uint8Array;
  /** undefined for a discarded document. */
  documents: ReadonlyArray<SearchDocument | undefined>;
}

const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

/** Per-query scratch, reused: generation stamps mean nothing needs clearing between queries. */
export class Matcher {
  private generation = 0;
  private stamp = new Uint32Array(0);
  private matched = new Uint8Array(0);
  private exactMatched = new Uint8Array(0);
  /** The last term (1-based) whose exact form a document matched, so each term counts once. */
  private exactTerm = new Uint8Array(0);
  private score = new Float64Array(0);
  private candidates = new Int32Array(0);
  private readonly postingCache = new PostingCache();
  private tables: IndexTables = { documentCount: 0, averageFieldLength: [], fieldLength: new Float64Array(0), fieldCount: 0, kinds: new Uint8Array(0), documents: [] };

  /** Call on every change of the index: cached lists and their scores are then recomputed when next used. */
  invalidate(): void {
    this.postingCache.invalidate();
  }

  private ensureCapacity(size: number): void {
    if (size <= this.stamp.length) return;
    this.stamp = new Uint32Array(size);
    this.matched = new Uint8Array(size);
    this.exactMatched = new Uint8Array(size);
    this.exactTerm = new Uint8Array(size);
    this.score = new Float64Array(size);
    this.candidates = new Int32Array(size);
  }

  /**
   * Documents (of the allowed kinds) matching every term, scored like MiniSearch: BM25 per field times the field's
   * boost, times the expansion's weight, summed, then multiplied by the number of query forms matched.
   */
  match(terms: readonly MatchTerm[], kindMask: number, boosts: readonly number[], tables: IndexTables): Matches {
    this.tables = tables;
    this.ensureCapacity(tables.kinds.length);
    const gen = ++this.generation;
    const order = [...terms].sort((a, b) => postingCount(a) - postingCount(b));
    let count = 0;
    for (let t = 0; t < order.length; t++) {
      const term = order[t];
      if (!term) continue;
      if (t === 0) count = this.scanFirst(term, gen, kindMask, boosts);
      else {
        // A Map lookup costs about ten times a step through a cached list.
        const probe = count * probeCost(term) * 10 < postingCount(term);
        if (probe) this.probe(term, t, count, boosts);
        else this.scan(term, t, gen, boosts);
        count = this.keep(t + 1, count);
      }
      if (count === 0) break;
    }
    for (let i = 0; i < count; i++) {
      const doc = this.candidates[i] ?? 0;
      this.score[doc] = (this.score[doc] ?? 0) * (order.length + (this.exactMatched[doc] ?? 0));
    }
    return { docs: this.candidates, count, score: this.score };
  }

  private scanFirst(term: MatchTerm, gen: number, kindMask: number, boosts: readonly number[]): number {
    let count = 0;
    const { stamp, score, matched, exactMatched, exactTerm, candidates } = this;
    const { documents, kinds } = this.tables;
    for (const alternative of term.alternatives) {
      for (const expansion of alternative.expansions) {
        for (const fieldId of term.fieldIds) {
          const list = this.scored(expansion, fieldId);
          if (!list) continue;
          const factor = expansion.weight * alternative.boost * (boosts[fieldId] ?? 1);
          const { docs, values, length } = list;
          for (let i = 0; i < length; i++) {
            const doc = docs[i] ?? 0;
            if (stamp[doc] !== gen) {
              if (documents[doc] === undefined || ((kindMask >> (kinds[doc] ?? 0)) & 1) === 0) continue;
              stamp[doc] = gen;
              score[doc] = 0;
              matched[doc] = 1;
              exactMatched[doc] = 0;
              exactTerm[doc] = 0;
              candidates[count++] = doc;
            }
            score[doc] = (score[doc] ?? 0) + factor * (values[i] ?? 0);
            if (alternative.exact) this.countExact(doc, 0);
          }
        }
      }
    }
    return count;
  }

  /** Adds term `t`'s scores to documents that matched the `t` earlier terms, walking the term's postings. */
  private scan(term: MatchTerm, t: number, gen: number, boosts: readonly number[]): void {
    const { stamp, score, matched } = this;
    for (const alternative of term.alternatives) {
      for (const expansion of alternative.expansions) {
        for (const fieldId of term.fieldIds) {
          const list = this.scored(expansion, fieldId);
          if (!list) continue;
          const factor = expansion.weight * alternative.boost * (boosts[fieldId] ?? 1);
          const { docs, values, length } = list;
          for (let i = 0; i < length; i++) {
            const doc = docs[i] ?? 0;
            if (stamp[doc] !== gen) continue;
            const m = matched[doc] ?? 0;
            if (m === t) matched[doc] = t + 1;
            else if (m !== t + 1) continue;
            score[doc] = (score[doc] ?? 0) + factor * (values[i] ?? 0);
            if (alternative.exact) this.countExact(doc, t);
          }
        }
      }
    }
  }

  /** A term's postings in a field with their BM25 values (before boosts), or null when it does not occur there. */
  private scored(expansion: Expansion, fieldId: number): ScoredPostings | null {
    const postings = expansion.data.get(fieldId);
    if (!postings) return null;
    const { documentCount, averageFieldLength } = this.tables;
    const idf = inverseDocumentFrequency(postings.size, documentCount);
    const average = averageFieldLength[fieldId] ?? 1;
    return this.postingCache.get(postings, (frequency, doc) => bm25(frequency, idf, this.lengthOf(doc, fieldId), average));
  }

  private countExact(doc: number, t: number): void {
    if (this.exactTerm[doc] === t + 1) return;
    this.exactTerm[doc] = t + 1;
    this.exactMatched[doc] = (this.exactMatched[doc] ?? 0) + 1;
  }

  /** The same as scan(), looking each candidate up in the term's postings (when candidates are few). */
  private probe(term: MatchTerm, t: number, count: number, boosts: readonly number[]): void {
    for (const alternative of term.alternatives) {
      for (const expansion of alternative.expansions) {
        for (const fieldId of term.fieldIds) {
          const postings = expansion.data.get(fieldId);
          if (!postings) continue;
          const factor = expansion.weight * alternative.boost * (boosts[fieldId] ?? 1);
          const idf = inverseDocumentFrequency(postings.size, this.tables.documentCount);
          const average = this.tables.averageFieldLength[fieldId] ?? 1;
          for (let i = 0; i < count; i++) {
            const doc = this.candidates[i] ?? 0;
            const frequency = postings.get(doc);
            if (frequency === undefined) continue;
            const m = this.matched[doc] ?? 0;
            if (m !== t && m !== t + 1) continue;
            this.matched[doc] = t + 1;
            this.score[doc] = (this.score[doc] ?? 0) + factor * bm25(frequency, idf, this.lengthOf(doc, fieldId), average);
            if (alternative.exact) this.countExact(doc, t);
          }
        }
      }
    }
  }

  /** Compacts the candidate list to the documents that matched `needed` terms. */
  private keep(needed: number, count: number): number {
    let kept = 0;
    for (let i = 0; i < count; i++) {
      const doc = this.candidates[i] ?? 0;
      if (this.matched[doc] === needed) this.candidates[kept++] = doc;
    }
    return kept;
  }

  private lengthOf(doc: number, fieldId: number): number {
    return this.tables.fieldLength[doc * this.tables.fieldCount + fieldId] ?? 0;
  }
}

function postingCount(term: MatchTerm): number {
  let total = 0;
  for (const alternative of term.alternatives) {
    for (const expansion of alternative.expansions) {
      for (const fieldId of term.fieldIds) total += expansion.data.get(fieldId)?.size ?? 0;
    }
  }
  return total;
}

function probeCost(term: MatchTerm): number {
  let lookups = 0;
  for (const alternative of term.alternatives) lookups += alternative.expansions.length * term.fieldIds.length;
  return lookups;
}

function inverseDocumentFrequency(matching: number, total: number): number {
  return Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
}

function bm25(frequency: number, idf: number, length: number, average: number): number {
  return idf * (BM25.d + (frequency * (BM25.k + 1)) / (frequency + BM25.k * (1 - BM25.b + (BM25.b * length) / average)));
}
