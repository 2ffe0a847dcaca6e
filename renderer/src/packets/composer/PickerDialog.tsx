// A search-as-you-type picker (listbox under a search field, arrows and Enter), used for directives, excerpts, talking points, Q&A and variables.
import { useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { filterItems, type PickerItem } from './pickerItems';

interface PickerDialogProps {
  title: string;
  searchLabel: string;
  placeholder: string;
  items: readonly PickerItem[];
  emptyText: string;
  onPick(item: PickerItem): void;
  onClose(): void;
  /** Extra fields under the list (a citation's pinpoint); `pickActive` chooses the highlighted item (Enter in the field). */
  extra?: (pickActive: () => void) => ReactNode;
  testId?: string;
}

export function PickerDialog({ title, searchLabel, placeholder, items, emptyText, onPick, onClose, extra, testId }: PickerDialogProps) {
  const { t } = useTranslation();
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const shown = useMemo(() => filterItems(items, query), [items, query]);
  const current = shown[Math.min(active, shown.length - 1)];

  const move = (delta: number) => {
    const next = Math.max(0, Math.min(shown.length - 1, active + delta));
    setActive(next);
    document.getElementById(`${listId}-${next}`)?.scrollIntoView({ block: 'nearest' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') move(1);
    else if (event.key === 'ArrowUp') move(-1);
    else if (event.key === 'PageDown') move(8);
    else if (event.key === 'PageUp') move(-8);
    else if (event.key === 'Enter') {
      if (current) onPick(current);
    } else return;
    event.preventDefault();
  };

  return (
    <Dialog title={title} onRequestClose={onClose} closeLabel={t('common.close')} initialFocus={inputRef}>
      <div className="insert-picker" data-testid={testId}>
        <input
          ref={inputRef}
          className="input insert-picker__search"
          type="search"
          role="combobox"
          aria-label={searchLabel}
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={current ? `${listId}-${shown.indexOf(current)}` : undefined}
          aria-autocomplete="list"
          placeholder={placeholder}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <p className="insert-picker__hint">{t('packetComposer.picker.hint')}</p>
        <ul id={listId} className="insert-picker__list" role="listbox" aria-label={title}>
          {shown.map((item, index) => (
            <li
              key={item.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={item === current}
              className={`insert-picker__option${item === current ? ' insert-picker__option--active' : ''}`}
              onMouseMove={() => setActive(index)}
              onClick={() => onPick(item)}
            >
              <span className="insert-picker__title">{item.title}</span>
              {item.badges.map((badge) => (
                <span key={badge.text} className={`insert-picker__badge insert-picker__badge--${badge.tone}`}>
                  {badge.text}
                </span>
              ))}
              {item.detail ? <span className="insert-picker__detail">{item.detail}</span> : null}
            </li>
          ))}
        </ul>
        {shown.length === 0 ? <p className="insert-picker__empty">{emptyText}</p> : null}
        {extra?.(() => {
          if (current) onPick(current);
        })}
      </div>
    </Dialog>
  );
}
