import type { FoldCount, FoldReporter } from '../../projector/fit/foldReport';

/**
 * Where the preview's picture leaves its fold counts for the lines under it (the warning, the pager) to read.
 * A store of its own rather than state of the preview: each redraw of a crowded picture changes the counts, and
 * that should redraw those lines only, not the whole panel around the picture.
 */
export interface FoldBoard {
  /** The reporter the picture's fitted boxes call (see FoldReportContext). */
  report: FoldReporter;
  /** The counts by box, the same Map until a count changes. */
  counts: () => ReadonlyMap<string, FoldCount>;
  /** Calls `listener` after each change; returns the call that stops it. */
  subscribe: (listener: () => void) => () => void;
}

function sameCount(a: FoldCount | undefined, b: FoldCount): boolean {
  return a?.shown === b.shown && a.total === b.total && a.noun === b.noun && a.how === b.how && a.page === b.page && a.pages === b.pages;
}

/** An empty fold board. */
export function createFoldBoard(): FoldBoard {
  let counts: ReadonlyMap<string, FoldCount> = new Map();
  const listeners = new Set<() => void>();
  return {
    report: (key, count) => {
      const before = counts.get(key);
      if (count === null ? before === undefined : sameCount(before, count)) return;
      const next = new Map(counts);
      if (count === null) next.delete(key);
      else next.set(key, count);
      counts = next;
      for (const listener of listeners) listener();
    },
    counts: () => counts,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
