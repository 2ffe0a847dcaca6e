// MiniSearch's index (terms, postings, persistence, vacuuming) with per-document tables for a query path that allocates nothing per match.
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { SEARCH_KINDS, itemKey, type SearchDocument } from './documents.js';
import { Matcher, type Expansion, type Matches, type MatchTerm } from './matcher.js';

export type { Alternative, Expansion, Matches, MatchTerm } from './matcher.js';

/*
 * MiniSearch's own search() builds a result object per matching document and sorts them all. In a library where
 * common syllables ("người", "thông") occur in nearly every one of 14,000 documents, that is tens of milliseconds a
 * query. This subclass keeps MiniSearch's index, serialisation and vacuuming, keeps per-document tables in typed
 * arrays, and leaves scoring to Matcher.
 */

export class LibraryIndex extends MiniSearch<SearchDocument> {
  /** By short id: the document, its kind's number and its item's number; undefined when discarded. */
  private byShortId: Array<SearchDocument | undefined> = [];
  private kindOf = new Uint8Array(0);
  private itemOf = new Int32Array(0);
  private fieldLength = new Float64Array(0);
  private readonly itemNumbers = new Map<string, number>();
  private readonly fieldCount: number;
  private readonly matcher = new Matcher();

  constructor(options: Options<SearchDocument>) {
    super(options);
    this.fieldCount = options.fields.length;
  }

  /** Restores a serialised MiniSearch index (MiniSearch.loadJS makes a plain MiniSearch; its state is adopted). */
  static load(js: AsPlainObject, options: Options<SearchDocument>, documents: readonly SearchDocument[]): LibraryIndex {
    const index = new LibraryIndex(options);
    Object.assign(index, MiniSearch.loadJS(js, options));
    for (const doc of documents) {
      const shortId = index._idToShortId.get(doc.id);
      if (shortId === undefined) throw new Error(`search index does not hold ${doc.id}`);
      index.track(shortId, doc);
    }
    if (index.documentCount !== documents.length) throw new Error('search index holds documents it has no text for');
    return index;
  }

  override add(doc: SearchDocument): void {
    this.matcher.invalidate();
    super.add(doc);
    const shortId = this._idToShortId.get(doc.id);
    if (shortId !== undefined) this.track(shortId, doc);
  }

  override discard(id: string): void {
    const shortId = this._idToShortId.get(id);
    this.matcher.invalidate();
    super.discard(id);
    if (shortId !== undefined) this.byShortId[shortId] = undefined;
  }

  document(shortId: number): SearchDocument | undefined {
    return this.byShortId[shortId];
  }

  /** How many item numbers have been given out (item numbers are below it). */
  get itemCapacity(): number {
    return this.itemNumbers.size;
  }

  fieldId(field: string): number {
    const id = this._fieldIds[field];
    if (id === undefined) throw new RangeError(`unknown search field ${field}`);
    return id;
  }

  private track(shortId: number, doc: SearchDocument): void {
    this.ensureCapacity(shortId + 1);
    this.byShortId[shortId] = doc;
    this.kindOf[shortId] = SEARCH_KINDS.indexOf(doc.kind);
    const key = itemKey(doc.kind, doc.ref);
    let item = this.itemNumbers.get(key);
    if (item === undefined) this.itemNumbers.set(key, (item = this.itemNumbers.size));
    this.itemOf[shortId] = item;
    const lengths = this._fieldLength.get(shortId) ?? [];
    for (let f = 0; f < this.fieldCount; f++) this.fieldLength[shortId * this.fieldCount + f] = lengths[f] ?? 0;
  }

  private ensureCapacity(size: number): void {
    if (size <= this.kindOf.length) return;
    const capacity = Math.max(size, this.kindOf.length * 2, 1024);
    const grow = <A extends Uint8Array | Int32Array | Float64Array>(old: A, make: (n: number) => A, n: number): A => {
      const next = make(n);
      next.set(old);
      return next;
    };
    this.kindOf = grow(this.kindOf, (n) => new Uint8Array(n), capacity);
    this.itemOf = grow(this.itemOf, (n) => new Int32Array(n), capacity);
    this.fieldLength = grow(this.fieldLength, (n) => new Float64Array(n), capacity * this.fieldCount);
  }

  /** The indexed terms `term` reaches: itself, longer words when `prefix`, words `fuzzy` edits away. */
  expand(term: string, prefix: boolean, fuzzy: number, weights: { prefix: number; fuzzy: number }): Expansion[] {
    const found: Expansion[] = [];
    const own = this._index.get(term);
    if (own) found.push({ term, data: own, weight: 1 });
    if (prefix) {
      for (const [longer, data] of this._index.atPrefix(term)) {
        const distance = longer.length - term.length;
        if (distance > 0) found.push({ term: longer, data, weight: (weights.prefix * longer.length) / (longer.length + 0.3 * distance) });
      }
    }
    if (fuzzy > 0) {
      const seen = new Set(found.map((e) => e.term));
      for (const [near, [data, distance]] of this._index.fuzzyGet(term, fuzzy)) {
        if (distance > 0 && !seen.has(near)) found.push({ term: near, data, weight: (weights.fuzzy * near.length) / (near.length + distance) });
      }
    }
    return found;
  }

  /** Documents (of the kinds in `kindMask`) matching every term; see Matcher. */
  match(terms: readonly MatchTerm[], kindMask: number, boosts: readonly number[]): Matches {
    return this.matcher.match(terms, kindMask, boosts, {
      documentCount: this._documentCount,
      averageFieldLength: this._avgFieldLength,
      fieldLength: this.fieldLength,
      fieldCount: this.fieldCount,
      kinds: this.kindOf,
      documents: this.byShortId,
    });
  }

  /** Kind number (index in SEARCH_KINDS) by short id. */
  get kinds(): Uint8Array {
    return this.kindOf;
  }

  /** Item number by short id: a packet's heading and sections share one. */
  get itemNumbersByDoc(): Int32Array {
    return this.itemOf;
  }

  /** Which indexed terms matched a document, and in which fields (for highlighting one hit). */
  matchedTerms(terms: readonly MatchTerm[], doc: number): { terms: Set<string>; fieldIds: Set<number> } {
    const found = { terms: new Set<string>(), fieldIds: new Set<number>() };
    for (const term of terms) {
      for (const alternative of term.alternatives) {
        for (const expansion of alternative.expansions) {
          for (const fieldId of term.fieldIds) {
            if (expansion.data.get(fieldId)?.has(doc)) {
              found.terms.add(expansion.term);
              found.fieldIds.add(fieldId);
            }
          }
        }
      }
    }
    return found;
  }
}
