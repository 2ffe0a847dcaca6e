// After a screen swaps its list for an item editor (or back), the control that had focus is gone: focus where the reader goes on.
import { useEffect, useRef } from 'react';

const MAIN_ID = 'main';

/**
 * `view` names what the screen shows: 'list' or an item. When it changes and focus has fallen to the page, focus moves to
 * the list found by `listSelector` inside the main region (back to the list), else to the main region itself (named by the
 * screen title), so Tab continues from there instead of from the top of the window. The first render leaves focus alone.
 */
export function useViewFocus(view: string, listSelector?: string): void {
  const shown = useRef(view);
  useEffect(() => {
    if (shown.current === view) return;
    shown.current = view;
    const active = document.activeElement;
    if (active !== null && active !== document.body) return;
    const main = document.getElementById(MAIN_ID);
    const list = view === 'list' && listSelector ? main?.querySelector<HTMLElement>(listSelector) : null;
    (list ?? main)?.focus();
  }, [view, listSelector]);
}
