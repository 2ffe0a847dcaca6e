// The virtualised list of talking points or Q&A items (ARIA listbox): arrows move, Enter or double-click opens, Delete deletes.
import { useVirtualizer } from '@tanstack/react-virtual';
import type { TFunction } from 'i18next';
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { handleListKey, moveTo } from '../ui/listKeys';
import type { LibraryItem, LibraryRow } from './libraryQuery';

/** Matches .library-list__row in library.css: a title line and a line of details. */
const ROW_HEIGHT = 62;

export interface RowBadge {
  label: string;
  tone: 'approved' | 'draft' | 'warning' | 'danger' | 'info';
}

export interface RowDescription {
  badges: RowBadge[];
  details: string[];
}

/** Approval badge of a row: approved, a new revision pending approval, or a draft never approved. */
export function approvalBadge(t: TFunction, item: LibraryItem): RowBadge {
  if (item.approval.status === 'approved') return { label: t('library.status.approved'), tone: 'approved' };
  if (item.revisions.length > 0) return { label: t('library.status.pendingRevision', { revision: item.revision }), tone: 'warning' };
  return { label: t('library.status.draft'), tone: 'draft' };
}

interface LibraryListProps<T extends LibraryItem> {
  rows: ReadonlyArray<LibraryRow<T>>;
  label: string;
  help: string;
  describe(row: LibraryRow<T>): RowDescription;
  activeId: string | null;
  onActiveChange(id: string): void;
  onOpen(item: T): void;
  onDelete(item: T): void;
  testId: string;
}

export function LibraryList<T extends LibraryItem>({ rows, label, help, describe, activeId, onActiveChange, onOpen, onDelete, testId }: LibraryListProps<T>) {
  const helpId = useId();
  const listRef = useRef<HTMLDivElement>(null);
  // The build does not use the React Compiler; useVirtualizer re-renders this component itself when it scrolls.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.item.id ?? index,
    overscan: 10,
    useFlushSync: false,
  });
  const activeIndex = activeId === null ? -1 : rows.findIndex((row) => row.item.id === activeId);
  const items = virtualizer.getVirtualItems();
  const activeRendered = items.some((item) => item.index === activeIndex);
  const optionId = (id: string) => `${testId}-option-${id}`;

  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);

  const activate = (row: LibraryRow<T>) => onActiveChange(row.item.id);
  const move = (index: number) => moveTo(rows, index, activate);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (rows.length === 0) return;
    const page = Math.max(1, Math.floor(event.currentTarget.clientHeight / ROW_HEIGHT) - 1);
    handleListKey(event, { rows, activeIndex, page, activate, open: (row) => onOpen(row.item), remove: (row) => onDelete(row.item) });
  };

  return (
    <>
      <div
        ref={listRef}
        className="library-list"
        role="listbox"
        aria-label={label}
        aria-describedby={helpId}
        aria-activedescendant={activeRendered && activeId ? optionId(activeId) : undefined}
        tabIndex={0}
        data-testid={testId}
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          if (event.target === event.currentTarget && activeIndex < 0) move(0);
        }}
      >
        <div className="library-list__body" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((virtual) => {
            const row = rows[virtual.index];
            if (!row) return null;
            const { badges, details } = describe(row);
            const active = virtual.index === activeIndex;
            return (
              <div
                key={virtual.key}
                id={optionId(row.item.id)}
                role="option"
                aria-selected={active}
                aria-posinset={virtual.index + 1}
                aria-setsize={rows.length}
                className={`library-list__row${active ? ' library-list__row--active' : ''}`}
                style={{ transform: `translateY(${String(virtual.start)}px)` }}
                data-item-id={row.item.id}
                onClick={() => onActiveChange(row.item.id)}
                onDoubleClick={() => onOpen(row.item)}
              >
                <div className="library-list__line">
                  <span className="library-list__title" title={row.title}>
                    {row.title}
                  </span>
                  <span className="library-list__badges">
                    {badges.map((badge) => (
                      <span key={badge.label} className={`badge badge--${badge.tone}`}>
                        {badge.label}
                      </span>
                    ))}
                  </span>
                </div>
                <div className="library-list__details">{details.filter(Boolean).join(' · ')}</div>
              </div>
            );
          })}
        </div>
      </div>
      <p id={helpId} className="grid-hint">
        {help}
      </p>
    </>
  );
}
