// A search box with its list of matches (ARIA combobox): ↑↓ choose, Enter picks, Escape closes; picking clears the box.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { ControlProps } from '../ui/Field';

interface SearchPickerProps<E> extends Partial<ControlProps> {
  /** The matches offered for what is typed; keep its identity between renders (useCallback). */
  search(query: string): readonly E[];
  keyOf(entry: E): string;
  label(entry: E): string;
  detail(entry: E): string;
  onPick(entry: E): void;
  placeholder: string;
  noMatch: string;
  testId?: string;
  spellCheck?: boolean;
  /** Enter with no match goes on to the form instead of being taken by the box. */
  passEmptyEnter?: boolean;
}

export function SearchPicker<E>({ search, keyOf, label, detail, onPick, placeholder, noMatch, testId, spellCheck, passEmptyEnter = false, ...control }: SearchPickerProps<E>) {
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const matches = useMemo(() => search(query), [search, query]);
  const shown = open && query.trim() !== '';
  const current = Math.min(active, Math.max(0, matches.length - 1));

  const pick = (entry: E | undefined) => {
    if (entry === undefined) return;
    onPick(entry);
    setQuery('');
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') setActive(Math.min(current + 1, matches.length - 1));
    else if (event.key === 'ArrowUp') setActive(Math.max(current - 1, 0));
    else if (event.key === 'Enter' && shown && (matches.length > 0 || !passEmptyEnter)) pick(matches[current]);
    else if (event.key === 'Escape' && shown) setOpen(false);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className="picker">
      <input
        {...control}
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
        spellCheck={spellCheck}
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
            {noMatch}
          </li>
        ) : (
          matches.map((entry, i) => (
            <li
              key={keyOf(entry)}
              id={`${listId}-${String(i)}`}
              role="option"
              aria-selected={i === current}
              className={`picker__option${i === current ? ' picker__option--active' : ''}`}
              onMouseDown={(event) => {
                event.preventDefault();
                pick(entry);
              }}
            >
              <span className="picker__label">{label(entry)}</span>
              <span className="picker__detail">{detail(entry)}</span>
            </li>
          ))
        )}
      </ul>
    </div>
  );
}
