// The parts of a list's filter toolbar: the search box (Ctrl+F) and a labelled filter menu that shows when it narrows the list.
import type { ReactNode, RefObject } from 'react';
import { Icon } from './Icon';

interface ToolbarSearchProps {
  id: string;
  label: string;
  placeholder: string;
  value: string;
  onChange(text: string): void;
  searchRef: RefObject<HTMLInputElement | null>;
}

export function ToolbarSearch({ id, label, placeholder, value, onChange, searchRef }: ToolbarSearchProps) {
  return (
    <div className="toolbar__search">
      <label className="toolbar__label" htmlFor={id}>
        {label}
      </label>
      <span className="toolbar__search-icon">
        <Icon name="search" size={16} />
      </span>
      <input
        ref={searchRef}
        id={id}
        type="search"
        className="input input--search"
        placeholder={placeholder}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-keyshortcuts="Control+F"
        autoComplete="off"
        spellCheck={false}
      />
    </div>
  );
}

interface FilterSelectProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  children: ReactNode;
  /** Room for long choices (issuers). */
  wide?: boolean;
  /** Not a filter (the sort order): never highlighted as active. */
  plain?: boolean;
}

export function FilterSelect({ id, label, value, onChange, children, wide = false, plain = false }: FilterSelectProps) {
  return (
    <div className={`toolbar__filter${wide ? ' toolbar__filter--wide' : ''}`}>
      <label className="toolbar__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className={`select${value && !plain ? ' select--active' : ''}`} value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </select>
    </div>
  );
}
