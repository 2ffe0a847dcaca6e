// The virtualised directive table (ARIA grid): sortable column headers; click or arrow keys select, double-click or Enter opens, Delete deletes.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Directive } from '../../../shared/model/directive';
import { formatDate } from '../i18n/format';
import { Icon } from '../ui/Icon';
import { handleListKey, moveTo } from '../ui/listKeys';
import type { DirectiveLabels } from './labels';
import { SORT_KEYS, type DirectiveSort, type SortKey } from './query';

/** Fixed row height (matches .grid__row in directives.css): two lines of subject. */
const ROW_HEIGHT = 52;
const HEAD_HEIGHT = 40;

interface DirectiveGridProps {
  rows: Directive[];
  sort: DirectiveSort;
  onSort: (key: SortKey) => void;
  activeId: string | null;
  onActiveChange: (id: string) => void;
  onOpen: (directive: Directive) => void;
  onDelete: (directive: Directive) => void;
  labels: DirectiveLabels;
  gridRef: RefObject<HTMLDivElement | null>;
}

export function rowDomId(id: string): string {
  return `directive-row-${id}`;
}

export function DirectiveGrid({ rows, sort, onSort, activeId, onActiveChange, onOpen, onDelete, labels, gridRef }: DirectiveGridProps) {
  const { t } = useTranslation();
  const helpId = useId();
  // The build does not use the React Compiler; useVirtualizer re-renders this component itself when it scrolls.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => gridRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 12,
    scrollMargin: HEAD_HEIGHT,
    scrollPaddingStart: HEAD_HEIGHT,
    useFlushSync: false,
  });
  const activeIndex = activeId === null ? -1 : rows.findIndex((row) => row.id === activeId);
  const items = virtualizer.getVirtualItems();
  const activeRendered = items.some((item) => item.index === activeIndex);

  // A row chosen with the mouse is on screen already: scrolling it fully into view would move another row under the
  // pointer, and the second click of a double-click would open that one.
  const clickedId = useRef<string | null>(null);
  const pointerDown = useRef(false);
  useEffect(() => {
    const clicked = clickedId.current !== null && clickedId.current === activeId;
    clickedId.current = null;
    if (activeIndex >= 0 && !clicked) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, activeId, virtualizer]);

  const move = (index: number) => moveTo(rows, index, (row) => onActiveChange(row.id));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || rows.length === 0) return;
    const page = Math.max(1, Math.floor((event.currentTarget.clientHeight - HEAD_HEIGHT) / ROW_HEIGHT) - 1);
    handleListKey(event, { rows, activeIndex, page, activate: (row) => onActiveChange(row.id), open: onOpen, remove: onDelete });
  };

  return (
    <>
      <div
        ref={gridRef}
        className="grid"
        role="grid"
        aria-label={t('directives.gridLabel')}
        aria-describedby={helpId}
        aria-rowcount={rows.length + 1}
        aria-colcount={SORT_KEYS.length}
        aria-activedescendant={activeRendered && activeId ? rowDomId(activeId) : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onMouseDown={() => {
          pointerDown.current = true;
        }}
        onMouseUp={() => {
          pointerDown.current = false;
        }}
        onFocus={(event) => {
          // Tabbing in selects the first row; a click selects the clicked row itself (selecting and scrolling to the first
          // one first would move another row under the pointer).
          const byPointer = pointerDown.current;
          pointerDown.current = false;
          if (event.target === event.currentTarget && activeIndex < 0 && !byPointer) move(0);
        }}
      >
        <div role="rowgroup" className="grid__head">
          <div role="row" aria-rowindex={1} className="grid__row grid__row--head">
            {SORT_KEYS.map((key) => (
              <ColumnHeader key={key} column={key} sort={sort} onSort={onSort} />
            ))}
          </div>
        </div>
        <div role="rowgroup" className="grid__body" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const directive = rows[item.index];
            if (!directive) return null;
            const active = item.index === activeIndex;
            return (
              <div
                key={item.key}
                id={rowDomId(directive.id)}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={active}
                className={`grid__row${active ? ' grid__row--active' : ''}`}
                style={{ transform: `translateY(${String(item.start - HEAD_HEIGHT)}px)` }}
                onClick={() => {
                  if (directive.id !== activeId) clickedId.current = directive.id;
                  onActiveChange(directive.id);
                }}
                onDoubleClick={() => onOpen(directive)}
              >
                <DirectiveCells directive={directive} labels={labels} />
              </div>
            );
          })}
        </div>
      </div>
      <p id={helpId} className="grid-hint">
        {t('directives.gridHelp')}
      </p>
    </>
  );
}

function ColumnHeader({ column, sort, onSort }: { column: SortKey; sort: DirectiveSort; onSort: (key: SortKey) => void }) {
  const { t } = useTranslation();
  const sorted = sort.key === column;
  return (
    <div role="columnheader" className={`grid__cell grid__cell--${column}`} aria-sort={sorted ? sort.direction : undefined}>
      <button type="button" className="grid__sort" onClick={() => onSort(column)}>
        <span>{t(`directives.columns.${column}`)}</span>
        <Icon name={sorted ? (sort.direction === 'ascending' ? 'sortUp' : 'sortDown') : 'sortNone'} size={14} />
      </button>
    </div>
  );
}

function DirectiveCells({ directive, labels }: { directive: Directive; labels: DirectiveLabels }) {
  const { t } = useTranslation();
  return (
    <>
      <div role="gridcell" className="grid__cell grid__cell--type">
        {labels.typeLabel(directive.type)}
      </div>
      <div role="gridcell" className="grid__cell grid__cell--symbol" title={directive.symbol || undefined}>
        {directive.symbol || <span className="muted">{t('directives.noSymbol')}</span>}
      </div>
      <div role="gridcell" className="grid__cell grid__cell--issueDate">
        {formatDate(directive.issueDate, labels.language)}
      </div>
      <div role="gridcell" className="grid__cell grid__cell--issuer" title={directive.issuer}>
        {directive.issuer}
      </div>
      <div role="gridcell" className="grid__cell grid__cell--title" title={directive.title}>
        {directive.title}
      </div>
      <div role="gridcell" className="grid__cell grid__cell--status">
        <span className={`pill pill--${directive.status}`}>{t(`directives.status.${directive.status}`)}</span>
      </div>
    </>
  );
}
