// The positioned form: pages of drawing items in points, origin at the top-left corner, y growing downwards.
import type { FontStyle } from '../fonts/face.js';
import type { Bar, LinkTarget, OutlineTarget } from '../flow/types.js';
import type { FootnoteRef } from '../text/items.js';

export interface TextItem {
  kind: 'text';
  x: number;
  /** Baseline. */
  y: number;
  font: FontStyle;
  size: number;
  /** Glyph strings and extra gaps in points after a space. */
  parts: Array<string | number>;
  width: number;
}

export interface RuleItem {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  /** Dot leaders (table of contents). */
  dotted?: boolean;
}

export interface BoxItem {
  kind: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  lineWidth: number;
  /** Fill grey level 0 (black) … 1 (white), or null for no fill. */
  fill: number | null;
  stroke: boolean;
}

/** Large diagonal text drawn as outlines (not extractable), under the page content. */
export interface WatermarkItem {
  kind: 'watermark';
  text: string;
  font: FontStyle;
  size: number;
  cx: number;
  cy: number;
  angle: number;
  gray: number;
}

export type DrawItem = TextItem | RuleItem | BoxItem | WatermarkItem;

export interface LinkArea {
  x: number;
  y: number;
  w: number;
  h: number;
  target: LinkTarget;
}

export interface Anchor {
  id: string;
  y: number;
}

/** One row of a block: a line of a paragraph, a chunk of a table row, a rule. Coordinates: x on the page, y from the slice top. */
export interface Slice {
  height: number;
  items: DrawItem[];
  links: LinkArea[];
  anchors: string[];
  outline: OutlineTarget | null;
  footnotes: FootnoteRef[];
  bars: Bar[];
  /** A page may break after this slice (widows, orphans, keep-together). */
  breakAfter: boolean;
  /** Drawn under the slice when it ends a page (a table's bottom border). */
  closeAtPageEnd: DrawItem[];
  /** Which text this slice holds, for tests and snapshots. */
  role: string;
}

export interface BlockSlices {
  slices: Slice[];
  spaceBefore: number;
  spaceAfter: number;
  keepWithNext: boolean;
  pageBreakBefore: boolean;
  /** Repeated at the top of each following page the block continues on (table header rows). */
  repeat: Slice[];
}

export type PageKind = 'cover' | 'toc' | 'body';

export interface PositionedPage {
  /** 1-based physical page number. */
  number: number;
  kind: PageKind;
  width: number;
  height: number;
  items: DrawItem[];
  links: LinkArea[];
  anchors: Anchor[];
}

export interface OutlineEntry extends OutlineTarget {
  page: number;
  y: number;
}
