// Table layout: column widths, cell padding, borders; rows become slices that may split between lines; header rows repeat.
import type { Block, TableBlock } from '../flow/types.js';
import type { LayoutContext } from './context.js';
import { shiftItem } from './paginate.js';
import type { BlockSlices, DrawItem, Slice } from './types.js';

const PAD_X = 4;
const PAD_Y = 3;
const BORDER = 0.5;

type LayoutBlockFn = (block: Block, x: number, width: number, ctx: LayoutContext) => BlockSlices;

interface PlacedSlice {
  y: number;
  slice: Slice;
}

interface CellBox {
  x: number;
  width: number;
  content: PlacedSlice[];
  height: number;
}

/** Stacks a cell's blocks vertically (spacing between blocks, none at the edges). */
function stackBlocks(blocks: readonly Block[], x: number, width: number, ctx: LayoutContext, layoutBlock: LayoutBlockFn): { content: PlacedSlice[]; height: number } {
  const content: PlacedSlice[] = [];
  let y = 0;
  let previousAfter = 0;
  blocks.forEach((block, index) => {
    const laid = layoutBlock(block, x, width, ctx);
    if (index > 0) y += Math.max(previousAfter, laid.spaceBefore);
    for (const slice of laid.slices) {
      content.push({ y, slice });
      y += slice.height;
    }
    previousAfter = laid.spaceAfter;
  });
  return { content, height: y };
}

function columnEdges(block: TableBlock, x: number, width: number): number[] {
  const count = Math.max(1, block.columns.length);
  const weights = block.columns.length > 0 ? block.columns : [1];
  const total = weights.reduce((a, b) => a + b, 0) || count;
  const edges = [x];
  let acc = x;
  for (const w of weights) {
    acc += (w / total) * width;
    edges.push(acc);
  }
  return edges;
}

/** Heights inside a row where no line of any cell is cut. */
function safeCuts(cells: readonly CellBox[], rowHeight: number, minLine: number): number[] {
  const cuts = new Set<number>();
  for (const cell of cells) for (const placed of cell.content) cuts.add(PAD_Y + placed.y + placed.slice.height);
  return [...cuts]
    .filter((cut) => cut >= PAD_Y + 2 * minLine - 0.01 && rowHeight - cut >= PAD_Y + 2 * minLine - 0.01)
    .filter((cut) => cells.every((cell) => cell.content.every((p) => PAD_Y + p.y >= cut - 0.01 || PAD_Y + p.y + p.slice.height <= cut + 0.01)))
    .sort((a, b) => a - b);
}

export function layoutTable(block: TableBlock, x: number, width: number, ctx: LayoutContext, layoutBlock: LayoutBlockFn): BlockSlices {
  const left = x + block.leftIndent;
  const edges = columnEdges(block, left, width - block.leftIndent);
  const right = edges[edges.length - 1] ?? left;
  const minLine = (ctx.geometry.bodySize - ctx.preset.smallerBy.table) * 1.1;
  const slices: Slice[] = [];
  const repeat: Slice[] = [];
  block.rows.forEach((row) => {
    let column = 0;
    const cells: CellBox[] = row.cells.map((cell) => {
      const start = Math.min(column, edges.length - 2);
      const end = Math.min(column + cell.colspan, edges.length - 1);
      column += cell.colspan;
      const cellX = edges[start] ?? left;
      const cellWidth = (edges[end] ?? right) - cellX;
      const stacked = stackBlocks(cell.blocks, cellX + PAD_X, Math.max(10, cellWidth - 2 * PAD_X), ctx, layoutBlock);
      return { x: cellX, width: cellWidth, ...stacked };
    });
    const rowHeight = Math.max(minLine, ...cells.map((c) => c.height)) + 2 * PAD_Y;
    // a short row moves to the next page whole; only rows taller than a quarter page are split between lines
    const bodyHeight = ctx.geometry.height - ctx.geometry.margins.top - ctx.geometry.margins.bottom;
    const cuts = [0, ...(rowHeight > bodyHeight / 4 ? safeCuts(cells, rowHeight, minLine) : []), rowHeight];
    const boundaries = [...new Set([left, ...cells.map((c) => c.x), ...cells.map((c) => c.x + c.width), right])].sort((a, b) => a - b);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const top = cuts[i] ?? 0;
      const bottom = cuts[i + 1] ?? rowHeight;
      const items: DrawItem[] = [];
      const links: Slice['links'] = [];
      const footnotes: Slice['footnotes'] = [];
      if (row.header) items.push({ kind: 'rect', x: left, y: 0, w: right - left, h: bottom - top, lineWidth: 0, fill: 0.92, stroke: false });
      for (const cell of cells) {
        for (const placed of cell.content) {
          const y = PAD_Y + placed.y;
          if (y < top - 0.01 || y + placed.slice.height > bottom + 0.01) continue;
          const dy = y - top;
          for (const item of placed.slice.items) items.push(shiftItem(item, dy));
          for (const link of placed.slice.links) links.push({ ...link, y: link.y + dy });
          footnotes.push(...placed.slice.footnotes);
        }
      }
      for (const bx of boundaries) items.push({ kind: 'line', x1: bx, y1: 0, x2: bx, y2: bottom - top, width: BORDER });
      if (i === 0) items.push({ kind: 'line', x1: left, y1: 0, x2: right, y2: 0, width: BORDER });
      const last = i + 2 === cuts.length;
      if (last) items.push({ kind: 'line', x1: left, y1: bottom - top, x2: right, y2: bottom - top, width: BORDER });
      const slice: Slice = {
        height: bottom - top,
        items,
        links,
        anchors: [],
        outline: null,
        footnotes,
        bars: block.bars,
        breakAfter: !row.header,
        closeAtPageEnd: last ? [] : [{ kind: 'line', x1: left, y1: bottom - top, x2: right, y2: bottom - top, width: BORDER }],
        role: row.header ? 'table-header' : 'table-row',
      };
      slices.push(slice);
      if (row.header) repeat.push(slice);
    }
  });
  return { slices, spaceBefore: block.spaceBefore, spaceAfter: block.spaceAfter, keepWithNext: false, pageBreakBefore: false, repeat };
}
