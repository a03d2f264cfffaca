import { useLayoutEffect, useRef } from 'react';
import { markLatency } from '../../transport/latencyMarks';
import type { RefObject } from 'react';
import { applyFit } from './applyFit';
import type { FitOptions, FitResult } from './applyFit';
import { useFoldReport } from './foldReport';
import { foldText } from './foldText';
import type { ItemNoun } from './foldText';
import { legibleFloorPx } from './legibility';
import { screenSizeOf } from './screenSize';
import type { ScreenSize } from './screenSize';

/** The size limits of one fit: the legibility floor and the layout's ceiling for the projected screen. */
export interface FitBounds {
  floor: number;
  max: number;
  screen: ScreenSize;
}

/** How a projected layout wants its text fitted; sizes are worked out from the projected screen each time. */
export interface FitRequest extends Omit<FitOptions, 'floor' | 'max' | 'moreText'> {
  /** Largest body size, px, for a screen `width`×`height` (never below the floor). */
  maxSize: (width: number, height: number) => number;
  /** What the fitted items are: the "+N" line says it, and the control window's fold warning. */
  noun: ItemNoun;
  /** The "+N" line's text when it says more than the fold (a vote's folded dots); foldText by default. */
  moreText?: FitOptions['moreText'];
  /** A cheap guess at the result, where the search starts when there is no last time or items came or went since. */
  estimate?: (root: HTMLElement, bounds: FitBounds) => FitResult | null;
  /** Runs before each fit (`resized`: because the root changed size), e.g. to settle a heading the fit depends on. */
  prepare?: (root: HTMLElement, resized: boolean) => void;
  /**
   * For a layout that draws only some of its items (`leftOut` > 0): whether it drew enough for this box. False
   * means it is about to draw more, and fits then; this fit is skipped.
   */
  drawsEnough?: (root: HTMLElement, bounds: FitBounds) => boolean;
}

/**
 * Fits the text under `rootRef` (see applyFit) whenever `signature` changes
 * and whenever the root changes size (window resized, heading re-wrapped).
 * The floor is the projector's legibility rule for the height of the projected screen (its container, not the window).
 * What was folded goes to the control window's preview through the fold report.
 */
export function useFit(rootRef: RefObject<HTMLElement | null>, signature: string, request: FitRequest): void {
  const { maxSize, layouts, foldFrom, noun, page = 0, leftOut = 0 } = request;
  const reportFold = useFoldReport();
  const layoutsKey = layouts.join('|');
  // Where the last fit landed: the next one starts looking there (same result, far fewer layouts).
  const previous = useRef<FitResult | null>(null);
  // How many items that fit had, counting those a crowded layout left out (`leftOut`). When items came or went since,
  // the search starts from the estimate (a model of how the cards flow, cheap next to a layout): a burst of notes, or
  // one long note, moves the folds further than the search's first steps from last time reach (8 to 18 layouts where
  // the estimate takes 2 to 4). Counting only the drawn cards missed every burst into a crowded discussion, which
  // draws a fixed number of the newest notes.
  const previousItems = useRef<number | null>(null);
  markLatency('stage-render');
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    let lastWidth = -1;
    let lastHeight = -1;
    const moreText = request.moreText ?? ((folded: number) => foldText(folded, noun, foldFrom));
    const run = (resized: boolean) => {
      markLatency('stage-committed');
      request.prepare?.(root, resized);
      const screen = screenSizeOf(root);
      const floor = legibleFloorPx(screen.height);
      const bounds = { floor, max: Math.max(floor, maxSize(screen.width, screen.height)), screen };
      if (request.drawsEnough && !request.drawsEnough(root, bounds)) return;
      const drawn = root.querySelectorAll('[data-fit-item]').length;
      const items = drawn + leftOut;
      const itemsChanged = previousItems.current !== null && items !== previousItems.current;
      const start = (itemsChanged ? request.estimate?.(root, bounds) : null) ?? previous.current ?? request.estimate?.(root, bounds) ?? null;
      const result = applyFit(root, { floor, max: bounds.max, layouts, foldFrom, moreText, page, leftOut }, start);
      previous.current = result;
      previousItems.current = items;
      const shown = drawn - result.folded.reduce((sum, count) => sum + count, 0);
      reportFold({ noun: noun.many, shown, total: items, page: result.page ?? 0, pages: result.pages ?? null });
      lastWidth = root.clientWidth;
      lastHeight = root.clientHeight;
      markLatency('stage-fitted');
    };
    run(false);
    // The fit itself can change the root's size (a heading settled), so a resize re-fits as its own task.
    let pending: ReturnType<typeof setTimeout> | null = null;
    const observer = new ResizeObserver(() => {
      if (root.clientWidth === lastWidth && root.clientHeight === lastHeight) return;
      pending ??= setTimeout(() => {
        pending = null;
        run(true);
      }, 0);
    });
    observer.observe(root);
    return () => {
      observer.disconnect();
      if (pending !== null) clearTimeout(pending);
    };
    // The request's functions are recreated on every render; what they depend on is in the signature.
  }, [signature, layoutsKey, page, leftOut]);
}
