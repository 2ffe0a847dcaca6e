// Pagination: places block slices on pages, keeping headings with what follows, avoiding widows and orphans, repeating table headers, reserving room for footnotes.
import type { FootnoteRef } from '../text/items.js';
import type { Anchor, BlockSlices, DrawItem, LinkArea, OutlineEntry, PageKind, PositionedPage, Slice } from './types.js';

export interface PageFrame {
  top: number;
  bottom: number;
}

export interface PaginatorOptions {
  kind: PageKind;
  firstNumber: number;
  width: number;
  height: number;
  textLeft: number;
  textWidth: number;
  frame(pageNumber: number): PageFrame;
  /** Lays out a footnote's text at the foot of the page. */
  footnote(ref: FootnoteRef): Slice[];
}

interface BarSegment {
  id: string;
  x: number;
  top: number;
  bottom: number;
}

interface PageState {
  page: PositionedPage;
  top: number;
  bottom: number;
  y: number;
  contentSlices: number;
  footnotes: Slice[][];
  footHeight: number;
  bars: BarSegment[];
  closer: DrawItem[];
}

interface Snapshot {
  items: number;
  links: number;
  anchors: number;
  outline: number;
  footnotes: number;
  footHeight: number;
  y: number;
  bars: number;
  contentSlices: number;
  closer: DrawItem[];
}

const FOOTNOTE_SEPARATOR = 10;
const MAX_KEEP_CHAIN = 6;

export class Paginator {
  readonly pages: PageState[] = [];
  readonly outline: OutlineEntry[] = [];
  private current: PageState;
  private previousSpaceAfter = 0;

  constructor(private readonly options: PaginatorOptions) {
    this.current = this.openPage();
  }

  private openPage(): PageState {
    const number = this.options.firstNumber + this.pages.length;
    const frame = this.options.frame(number);
    const state: PageState = {
      page: { number, kind: this.options.kind, width: this.options.width, height: this.options.height, items: [], links: [], anchors: [], },
      top: frame.top,
      bottom: frame.bottom,
      y: frame.top,
      contentSlices: 0,
      footnotes: [],
      footHeight: 0,
      bars: [],
      closer: [],
    };
    this.pages.push(state);
    return state;
  }

  private newPage(): void {
    this.current.page.items.push(...this.current.closer.map((item) => shiftItem(item, this.current.y)));
    this.current.closer = [];
    this.current = this.openPage();
  }

  private snapshot(): Snapshot {
    const c = this.current;
    return {
      items: c.page.items.length,
      links: c.page.links.length,
      anchors: c.page.anchors.length,
      outline: this.outline.length,
      footnotes: c.footnotes.length,
      footHeight: c.footHeight,
      y: c.y,
      bars: c.bars.length,
      contentSlices: c.contentSlices,
      closer: c.closer,
    };
  }

  private restore(s: Snapshot): void {
    const c = this.current;
    c.page.items.length = s.items;
    c.page.links.length = s.links;
    c.page.anchors.length = s.anchors;
    this.outline.length = s.outline;
    c.footnotes.length = s.footnotes;
    c.footHeight = s.footHeight;
    c.y = s.y;
    c.bars.length = s.bars;
    c.contentSlices = s.contentSlices;
    c.closer = s.closer;
  }

  private footnoteCost(slice: Slice): { layouts: Slice[][]; height: number } {
    if (slice.footnotes.length === 0) return { layouts: [], height: 0 };
    const layouts = slice.footnotes.map((ref) => this.options.footnote(ref));
    const height = layouts.reduce((sum, l) => sum + l.reduce((h, s) => h + s.height, 0), 0);
    return { layouts, height: height + (this.current.footnotes.length === 0 ? FOOTNOTE_SEPARATOR : 0) };
  }

  private fits(slice: Slice): boolean {
    const c = this.current;
    return c.y + slice.height + this.footnoteCost(slice).height <= c.bottom - c.footHeight + 0.01;
  }

  private put(slice: Slice, counts: boolean): void {
    const c = this.current;
    const cost = this.footnoteCost(slice);
    for (const item of slice.items) c.page.items.push(shiftItem(item, c.y));
    for (const link of slice.links) c.page.links.push({ ...link, y: link.y + c.y } satisfies LinkArea);
    for (const id of slice.anchors) c.page.anchors.push({ id, y: c.y } satisfies Anchor);
    if (slice.outline) this.outline.push({ ...slice.outline, page: c.page.number, y: c.y });
    for (const bar of slice.bars) c.bars.push({ id: bar.id, x: this.options.textLeft + bar.x, top: c.y, bottom: c.y + slice.height });
    c.footnotes.push(...cost.layouts);
    c.footHeight += cost.height;
    c.y += slice.height;
    c.closer = slice.closeAtPageEnd;
    if (counts) c.contentSlices++;
  }

  /** Height a block needs at the bottom of a page before the page may break: all of it when kept with the next block. */
  private leadHeight(blocks: readonly BlockSlices[], index: number, depth = 0): number {
    const block = blocks[index];
    if (!block) return 0;
    const next = blocks[index + 1];
    // an empty paragraph is only space: what must stay with a heading is the text after it
    const blank = block.slices.every((slice) => slice.items.length === 0);
    if ((block.keepWithNext || (blank && depth > 0)) && depth < MAX_KEEP_CHAIN && next) {
      const own = block.slices.reduce((h, s) => h + s.height, 0);
      return own + Math.max(block.spaceAfter, next.spaceBefore) + this.leadHeight(blocks, index + 1, depth + 1);
    }
    let height = 0;
    for (const slice of block.slices) {
      height += slice.height;
      if (slice.breakAfter) break;
    }
    return height;
  }

  place(blocks: readonly BlockSlices[]): void {
    blocks.forEach((block, index) => {
      const c = () => this.current;
      if (block.pageBreakBefore && c().contentSlices > 0) this.newPage();
      if (block.keepWithNext && c().contentSlices > 0) {
        const need = Math.max(this.previousSpaceAfter, block.spaceBefore) + this.leadHeight(blocks, index);
        if (c().y + need > c().bottom - c().footHeight) this.newPage();
      }
      this.placeSlices(block);
      this.previousSpaceAfter = block.spaceAfter;
    });
  }

  private placeSlices(block: BlockSlices): void {
    const startPage = this.current;
    const hadContent = this.current.contentSlices > 0;
    const blockStart = this.snapshot();
    if (hadContent) this.current.y += Math.max(this.previousSpaceAfter, block.spaceBefore);
    const placed: Array<{ index: number; before: Snapshot }> = [];
    let moved = false;
    let i = 0;
    while (i < block.slices.length) {
      const slice = block.slices[i] as Slice;
      if (this.fits(slice) || this.current.contentSlices === 0) {
        placed.push({ index: i, before: this.snapshot() });
        this.put(slice, true);
        i++;
        continue;
      }
      let back = placed.length - 1;
      while (back >= 0 && !(block.slices[placed[back]?.index ?? 0] as Slice).breakAfter) back--;
      if (back >= 0) {
        const resumeAt = (placed[back]?.index ?? 0) + 1;
        const undo = placed[back + 1];
        if (undo) this.restore(undo.before);
        placed.length = 0;
        this.continueOnNewPage(block);
        i = resumeAt;
        continue;
      }
      if (!moved && this.current === startPage && hadContent) {
        this.restore(blockStart);
        placed.length = 0;
        moved = true;
        this.newPage();
        i = 0;
        continue;
      }
      placed.length = 0;
      this.continueOnNewPage(block);
    }
  }

  private continueOnNewPage(block: BlockSlices): void {
    this.newPage();
    for (const slice of block.repeat) this.put(slice, false);
  }

  /** Draws bars and footnotes and returns the pages. */
  finish(layoutFootnoteSeparator: (y: number) => DrawItem[]): PositionedPage[] {
    this.current.page.items.push(...this.current.closer.map((item) => shiftItem(item, this.current.y)));
    this.current.closer = [];
    return this.pages.map((state) => {
      const byId = new Map<string, BarSegment>();
      for (const bar of state.bars) {
        const seen = byId.get(bar.id);
        if (seen) {
          seen.top = Math.min(seen.top, bar.top);
          seen.bottom = Math.max(seen.bottom, bar.bottom);
        } else byId.set(bar.id, { ...bar });
      }
      for (const bar of byId.values()) state.page.items.push({ kind: 'line', x1: bar.x, y1: bar.top, x2: bar.x, y2: bar.bottom, width: 1.2 });
      if (state.footnotes.length > 0) {
        let y = state.bottom - state.footHeight;
        state.page.items.push(...layoutFootnoteSeparator(y + FOOTNOTE_SEPARATOR / 2));
        y += FOOTNOTE_SEPARATOR;
        for (const note of state.footnotes) {
          for (const slice of note) {
            for (const item of slice.items) state.page.items.push(shiftItem(item, y));
            for (const link of slice.links) state.page.links.push({ ...link, y: link.y + y });
            y += slice.height;
          }
        }
      }
      return state.page;
    });
  }

  /** Where the next block would start on the current page (for placing content after the flow). */
  get cursor(): { page: number; y: number } {
    return { page: this.current.page.number, y: this.current.y };
  }
}

export function shiftItem(item: DrawItem, dy: number): DrawItem {
  switch (item.kind) {
    case 'text':
      return { ...item, y: item.y + dy };
    case 'line':
      return { ...item, y1: item.y1 + dy, y2: item.y2 + dy };
    case 'rect':
      return { ...item, y: item.y + dy };
    case 'watermark':
      return { ...item, cy: item.cy + dy };
  }
}
