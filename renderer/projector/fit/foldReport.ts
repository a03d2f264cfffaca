import { createContext, useContext, useEffect, useId } from 'react';

/** How much of one fitted box the projector shows. */
export interface FoldCount {
  /** What the items are, plural ("notes", "commitments"). */
  noun: string;
  shown: number;
  total: number;
  /** How the rest is shown: folded into "+N more" (the default), or as dots without their words (a map too crowded in one place). */
  how?: 'folded' | 'dots';
  /** Which page of the folded items the box shows (0: the usual view). */
  page?: number;
  /** How many pages the folded items make, once the room has paged (null: not worked out on the first page). */
  pages?: number | null;
}

/** Receives fold counts by box (null when the box goes away). */
export type FoldReporter = (key: string, count: FoldCount | null) => void;

/**
 * Where fitted boxes say how many items they folded into "+N more". The control window's preview
 * provides it (to warn the facilitator); the presenter window does not, and nothing is reported.
 */
export const FoldReportContext = createContext<FoldReporter | null>(null);

/** A stable key for this box and a function that reports its count; the count is withdrawn on unmount. */
export function useFoldReport(): (count: FoldCount) => void {
  const key = useId();
  const reporter = useContext(FoldReportContext);
  useEffect(() => () => reporter?.(key, null), [reporter, key]);
  return (count) => reporter?.(key, count);
}
