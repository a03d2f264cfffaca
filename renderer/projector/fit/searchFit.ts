/**
 * Pure searches behind the projector's auto-fit. The page says whether a
 * layout fits (`fits`); these decide which size or how much folding to try,
 * in as few layouts as possible. Both assume the answer is monotonic: a
 * smaller size, or more folded items, never fits worse.
 */

/** Size steps finer than this are not worth a layout. */
export const SIZE_PRECISION_PX = 0.5;

/**
 * The last index in [0, n) at which `holds` is true, for a `holds` that is
 * true up to some index and false after it; -1 when it holds nowhere.
 * Without `from`, checks 0, then n − 1, then halves. With `from` (the answer
 * last time), starts there and widens its steps outwards before halving, so
 * an answer near `from` costs two or three checks.
 */
export function lastHolding(n: number, holds: (index: number) => boolean, from: number | null = null): number {
  if (n <= 0) return -1;
  let low: number;
  let high: number;
  if (from === null) {
    if (!holds(0)) return -1;
    if (holds(n - 1)) return n - 1;
    low = 0;
    high = n - 1;
  } else {
    const start = Math.min(n - 1, Math.max(0, Math.round(from)));
    if (holds(start)) {
      low = start;
      let step = 1;
      while (low + step < n && holds(low + step)) {
        low += step;
        step *= 2;
      }
      high = Math.min(n, low + step);
    } else {
      high = start;
      let step = 1;
      while (high - step >= 0 && !holds(high - step)) {
        high -= step;
        step *= 2;
      }
      low = high - step;
      if (low < 0) {
        if (high === 0 || !holds(0)) return -1;
        low = 0;
      }
    }
  }
  // holds(low) is true; high is n or an index where it is false.
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (holds(middle)) low = middle;
    else high = middle;
  }
  return low;
}

/** The sizes the fit may choose between min and max: min, then every `precision` px, then max itself. */
export function sizeSteps(min: number, max: number, precision = SIZE_PRECISION_PX): number[] {
  const steps: number[] = [min];
  for (let k = 1; min + k * precision < max - 1e-9; k++) steps.push(min + k * precision);
  if (max > min) steps.push(max);
  return steps;
}

/**
 * The largest of sizeSteps(min, max) at which `fits(size)` holds (so within
 * `precision` px of the largest that fits, never above one that was checked).
 * Null when even `min` does not fit. `from` is where to start looking (the size
 * chosen last time): the answer is the same, found in fewer layouts.
 */
export function largestFitting(min: number, max: number, fits: (size: number) => boolean, from: number | null = null, precision = SIZE_PRECISION_PX): number | null {
  const steps = sizeSteps(min, max, precision);
  let start: number | null = null;
  if (from !== null) {
    start = 0;
    while (start + 1 < steps.length && (steps[start + 1] ?? Infinity) <= from + 1e-9) start++;
  }
  const index = lastHolding(steps.length, (i) => fits(steps[i] ?? min), start);
  return index < 0 ? null : (steps[index] ?? null);
}

/**
 * The fewest items (1 to `count` − 1) to fold away so that `fits(folded)`
 * holds. Null when folding all but one still does not fit (or there is
 * nothing to fold). `from` is where to start looking (the count folded last
 * time): the answer is the same, found in fewer layouts.
 */
export function fewestFolded(count: number, fits: (folded: number) => boolean, from: number | null = null): number | null {
  const most = count - 1;
  if (most < 1) return null;
  // Index 0 is "all but one folded"; the last index that fits is the fewest folded.
  const start = from === null ? null : most - Math.min(most, Math.max(1, from));
  const index = lastHolding(most, (i) => fits(most - i), start);
  return index < 0 ? null : most - index;
}

/**
 * The pages of a list of `n` items whose first page (the usual view) shows items `firstStart` to the end: each
 * further page shows the items just before the previous page's first, as many as `fits(start, end)` allows (at
 * least one). Pages are [start, end) pairs, newest first. Assumes fewer items never fit worse.
 */
export function pageWindows(n: number, firstStart: number, fits: (start: number, end: number) => boolean): Array<[number, number]> {
  const windows: Array<[number, number]> = [[Math.max(0, Math.min(n, firstStart)), n]];
  let end = windows[0]?.[0] ?? 0;
  while (end > 0) {
    const last = end;
    const most = lastHolding(last, (k) => fits(last - 1 - k, last));
    const start = most < 0 ? last - 1 : last - 1 - most;
    windows.push([start, last]);
    end = start;
  }
  return windows;
}
