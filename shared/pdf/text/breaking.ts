// Paragraph line breaking: Knuth–Plass optimal fit over boxes, glue and penalties, with a first-fit (greedy) fallback.

export interface Box {
  type: 'box';
  width: number;
}
export interface Glue {
  type: 'glue';
  width: number;
  stretch: number;
  shrink: number;
}
export interface Penalty {
  type: 'penalty';
  width: number;
  penalty: number;
  flagged: boolean;
}
export type Item<B extends Box = Box, G extends Glue = Glue> = B | G | Penalty;

export const INFINITY_PENALTY = 10_000;
/** Stretch of the glue that ends a paragraph or precedes a hard break ("fil"). */
export const FIL = 1e6;

export interface BreakOptions {
  /** Largest adjustment ratio a line may have (1 = spaces may grow by their whole stretch). */
  tolerance: number;
  linePenalty: number;
  flaggedDemerits: number;
  fitnessDemerits: number;
}

export const DEFAULT_BREAK_OPTIONS: BreakOptions = { tolerance: 2, linePenalty: 10, flaggedDemerits: 100, fitnessDemerits: 3000 };

/** Item index of each line's end (the break item) and the line's adjustment ratio. */
export interface Breaks {
  positions: number[];
  ratios: number[];
  method: 'optimal' | 'greedy';
}

interface Node {
  position: number;
  line: number;
  fitness: number;
  totalWidth: number;
  totalStretch: number;
  totalShrink: number;
  demerits: number;
  previous: Node | null;
}

function isLegalBreak(items: readonly Item[], i: number): boolean {
  const item = items[i];
  if (!item) return false;
  if (item.type === 'penalty') return item.penalty < INFINITY_PENALTY;
  if (item.type === 'glue') return i > 0 && items[i - 1]?.type === 'box';
  return false;
}

function fitnessClass(ratio: number): number {
  if (ratio < -0.5) return 0;
  if (ratio <= 0.5) return 1;
  if (ratio <= 1) return 2;
  return 3;
}

/** Sums of widths, stretch and shrink before each item (prefix sums). */
function prefixSums(items: readonly Item[]): { width: Float64Array; stretch: Float64Array; shrink: Float64Array } {
  const n = items.length;
  const width = new Float64Array(n + 1);
  const stretch = new Float64Array(n + 1);
  const shrink = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const item = items[i] as Item;
    width[i + 1] = (width[i] ?? 0) + (item.type === 'penalty' ? 0 : item.width);
    stretch[i + 1] = (stretch[i] ?? 0) + (item.type === 'glue' ? item.stretch : 0);
    shrink[i + 1] = (shrink[i] ?? 0) + (item.type === 'glue' ? item.shrink : 0);
  }
  return { width, stretch, shrink };
}

/** Index of the first item a line starting after break `b` keeps (glue and penalties at a line start are dropped). */
function lineStart(items: readonly Item[], b: number): number {
  let i = b;
  while (i < items.length && items[i]?.type !== 'box') {
    const item = items[i];
    if (item?.type === 'penalty' && item.penalty <= -INFINITY_PENALTY && i > b) break;
    i++;
  }
  return i;
}

/** Adjustment ratio of the line from item `start` to the break at `end`. */
export function adjustmentRatio(items: readonly Item[], start: number, end: number, lineWidth: number): number {
  let width = 0;
  let stretch = 0;
  let shrink = 0;
  for (let i = start; i < end; i++) {
    const item = items[i] as Item;
    if (item.type === 'penalty') continue;
    width += item.width;
    if (item.type === 'glue') {
      stretch += item.stretch;
      shrink += item.shrink;
    }
  }
  const end_ = items[end];
  if (end_?.type === 'penalty') width += end_.width;
  if (width < lineWidth) return stretch > 0 ? (lineWidth - width) / stretch : Infinity;
  if (width > lineWidth) return shrink > 0 ? (lineWidth - width) / shrink : -Infinity;
  return 0;
}

/** Knuth–Plass total-fit breaking; null when no set of lines stays within the tolerance. */
export function optimalBreaks(items: readonly Item[], lineWidth: number, options: BreakOptions = DEFAULT_BREAK_OPTIONS): Breaks | null {
  const sums = prefixSums(items);
  const active: Node[] = [{ position: 0, line: 0, fitness: 1, totalWidth: 0, totalStretch: 0, totalShrink: 0, demerits: 0, previous: null }];
  const best: Array<Node | null> = [null, null, null, null];
  for (let b = 0; b < items.length; b++) {
    if (!isLegalBreak(items, b)) continue;
    const item = items[b] as Item;
    const penalty = item.type === 'penalty' ? item.penalty : 0;
    const penaltyWidth = item.type === 'penalty' ? item.width : 0;
    const flagged = item.type === 'penalty' && item.flagged;
    best.fill(null);
    let kept = 0;
    for (let k = 0; k < active.length; k++) {
      const a = active[k] as Node;
      const width = (sums.width[b] ?? 0) - a.totalWidth + penaltyWidth;
      let ratio: number;
      if (width < lineWidth) {
        const stretch = (sums.stretch[b] ?? 0) - a.totalStretch;
        ratio = stretch > 0 ? (lineWidth - width) / stretch : Infinity;
      } else if (width > lineWidth) {
        const shrink = (sums.shrink[b] ?? 0) - a.totalShrink;
        ratio = shrink > 0 ? (lineWidth - width) / shrink : -Infinity;
      } else ratio = 0;
      if (!(ratio < -1 || penalty <= -INFINITY_PENALTY)) active[kept++] = a;
      if (ratio >= -1 && ratio <= options.tolerance) {
        const badness = 100 * Math.abs(ratio) ** 3;
        let demerits: number;
        if (penalty >= 0) demerits = (options.linePenalty + badness) ** 2 + penalty ** 2;
        else if (penalty > -INFINITY_PENALTY) demerits = (options.linePenalty + badness) ** 2 - penalty ** 2;
        else demerits = (options.linePenalty + badness) ** 2;
        const previous = items[a.position];
        if (flagged && previous?.type === 'penalty' && previous.flagged) demerits += options.flaggedDemerits;
        const fitness = fitnessClass(ratio);
        if (Math.abs(fitness - a.fitness) > 1) demerits += options.fitnessDemerits;
        demerits += a.demerits;
        const current = best[fitness];
        if (!current || demerits < current.demerits) {
          best[fitness] = { position: b, line: a.line + 1, fitness, totalWidth: 0, totalStretch: 0, totalShrink: 0, demerits, previous: a };
        }
      }
    }
    active.length = kept;
    const start = lineStart(items, b);
    for (const candidate of best) {
      if (!candidate) continue;
      candidate.totalWidth = sums.width[start] ?? 0;
      candidate.totalStretch = sums.stretch[start] ?? 0;
      candidate.totalShrink = sums.shrink[start] ?? 0;
      active.push(candidate);
    }
    if (active.length === 0) return null;
  }
  let winner: Node | null = null;
  for (const node of active) {
    if (node.position === items.length - 1 && (!winner || node.demerits < winner.demerits)) winner = node;
  }
  if (!winner) return null;
  const positions: number[] = [];
  for (let node: Node | null = winner; node && node.previous; node = node.previous) positions.push(node.position);
  positions.reverse();
  return { positions, ratios: ratiosOf(items, positions, lineWidth), method: 'optimal' };
}

/** First-fit breaking at natural widths: never overfull when every box fits the line. */
export function greedyBreaks(items: readonly Item[], lineWidth: number): Breaks {
  const positions: number[] = [];
  let start = lineStart(items, 0);
  let width = 0;
  let lastLegal = -1;
  for (let i = start; i < items.length; i++) {
    const item = items[i] as Item;
    if (item.type === 'penalty' && item.penalty <= -INFINITY_PENALTY) {
      if (width > lineWidth + 1e-9 && lastLegal >= 0) {
        positions.push(lastLegal);
        start = lineStart(items, lastLegal + 1);
        i = start - 1;
        width = 0;
        lastLegal = -1;
        continue;
      }
      positions.push(i);
      start = lineStart(items, i + 1);
      i = start - 1;
      width = 0;
      lastLegal = -1;
      continue;
    }
    if (isLegalBreak(items, i)) {
      const endWidth = width + (item.type === 'penalty' ? item.width : 0);
      if (endWidth <= lineWidth + 1e-9) lastLegal = i;
      else if (lastLegal >= 0) {
        positions.push(lastLegal);
        start = lineStart(items, lastLegal + 1);
        i = start - 1;
        width = 0;
        lastLegal = -1;
        continue;
      }
    }
    if (item.type !== 'penalty') width += item.width;
  }
  if (positions[positions.length - 1] !== items.length - 1) positions.push(items.length - 1);
  return { positions, ratios: ratiosOf(items, positions, lineWidth), method: 'greedy' };
}

function ratiosOf(items: readonly Item[], positions: readonly number[], lineWidth: number): number[] {
  const ratios: number[] = [];
  let from = 0;
  for (const end of positions) {
    const start = lineStart(items, from);
    ratios.push(adjustmentRatio(items, start, end, lineWidth));
    from = end + 1;
  }
  return ratios;
}

/** Optimal fit at increasing tolerance, then greedy. */
export function breakLines(items: readonly Item[], lineWidth: number): Breaks {
  for (const tolerance of [1.5, 3]) {
    const result = optimalBreaks(items, lineWidth, { ...DEFAULT_BREAK_OPTIONS, tolerance });
    if (result) return result;
  }
  return greedyBreaks(items, lineWidth);
}

/** Sum over all lines but the last of (1 + 100|r|³)²: lower is more even spacing. */
export function spacingBadness(breaks: Breaks): number {
  let total = 0;
  breaks.ratios.slice(0, -1).forEach((r) => {
    const ratio = Number.isFinite(r) ? r : 10;
    total += (1 + 100 * Math.abs(ratio) ** 3) ** 2;
  });
  return total;
}

export { lineStart };
