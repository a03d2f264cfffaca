/**
 * The arithmetic of a windowed list (pure, no DOM): where each item sits, which items the viewport needs, and the
 * runs of items to draw with the gaps between them. Items are laid out in flow with a fixed gap between them, so a
 * run of items left out is stood in for by one spacer of the height they would take.
 */

/** Where each item starts and the list's whole height, from each item's height and the gap between items. */
export interface ItemLayout {
  /** How many items the list has. */
  count: number;
  gap: number;
  /** The top of item `index`; `startOf(count)` is the bottom of the last item plus one gap. */
  startOf: (index: number) => number;
}

/** Lays items out one after another from scratch: `sizeOf(i)` is item i's height (measured, or an estimate). */
export function layoutItems(count: number, sizeOf: (index: number) => number, gap: number): ItemLayout {
  const starts = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) starts[i + 1] = starts[i]! + sizeOf(i) + gap;
  return { count, gap, startOf: (index) => starts[index]! };
}

/** The whole height of the items (no gap after the last). */
export function totalHeight(layout: ItemLayout): number {
  const { count } = layout;
  return count === 0 ? 0 : layout.startOf(count) - layout.gap;
}

/** The first item whose bottom is below `y` (binary search); `count` when none is. */
function firstEndingBelow(layout: ItemLayout, y: number): number {
  const { count } = layout;
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (layout.startOf(middle + 1) - layout.gap > y) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** First and last index (inclusive) of the items seen between `top` and `top + height`, widened by `overscan` pixels each side; null for an empty list. */
export function visibleRange(layout: ItemLayout, top: number, height: number, overscan: number): { first: number; last: number } | null {
  const { count } = layout;
  if (count === 0) return null;
  const first = Math.min(count - 1, firstEndingBelow(layout, Math.max(0, top - overscan)));
  let last = first;
  const bottom = top + height + overscan;
  while (last + 1 < count && layout.startOf(last + 1) < bottom) last += 1;
  return { first, last };
}

/** What to draw, in order: a run of items by index, or a spacer standing in for the items left out. */
export type WindowPiece = { kind: 'item'; index: number } | { kind: 'spacer'; key: string; height: number };

/**
 * The items in `range` plus any `kept` indices (e.g. the focused item, which must stay in the page), in order,
 * with a spacer for each run left out. In a flex column with `gap`, a spacer for items i..j (inclusive) takes
 * their heights and the gaps between them, the gaps on either side being the spacer's own.
 */
export function windowPieces(layout: ItemLayout, range: { first: number; last: number } | null, kept: readonly number[]): WindowPiece[] {
  const { count } = layout;
  const drawn = new Set<number>();
  if (range) for (let i = range.first; i <= range.last; i++) drawn.add(i);
  for (const index of kept) if (index >= 0 && index < count) drawn.add(index);
  const indices = [...drawn].sort((a, b) => a - b);
  const pieces: WindowPiece[] = [];
  let next = 0;
  const spacer = (from: number, to: number): void => {
    // Items from..to-1 are left out.
    if (to > from) pieces.push({ kind: 'spacer', key: `gap-${from}`, height: layout.startOf(to) - layout.startOf(from) - layout.gap });
  };
  for (const index of indices) {
    spacer(next, index);
    pieces.push({ kind: 'item', index });
    next = index + 1;
  }
  spacer(next, count);
  return pieces;
}
