// The palette's result listbox: one group per kind with its heading and count, each hit with highlighted title and snippet.
import { useTranslation } from 'react-i18next';
import type { SearchHit, SearchResults } from '../../../shared/search/results';
import { HighlightedText } from './HighlightedText';
import { opensItem, screenOfKind } from './destinations';

export function hitOptionId(baseId: string, index: number): string {
  return `${baseId}-hit-${index}`;
}

interface SearchResultListProps {
  id: string;
  results: SearchResults;
  activeIndex: number;
  onHover: (index: number) => void;
  onOpen: (hit: SearchHit) => void;
}

export function SearchResultList({ id, results, activeIndex, onHover, onOpen }: SearchResultListProps) {
  const { t } = useTranslation();
  let flatIndex = 0;
  return (
    <div id={id} role="listbox" aria-label={t('search.resultsLabel')} className="search-results">
      {results.groups.map((group) => {
        const headingId = `${id}-group-${group.kind}`;
        return (
          <div key={group.kind} role="group" aria-labelledby={headingId} className="search-group">
            <div id={headingId} role="presentation" className="search-group__heading">
              <span>{t(`search.kinds.${group.kind}`)}</span>
              <span className="search-group__count">{t('search.groupCount', { count: group.hits.length })}</span>
            </div>
            {group.hits.map((hit) => {
              const index = flatIndex++;
              const active = index === activeIndex;
              return (
                <div
                  key={`${hit.kind}-${hit.id}-${hit.sectionId ?? ''}`}
                  id={hitOptionId(id, index)}
                  role="option"
                  aria-selected={active}
                  className={`search-hit${active ? ' search-hit--active' : ''}`}
                  data-kind={hit.kind}
                  onMouseMove={() => (active ? undefined : onHover(index))}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => onOpen(hit)}
                >
                  <div className="search-hit__title">
                    <HighlightedText text={hit.title} highlights={hit.titleHighlights} />
                  </div>
                  {hit.subtitle ? <div className="search-hit__subtitle">{hit.subtitle}</div> : null}
                  {hit.snippet && hit.snippet !== hit.title ? (
                    <div className="search-hit__snippet">
                      <HighlightedText text={hit.snippet} highlights={hit.snippetHighlights} />
                    </div>
                  ) : null}
                  <div className="search-hit__meta">
                    {hit.field !== 'body' && hit.field !== 'title' ? <span>{t('search.matchedIn', { field: t(`search.fields.${hit.field}`) })}</span> : null}
                    {opensItem(hit) ? null : <span>{t('search.opensList', { screen: t(`nav.${screenOfKind(hit.kind)}`) })}</span>}
                  </div>
                </div>
              );
            })}
            {group.more ? <div className="search-group__more">{t('search.groupMore')}</div> : null}
          </div>
        );
      })}
    </div>
  );
}
