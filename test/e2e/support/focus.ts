// Keyboard helpers for e2e tests: what has focus (and whether it shows a ring), and pressing Tab until a control is reached.
import type { Locator, Page } from 'playwright-core';

/** Enough presses to cross the sidebar and a screen's toolbar; a control further away than this is a finding in itself. */
export const MAX_TABS = 40;

/** The slice of the DOM these checks read (the node-side tsconfig has no DOM types). */
interface DomElement {
  tagName: string;
  id: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  matches(selector: string): boolean;
  closest(selector: string): DomElement | null;
  parentElement: DomElement | null;
}
interface DomGlobals {
  document: { activeElement: DomElement | null; body: DomElement };
  getComputedStyle(element: DomElement): { outlineStyle: string; outlineWidth: string; outlineColor: string; boxShadow: string };
}

export interface FocusInfo {
  /** tag#id "accessible-ish name": enough to tell which control failed. */
  describe: string;
  onBody: boolean;
  focusVisible: boolean;
  indicator: boolean;
  inSidebar: boolean;
  inDialog: boolean;
  inMain: boolean;
}

export function focusInfo(page: Page): Promise<FocusInfo> {
  return page.evaluate(() => {
    const dom = globalThis as unknown as DomGlobals;
    const element = dom.document.activeElement;
    if (!element || element === dom.document.body) return { describe: 'body', onBody: true, focusVisible: false, indicator: false, inSidebar: false, inDialog: false, inMain: false };
    const drawsRing = (candidate: DomElement) => {
      const style = dom.getComputedStyle(candidate);
      // A transparent outline only shows in forced colours (high contrast); normally it is no ring at all.
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && style.outlineColor !== 'rgba(0, 0, 0, 0)';
      return outline || style.boxShadow !== 'none';
    };
    // A list with an active descendant draws the ring on its frame (the element that clips it), one level up.
    const parent = element.parentElement;
    const ringed = drawsRing(element) || (element.getAttribute('aria-activedescendant') !== null && parent !== null && drawsRing(parent));
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
    return {
      describe: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${name}"`,
      onBody: false,
      focusVisible: element.matches(':focus-visible'),
      indicator: ringed,
      inSidebar: element.closest('nav.sidebar') !== null,
      inDialog: element.closest('dialog[open]') !== null,
      inMain: element.closest('main') !== null,
    };
  });
}

export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === (globalThis as unknown as DomGlobals).document.activeElement);
}

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after MAX_TABS presses. */
export async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<number> {
  for (let presses = 1; presses <= MAX_TABS; presses += 1) {
    await page.keyboard.press(key);
    if (await isFocused(target)) return presses;
  }
  throw new Error(`${key} never reached ${target.toString()} in ${MAX_TABS} presses (last: ${(await focusInfo(page)).describe})`);
}
