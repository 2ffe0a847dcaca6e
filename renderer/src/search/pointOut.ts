// Points out a search hit's words on the screen it opened: every occurrence highlighted for a moment (CSS custom highlight), the first scrolled to the middle.
import { useEffect, useRef } from 'react';
import { highlightRanges } from '../../../shared/search/snippet';
import type { ItemFocus } from '../app/itemRoute';

/** The CSS custom highlight name (styled with `::highlight(search-match)` in search.css). */
export const SEARCH_MATCH_HIGHLIGHT = 'search-match';
const HIGHLIGHT_MS = 4_000;
const MAX_MATCHES = 200;
/** The screen's own words (headings, buttons, labels) are not the item's content: a match there is not pointed out. */
const INTERFACE_TEXT = 'h1, h2, h3, h4, h5, h6, button, label, legend, th';

let clearTimer = 0;

/** Highlights the ranges without touching the page's content, replacing an earlier highlight, and clears them after a while. */
export function flashRanges(ranges: readonly Range[]): void {
  if (ranges.length === 0 || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  CSS.highlights.set(SEARCH_MATCH_HIGHLIGHT, new Highlight(...ranges));
  window.clearTimeout(clearTimer);
  clearTimer = window.setTimeout(() => CSS.highlights.delete(SEARCH_MATCH_HIGHLIGHT), HIGHLIGHT_MS);
}

/** DOM ranges of the words in `terms` (folded or exact lower-case forms, as the search matched them) in the text under `root`. */
export function matchRangesIn(root: Node, terms: readonly string[]): Range[] {
  const wanted = new Set(terms);
  const ranges: Range[] = [];
  if (wanted.size === 0) return ranges;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(INTERFACE_TEXT) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node && ranges.length < MAX_MATCHES; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    for (const hit of highlightRanges(text, wanted)) {
      const range = document.createRange();
      range.setStart(node, hit.start);
      range.setEnd(node, hit.end);
      ranges.push(range);
    }
  }
  return ranges;
}

/**
 * Scrolls the nearest scrolling ancestor so the range sits in its middle. (Element.scrollIntoView would also scroll
 * every clipping ancestor, the app's fixed shell included, shifting the sidebar and header out of place.)
 */
export function scrollToMiddle(range: Range): void {
  const rect = range.getBoundingClientRect();
  for (let element = range.startContainer.parentElement; element; element = element.parentElement) {
    const { overflowY } = getComputedStyle(element);
    if ((overflowY === 'auto' || overflowY === 'scroll') && element.scrollHeight > element.clientHeight) {
      const box = element.getBoundingClientRect();
      element.scrollTop += rect.top - box.top - (element.clientHeight - rect.height) / 2;
      return;
    }
  }
}

/** Highlights the words under `root` and scrolls the first to the middle of its scroll area. Whether any was found. */
export function pointOutIn(root: Element, terms: readonly string[]): boolean {
  const ranges = matchRangesIn(root, terms);
  const first = ranges[0];
  if (!first) return false;
  scrollToMiddle(first);
  flashRanges(ranges);
  return true;
}

/**
 * Once the screen shows the item (`ready`), points out the route's words inside the element `rootSelector` names; again
 * each time the palette opens a hit here (a new focus object), never twice for the same one.
 */
export function usePointOutMatches(focus: ItemFocus | null, ready: boolean, rootSelector: string): void {
  const done = useRef<ItemFocus | null>(null);
  useEffect(() => {
    if (!focus || !ready || done.current === focus || focus.terms.length === 0) return undefined;
    const frame = requestAnimationFrame(() => {
      const root = document.querySelector(rootSelector);
      if (!root) return;
      done.current = focus;
      pointOutIn(root, focus.terms);
    });
    return () => cancelAnimationFrame(frame);
  }, [focus, ready, rootSelector]);
}
