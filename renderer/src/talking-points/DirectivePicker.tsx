// Search-as-you-type directive picker (ARIA combobox): diacritics-insensitive, by symbol (exact symbol first), type, issuer or subject; shows the chosen directive.
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Directive } from '../../../shared/model/directive';
import { rankable, rankDirectives, type Rankable } from '../../../shared/directives/ranking';
import { shortCitation } from '../editor/libraryResolver';
import type { ControlProps } from '../ui/Field';

const MAX_MATCHES = 8;

interface IndexedDirective {
  directive: Directive;
  label: string;
  search: Rankable;
}

/** Directives whose symbol, type, issuer, subject or tags start a word with every typed word, the exact symbol first. */
export function matchDirectives(index: readonly IndexedDirective[], query: string, exclude: ReadonlySet<string> = new Set()): IndexedDirective[] {
  const offered = exclude.size === 0 ? index : index.filter((entry) => !exclude.has(entry.directive.id));
  return rankDirectives(offered, query, (entry) => entry.search, MAX_MATCHES);
}

export function useDirectiveIndex(directives: readonly Directive[]): IndexedDirective[] {
  return useMemo(
    () =>
      directives.map((directive) => {
        const label = shortCitation(directive);
        return { directive, label, search: rankable(directive, [label, directive.symbol, directive.type, directive.issuer, directive.title, directive.titleEn, directive.tags.join(' ')]) };
      }),
    [directives],
  );
}

interface DirectiveSearchProps extends Partial<ControlProps> {
  directives: readonly Directive[];
  onPick(directive: Directive): void;
  placeholder: string;
  /** Ids not offered (already linked). */
  exclude?: ReadonlySet<string>;
  testId?: string;
}

/** The search box with its list of matches; picking one calls onPick and clears the box. */
export function DirectiveSearch({ directives, onPick, placeholder, exclude, testId, ...control }: DirectiveSearchProps) {
  const { t } = useTranslation();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const index = useDirectiveIndex(directives);
  const matches = useMemo(() => matchDirectives(index, query, exclude), [index, query, exclude]);
  const shown = open && query.trim() !== '';
  const current = Math.min(active, Math.max(0, matches.length - 1));

  const pick = (entry: IndexedDirective | undefined) => {
    if (!entry) return;
    onPick(entry.directive);
    setQuery('');
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') setActive(Math.min(current + 1, matches.length - 1));
    else if (event.key === 'ArrowUp') setActive(Math.max(current - 1, 0));
    else if (event.key === 'Enter' && shown && matches.length > 0) pick(matches[current]);
    else if (event.key === 'Escape' && shown) setOpen(false);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className="picker">
      <input
        {...control}
        ref={inputRef}
        type="search"
        className="input"
        role="combobox"
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown && matches.length > 0 ? `${listId}-${String(current)}` : undefined}
        placeholder={placeholder}
        value={query}
        autoComplete="off"
        spellCheck={false}
        data-testid={testId}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" className="picker__list" hidden={!shown} aria-label={placeholder}>
        {matches.length === 0 ? (
          <li className="picker__empty" role="presentation">
            {t('library.picker.noMatch')}
          </li>
        ) : (
          matches.map((entry, i) => (
            <li
              key={entry.directive.id}
              id={`${listId}-${String(i)}`}
              role="option"
              aria-selected={i === current}
              className={`picker__option${i === current ? ' picker__option--active' : ''}`}
              onMouseDown={(event) => {
                event.preventDefault();
                pick(entry);
              }}
            >
              <span className="picker__label">{entry.label}</span>
              <span className="picker__detail">{entry.directive.title}</span>
            </li>
          ))
        )}
      </ul>
    </div>
  );
}

interface DirectivePickerProps extends ControlProps {
  directives: readonly Directive[];
  value: string;
  onChange(directiveId: string): void;
  testId?: string;
}

/** One directive: the chosen one with "Đổi", or the search box. */
export function DirectivePicker({ directives, value, onChange, testId, ...control }: DirectivePickerProps) {
  const { t } = useTranslation();
  const chosen = value ? directives.find((d) => d.id === value) : undefined;
  if (value) {
    return (
      <div className={`picker-chosen${chosen ? '' : ' picker-chosen--missing'}`} data-testid={testId ? `${testId}-chosen` : undefined}>
        <span className="picker-chosen__text" id={control.id} title={chosen?.title}>
          <strong>{chosen ? shortCitation(chosen) : t('library.picker.missing')}</strong>
          {chosen && chosen.status !== 'in_force' ? <span className={`pill pill--${chosen.status}`}>{t(`editor.citationStatus.${chosen.status}`)}</span> : null}
          {chosen?.title ? <span className="picker-chosen__detail">{chosen.title}</span> : null}
        </span>
        <button type="button" className="button button--small button--quiet" onClick={() => onChange('')}>
          {t('library.picker.change')}
        </button>
      </div>
    );
  }
  return <DirectiveSearch {...control} directives={directives} onPick={(d) => onChange(d.id)} placeholder={t('library.picker.placeholder')} testId={testId} />;
}
