/**
 * Pure searches behind the projector's auto-fit. The page says whether a
 * layout fits (`fits`); these decide which size or how much folding to try,
 * in as few layouts as possible. Both assume the answer is monotonic: a
 * smaller size, or more folded items, never fits worse.
 */

/** Size steps finer than this are not worth a layout. */
export const SIZE_PRECISION_PX = 0.5;

/**
 * The largest size in [min, max] at which `fits(size)` holds, found by
 * halving, to within `precision` px (never above a size that was checked).
 * Null when even `min` does not fit.
 */
export function largestFitting(min: number, max: number, fits: (size: number) => boolean, precision = SIZE_PRECISION_PX): number | null {
  if (!fits(min)) return null;
  if (max <= min || fits(max)) return Math.max(min, max);
  let low = min;
  let high = max;
  while (high - low > precision) {
    const middle = (low + high) / 2;
    if (fits(middle)) low = middle;
    else high = middle;
  }
  return low;
}

/**
 * The fewest items (1 to `count` − 1) to fold away so that `fits(folded)`
 * holds, found by halving. Null when folding all but one still does not fit
 * (or there is nothing to fold).
 */
export function fewestFolded(count: number, fits: (folded: number) => boolean): number | null {
  const most = count - 1;
  if (most < 1 || !fits(most)) return null;
  let low = 1;
  let high = most;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (fits(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * Body text floor on the projector for a window `height` px tall: never
 * smaller than 1/30 of the height, nor than 18 px (issue #5's rule).
 * Rounded up to 0.01 px so that the page never undercuts it.
 */
export function bodyFloorPx(height: number): number {
  return Math.max(18, Math.ceil((height / 30) * 100 - 1e-6) / 100);
}
