/** Pure sizing for the projector's bar charts (vote results, scale distributions). */

/** Each count as a share (0..1) of the largest; all 0 when nothing was counted. */
export function barShares(counts: readonly number[]): number[] {
  const largest = Math.max(0, ...counts);
  return counts.map((count) => (largest === 0 ? 0 : Math.max(0, count) / largest));
}

/**
 * Where a mean rating falls along a row of equal columns, one per point from
 * `min` to `max`, as a share (0..1) of the row's width: the centre of a
 * point's column for a whole number, in between otherwise.
 */
export function meanOffset(mean: number, min: number, max: number): number {
  const points = max - min + 1;
  if (points <= 0) return 0.5;
  const clamped = Math.min(max, Math.max(min, mean));
  return (clamped - min + 0.5) / points;
}

/** How many statements go side by side, and in how many rows, for `count` statements on a screen `aspect` (width / height) wide. */
export function distributionGrid(count: number, aspect: number): { columns: number; rows: number } {
  if (count <= 0) return { columns: 1, rows: 1 };
  // Three across on a wide screen, and on a 4:3 one from five statements: three rows of two left each card too short
  // at 1024x768 for a statement's second line above its chart, so statements were cut.
  const maxColumns = aspect >= 1.6 || count >= 5 ? 3 : 2;
  const rows = Math.ceil(count / maxColumns);
  const columns = Math.ceil(count / rows);
  return { columns, rows };
}

/** "1 dot", "12 dots": a count with its unit, so a number never stands alone. */
export function countWithUnit(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Ranks for counts already sorted most first, ties sharing a rank (1, 2, 2, 4). */
export function sharedRanks(sortedCounts: readonly number[]): number[] {
  return sortedCounts.map((count, index) => {
    const firstSame = sortedCounts.findIndex((other) => other === count);
    return (firstSame === -1 ? index : firstSame) + 1;
  });
}
