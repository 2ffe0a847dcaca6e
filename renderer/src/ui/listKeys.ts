// Keys of a single-select list or grid of rows: arrows, Page Up/Down, Home and End move the active row; Enter opens it, Delete deletes it.
import type { KeyboardEvent } from 'react';

export interface ListKeys<R> {
  rows: readonly R[];
  /** The active row's index, -1 for none (then ↓ goes to the first row). */
  activeIndex: number;
  /** Rows a Page Up/Down moves by. */
  page: number;
  activate(row: R): void;
  open(row: R): void;
  remove(row: R): void;
}

/** Makes the row at `index`, kept inside the list, the active one. */
export function moveTo<R>(rows: readonly R[], index: number, activate: (row: R) => void): void {
  const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
  if (row !== undefined) activate(row);
}

/** Acts on a key pressed in the list; other keys are left alone. */
export function handleListKey<R>(event: KeyboardEvent, keys: ListKeys<R>): void {
  const { rows, activeIndex, page } = keys;
  const move = (index: number) => moveTo(rows, index, keys.activate);
  const active = rows[activeIndex];
  const handlers: Record<string, () => void> = {
    ArrowDown: () => move(activeIndex + 1),
    ArrowUp: () => move(Math.max(0, activeIndex - 1)),
    PageDown: () => move(activeIndex + page),
    PageUp: () => move(activeIndex - page),
    Home: () => move(0),
    End: () => move(rows.length - 1),
    Enter: () => active !== undefined && keys.open(active),
    Delete: () => active !== undefined && keys.remove(active),
  };
  const handler = handlers[event.key];
  if (!handler) return;
  event.preventDefault();
  handler();
}
