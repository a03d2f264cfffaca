import type { ItemLayout } from './windowRange';

/** A windowed list's layout, worked out from the last one given to it (see `createLayoutKeeper`). */
export interface LayoutKeeper {
  /**
   * The layout of `count` items whose unique keys are `keyOf(0…count − 1)`: each item as tall as `heights` says under
   * its key, or `fallback` when it was never measured, `gap` between items. `remeasured` holds every key whose height
   * in `heights` changed since the last call; the result is what `layoutItems` would make from scratch. The same
   * `keyOf` function as last time must give the same keys (a new list needs a new function).
   */
  layout(count: number, keyOf: (index: number) => string, heights: ReadonlyMap<string, number>, remeasured: Iterable<string>, fallback: number, gap: number): ItemLayout;
}

/**
 * Keeps a windowed list's layout across renders, so that a note added at the end, or a few rows measured, costs those
 * rows rather than a lookup of every row's height: at 2,000 notes the from-scratch layout took 25 to 35 ms of each
 * burst of 200 notes. It keeps, per item, the sum of the measured heights before it and the number of unmeasured ones
 * before it; an item's top is the one plus the other times the fallback, so the fallback (the mean of what has been
 * measured, which moves with every measurement) changes without touching any row. Only rows from the first one whose
 * key or height changed are summed again. The sums are kept in place (a copy per layout, allocated afresh, cost most of
 * the time saved), so a layout it returns holds until the next call: the list reads only its latest one.
 */
export function createLayoutKeeper(): LayoutKeeper {
  const keys: string[] = [];
  // The last `keyOf`: given again, the keys are the same (the list's rows were only measured), and are not compared.
  let lastKeyOf: ((index: number) => string) | null = null;
  const indexOf = new Map<string, number>();
  // measuredBefore[i]: the measured heights of items 0…i − 1 summed; unmeasuredBefore[i]: how many of them were not measured.
  // Both grow by doubling, so a list growing a note at a time copies them now and then, not on every note.
  let measuredBefore = new Float64Array(64);
  let unmeasuredBefore = new Int32Array(64);

  return {
    layout(count, keyOf, heights, remeasured, fallback, gap) {
      // The first row whose key moved (items added, removed or reordered before it) or whose height changed.
      let from = Math.min(count, keys.length);
      const sameKeys = keyOf === lastKeyOf && count === keys.length;
      lastKeyOf = keyOf;
      if (!sameKeys) for (let index = 0; index < from; index++) {
        if (keyOf(index) !== keys[index]) {
          from = index;
          break;
        }
      }
      for (const key of remeasured) {
        const index = indexOf.get(key);
        if (index !== undefined && index < from) from = index;
      }
      // A key at `from` or later cannot have moved before it (that row's key would differ), so only those are forgotten.
      for (let index = from; index < keys.length; index++) {
        const key = keys[index] ?? '';
        if (indexOf.get(key) === index) indexOf.delete(key);
      }
      keys.length = from;
      for (let index = from; index < count; index++) {
        const key = keyOf(index);
        keys.push(key);
        indexOf.set(key, index);
      }
      if (measuredBefore.length < count + 1) {
        const capacity = Math.max(count + 1, measuredBefore.length * 2);
        const measuredGrown = new Float64Array(capacity);
        const unmeasuredGrown = new Int32Array(capacity);
        measuredGrown.set(measuredBefore.subarray(0, from + 1));
        unmeasuredGrown.set(unmeasuredBefore.subarray(0, from + 1));
        measuredBefore = measuredGrown;
        unmeasuredBefore = unmeasuredGrown;
      }
      const measured = measuredBefore;
      const unmeasured = unmeasuredBefore;
      for (let index = from; index < count; index++) {
        const height = heights.get(keys[index] ?? '');
        measured[index + 1] = measured[index]! + (height ?? 0);
        unmeasured[index + 1] = unmeasured[index]! + (height === undefined ? 1 : 0);
      }
      return { count, gap, startOf: (index) => measured[index]! + unmeasured[index]! * fallback + index * gap };
    },
  };
}
