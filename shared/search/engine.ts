// The search engine: exact and folded term forms in a MiniSearch index, kept per item, queried into grouped, highlighted results.
import type { AsPlainObject, Options } from 'minisearch';
import { foldVietnamese } from '../text/normalize.js';
import { indexTokens, termForms } from './analyze.js';
import { FIELD_BOOSTS, itemKey, SEARCH_FIELDS, SEARCH_KINDS, type SearchDocument, type SearchField, type SearchKind } from './documents.js';
import { LibraryIndex, type Alternative, type Matches, type MatchTerm } from './library-index.js';
import { parseQuery, type ParsedQuery, type QueryClause } from './query.js';
import { Ranker, sortedOfKind, topPerKind, type KindPick, type RankingTables } from './ranking.js';
import type { SearchGroup, SearchHit, SearchResults } from './results.js';
import { highlightRanges, makeSnippet, phraseMatcher } from './snippet.js';

/** A match of the term as typed, accents included, counts this much more than the folded match every variant gets. */
const EXACT_BOOST = 1.5;
const WEIGHTS = { prefix: 0.375, fuzzy: 0.3 } as const;
export const DEFAULT_LIMIT = 8;
/** A phrase is first looked for in this many times `limit` best documents of each kind holding its words… */
const PHRASE_SHORTLIST = 4;
/** …then in at most this many: a phrase absent from every document must not cost a scan of the whole library. */
const PHRASE_CHECK_LIMIT = 200;

/** Everything needed to restore an engine without re-reading the library: the index and the indexed documents. */
export interface EngineSnapshot {
  index: AsPlainObject;
  documents: SearchDocument[];
}

export interface SearchOptions {
  /** Only these kinds (all when absent or empty). */
  kinds?: readonly SearchKind[];
  /** Hits per kind. */
  limit?: number;
}

const OPTIONS: Options<SearchDocument> = {
  fields: [...SEARCH_FIELDS],
  idField: 'id',
  extractField: (doc, field) => (field === 'id' ? doc.id : (doc.fields[field as SearchField] ?? '')),
  tokenize: indexTokens,
  processTerm: termForms,
};

export class SearchEngine {
  private readonly documents = new Map<string, SearchDocument>();
  private readonly items = new Map<string, string[]>();
  private readonly boosts: number[];
  private readonly allFieldIds: number[];
  private readonly ranker = new Ranker();

  private constructor(private readonly index: LibraryIndex) {
    this.allFieldIds = SEARCH_FIELDS.map((f) => index.fieldId(f));
    this.boosts = [];
    for (const field of SEARCH_FIELDS) this.boosts[index.fieldId(field)] = FIELD_BOOSTS[field];
  }

  static create(): SearchEngine {
    return new SearchEngine(new LibraryIndex(OPTIONS));
  }

  /** Restores a snapshot; throws when its index and documents disagree (the caller rebuilds). */
  static restore(snapshot: EngineSnapshot): SearchEngine {
    const engine = new SearchEngine(LibraryIndex.load(snapshot.index, OPTIONS, snapshot.documents));
    for (const doc of snapshot.documents) engine.remember(doc);
    return engine;
  }

  snapshot(): EngineSnapshot {
    return { index: this.index.toJSON(), documents: [...this.documents.values()] };
  }

  get itemCount(): number {
    return this.items.size;
  }

  get documentCount(): number {
    return this.documents.size;
  }

  /** The stamp (updatedAt) of every indexed item, by itemKey. */
  stamps(): Map<string, string> {
    const stamps = new Map<string, string>();
    for (const [key, ids] of this.items) {
      const first = ids[0] === undefined ? undefined : this.documents.get(ids[0]);
      if (first) stamps.set(key, first.stamp);
    }
    return stamps;
  }

  /** Indexes an item's documents in place of what was indexed for it before. */
  setItem(kind: SearchKind, ref: string, docs: readonly SearchDocument[]): void {
    this.removeItem(kind, ref);
    for (const doc of docs) {
      this.index.add(doc);
      this.remember(doc);
    }
  }

  removeItem(kind: SearchKind, ref: string): boolean {
    const key = itemKey(kind, ref);
    const ids = this.items.get(key);
    if (!ids) return false;
    for (const id of ids) {
      this.index.discard(id);
      this.documents.delete(id);
    }
    this.items.delete(key);
    return true;
  }

  private remember(doc: SearchDocument): void {
    this.documents.set(doc.id, doc);
    const key = itemKey(doc.kind, doc.ref);
    const ids = this.items.get(key);
    if (ids) ids.push(doc.id);
    else this.items.set(key, [doc.id]);
  }

  search(input: string | ParsedQuery, options: SearchOptions = {}): SearchResults {
    const parsed = typeof input === 'string' ? parseQuery(input) : input;
    if (parsed.clauses.length === 0) return { groups: [] };
    const limit = Math.max(1, options.limit ?? DEFAULT_LIMIT);
    let kindMask = 0;
    for (const kind of options.kinds?.length ? options.kinds : SEARCH_KINDS) kindMask |= 1 << SEARCH_KINDS.indexOf(kind);
    let terms = this.matchTerms(parsed, false);
    let matches = this.index.match(terms, kindMask, this.boosts);
    if (matches.count === 0) {
      // Typo tolerance only when the words as typed find nothing: a near syllable is usually another word (quyền / quyết).
      terms = this.matchTerms(parsed, true);
      matches = this.index.match(terms, kindMask, this.boosts);
    }
    const tables = { kinds: this.index.kinds, items: this.index.itemNumbersByDoc, itemCapacity: this.index.itemCapacity };
    const phrases = parsed.clauses.filter((c): c is QueryClause & { phrase: string } => c.phrase !== null);
    const picks = phrases.length > 0 ? this.withPhrases(matches, tables, phrases, limit) : this.ranker.bestPerKind(matches, tables, limit);
    const groups: SearchGroup[] = [];
    for (const { docs, more } of picks.values()) {
      const hits = docs.map((doc) => this.toHit(doc, matches.score[doc] ?? 0, terms));
      const first = hits[0];
      if (first) groups.push({ kind: first.kind, hits, more });
    }
    return { groups: groups.sort((a, b) => (b.hits[0]?.score ?? 0) - (a.hits[0]?.score ?? 0)) };
  }

  /**
   * Best first, the items with a document holding every quoted phrase, up to `limit` per kind. The phrase is checked
   * on the best few documents of each kind, and on up to PHRASE_CHECK_LIMIT of them when those are not enough.
   */
  private withPhrases(matches: Matches, tables: RankingTables, phrases: Array<QueryClause & { phrase: string }>, limit: number) {
    const tests = phrases.map((p) => ({ field: p.field, holds: phraseMatcher(p.phrase) }));
    const holdsPhrases = (doc: number) => {
      const document = this.index.document(doc);
      return !!document && tests.every(({ field, holds }) => (field ? [document.fields[field]] : Object.values(document.fields)).some((text) => !!text && holds(text)));
    };
    const picks = new Map<number, KindPick>();
    const shortlist = topPerKind(matches.docs, matches.count, matches.score, tables.kinds, limit * PHRASE_SHORTLIST);
    for (const [kind, candidates] of shortlist) {
      let pick = pickItems(candidates.docs, limit, tables.items, holdsPhrases);
      if (candidates.more && !pick.more) {
        pick = pickItems(sortedOfKind(matches, tables.kinds, kind).slice(0, PHRASE_CHECK_LIMIT), limit, tables.items, holdsPhrases);
      }
      if (pick.docs.length > 0) picks.set(kind, pick);
    }
    return picks;
  }

  /**
   * Every term of every clause must match (AND); each term through its folded form and, if accented, its exact form.
   * A symbol, and the last word while it is typed, match as prefixes; with `tolerant`, words of four letters or more
   * also match one letter off (eight or more: two).
   */
  private matchTerms(parsed: ParsedQuery, tolerant: boolean): MatchTerm[] {
    const terms = parsed.clauses.flatMap((clause) => clause.terms.map((term) => ({ term, field: clause.field })));
    return terms.map(({ term, field }, i) => {
      const folded = foldVietnamese(term);
      const compound = /[-/]/.test(term);
      const prefix = compound || (parsed.typing && i === terms.length - 1 && folded.length >= 2);
      const fuzzy = tolerant && !compound && folded.length >= 4 ? (folded.length >= 8 ? 2 : 1) : 0;
      const alternatives: Alternative[] = [{ expansions: this.index.expand(folded, prefix, fuzzy, WEIGHTS), boost: 1, exact: false }];
      if (folded !== term) alternatives.push({ expansions: this.index.expand(term, prefix, 0, WEIGHTS), boost: EXACT_BOOST, exact: true });
      return { alternatives, fieldIds: field ? [this.index.fieldId(field)] : this.allFieldIds };
    });
  }

  private toHit(shortId: number, score: number, terms: readonly MatchTerm[]): SearchHit {
    const doc = this.index.document(shortId);
    if (!doc) throw new Error(`search hit ${shortId} has no document`);
    const matched = this.index.matchedTerms(terms, shortId);
    const fields = new Set([...matched.fieldIds].map((id) => SEARCH_FIELDS.find((f) => this.index.fieldId(f) === id)));
    const field = SNIPPET_FIELDS.find((f) => fields.has(f) && doc.fields[f]) ?? null;
    const snippet = makeSnippet(doc.fields[field ?? 'body'] ?? '', field ? matched.terms : new Set());
    return {
      kind: doc.kind,
      id: doc.ref,
      sectionId: doc.sectionId,
      title: doc.title,
      titleHighlights: highlightRanges(doc.title, matched.terms),
      subtitle: doc.subtitle,
      snippet: snippet.text,
      snippetHighlights: snippet.highlights,
      field: field ?? 'title',
      score,
    };
  }
}

/** Fields a snippet is taken from, best first; a title match alone shows the start of the body. */
const SNIPPET_FIELDS: readonly SearchField[] = SEARCH_FIELDS.filter((f) => f !== 'title');

/** Up to `limit` documents of distinct items passing `accept`, walking `docs` in order; `more` when one more passed. */
function pickItems(docs: readonly number[], limit: number, items: Int32Array, accept: (doc: number) => boolean): KindPick {
  const pick: KindPick = { docs: [], more: false };
  const seen = new Set<number>();
  for (const doc of docs) {
    const item = items[doc] ?? -1;
    if (seen.has(item) || !accept(doc)) continue;
    if (pick.docs.length === limit) return { ...pick, more: true };
    seen.add(item);
    pick.docs.push(doc);
  }
  return pick;
}
