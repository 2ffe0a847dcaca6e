// Runs the palette's query through the search channel, debounced, keeping only the answer to the latest query.
import { useEffect, useRef, useState } from 'react';
import type { SearchResults } from '../../../shared/search/results';
import { BridgeCallError, call } from '../api/client';

export const SEARCH_DEBOUNCE_MS = 80;
const HITS_PER_KIND = 8;

export type SearchState =
  | { status: 'idle' }
  /** `previous`: the last results shown, kept on screen until the new ones arrive. */
  | { status: 'loading'; query: string; previous: SearchResults | null }
  | { status: 'done'; query: string; results: SearchResults }
  | { status: 'failed'; query: string; messageKey: string; details: Record<string, string> };

type Answer =
  | { query: string; results: SearchResults }
  | { query: string; messageKey: string; details: Record<string, string> };

export function useSearchResults(query: string): SearchState {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [lastResults, setLastResults] = useState<SearchResults | null>(null);
  const latest = useRef(0);
  const q = query.trim();

  useEffect(() => {
    const ticket = ++latest.current;
    if (q === '') return undefined;
    const timer = window.setTimeout(() => {
      call('search', 'query', { q: query.slice(0, 500), limit: HITS_PER_KIND }).then(
        (results) => {
          if (ticket !== latest.current) return;
          setAnswer({ query: q, results });
          setLastResults(results);
        },
        (error: unknown) => {
          if (ticket !== latest.current) return;
          const known = error instanceof BridgeCallError;
          setAnswer({ query: q, messageKey: known ? error.messageKey : 'errors.transport', details: known ? error.details : {} });
        },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [q, query]);

  if (q === '') return { status: 'idle' };
  if (answer?.query !== q) return { status: 'loading', query: q, previous: lastResults };
  return 'results' in answer ? { status: 'done', query: q, results: answer.results } : { status: 'failed', ...answer };
}
