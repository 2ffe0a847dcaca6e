// The search palette (Ctrl+K): one box over the whole library and the packets, results grouped by kind, opened at the match.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit, SearchResults } from '../../../shared/search/results';
import { messageForKey } from '../api/errors';
import { Dialog } from '../ui/Dialog';
import { hashOfHit } from './destinations';
import { SearchHints } from './SearchHints';
import { SearchResultList, hitOptionId } from './SearchResultList';
import { useSearchResults } from './useSearchResults';
import './search.css';

export function SearchPalette({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState<{ results: SearchResults | null; index: number }>({ results: null, index: 0 });
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const hintId = useId();
  const state = useSearchResults(query);
  const results = state.status === 'done' ? state.results : state.status === 'loading' ? state.previous : null;
  const hits = useMemo(() => results?.groups.flatMap((group) => group.hits) ?? [], [results]);

  const activeIndex = active.results === results ? active.index : 0;
  const setActiveIndex = (index: number) => setActive({ results, index });
  useEffect(() => {
    document.getElementById(hitOptionId(listId, activeIndex))?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex, listId, results]);

  const open = (hit: SearchHit) => {
    onClose();
    const target = hashOfHit(hit);
    // The same hit again (the hash already says so): announce it anyway, so the screen shows its place once more.
    if (window.location.hash === target) window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL: window.location.href, newURL: window.location.href }));
    else window.location.hash = target;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActiveIndex((activeIndex + step + hits.length) % hits.length);
    } else if (event.key === 'Home' && event.ctrlKey) {
      event.preventDefault();
      setActiveIndex(0);
    } else if (event.key === 'End' && event.ctrlKey) {
      event.preventDefault();
      setActiveIndex(Math.max(0, hits.length - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[activeIndex];
      if (hit && state.status === 'done') open(hit);
    }
  };

  const activeId = hits.length > 0 ? hitOptionId(listId, activeIndex) : undefined;
  const total = hits.length;
  return (
    <Dialog title={t('search.title')} onRequestClose={onClose} closeLabel={t('common.close')} initialFocus={inputRef}>
      <div className="search-palette">
        <input
          ref={inputRef}
          type="search"
          className="input search-palette__input"
          role="combobox"
          aria-label={t('search.inputLabel')}
          aria-describedby={hintId}
          aria-expanded={total > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          placeholder={t('search.placeholder')}
          value={query}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
          data-testid="search-input"
        />
        <p id={hintId} className="search-palette__keys">
          {t('search.keys')}
        </p>
        <p className="visually-hidden" role="status">
          {state.status === 'done' ? (total > 0 ? t('search.announce', { count: total }) : t('search.announceNone')) : ''}
        </p>
        {results && total > 0 ? (
          <SearchResultList id={listId} results={results} activeIndex={activeIndex} onHover={setActiveIndex} onOpen={open} />
        ) : (
          <div id={listId} role="listbox" aria-label={t('search.resultsLabel')} className="search-results search-results--empty" />
        )}
        {state.status === 'loading' && !results ? <p className="search-palette__status">{t('search.searching')}</p> : null}
        {state.status === 'failed' ? (
          <p className="search-palette__status search-palette__status--error" role="alert">
            {t('search.failed', { message: messageForKey(t, state.messageKey, state.details) })}
          </p>
        ) : null}
        {state.status === 'done' && total === 0 ? <p className="search-palette__status">{t('search.empty', { query: state.query })}</p> : null}
        {state.status === 'idle' || (state.status === 'done' && total === 0) ? <SearchHints /> : null}
      </div>
    </Dialog>
  );
}
