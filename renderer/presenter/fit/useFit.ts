import { useLayoutEffect, useRef } from 'react';
import { markLatency } from '../../transport/latencyMarks';
import type { RefObject } from 'react';
import { applyFit } from './applyFit';
import type { FitOptions, FitResult } from './applyFit';
import { useFoldReport } from './foldReport';
import { screenSizeOf } from './screenSize';
import { bodyFloorPx } from './searchFit';

/** How a kind layout wants its text fitted; sizes are worked out from the projected screen each time. */
export interface FitRequest extends Omit<FitOptions, 'floor' | 'max'> {
  /** Largest body size, px, for a screen `width`×`height` (never below the floor). */
  maxSize: (width: number, height: number) => number;
  /** What the fitted items are, plural, for the control window's fold warning (default "items"). */
  noun?: string;
}

/**
 * Fits the text under `rootRef` (see applyFit) whenever `signature` changes
 * and whenever the root changes size (window resized, heading re-wrapped).
 * The floor is the projector's legibility rule for the height of the projected screen (its container, not the window).
 */
export function useFit(rootRef: RefObject<HTMLElement | null>, signature: string, request: FitRequest): void {
  const { maxSize, layouts, foldFrom, moreText, noun = 'items', page = 0 } = request;
  const reportFold = useFoldReport();
  const layoutsKey = layouts.join('|');
  // Where the last fit landed: the next one starts looking there (same result, far fewer layouts).
  const previous = useRef<FitResult | null>(null);
  markLatency('stage-render');
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    let lastWidth = -1;
    let lastHeight = -1;
    const run = () => {
      markLatency('stage-committed');
      const screen = screenSizeOf(root);
      const floor = bodyFloorPx(screen.height);
      const result = applyFit(root, { floor, max: Math.max(floor, maxSize(screen.width, screen.height)), layouts, foldFrom, moreText, page }, previous.current);
      previous.current = result;
      const total = root.querySelectorAll('[data-fit-item]').length;
      reportFold({ noun, shown: total - result.folded.reduce((sum, count) => sum + count, 0), total, page: result.page ?? 0, pages: result.pages ?? null });
      lastWidth = root.clientWidth;
      lastHeight = root.clientHeight;
      markLatency('stage-fitted');
    };
    run();
    let pending: ReturnType<typeof setTimeout> | null = null;
    const observer = new ResizeObserver(() => {
      if (root.clientWidth === lastWidth && root.clientHeight === lastHeight) return;
      pending ??= setTimeout(() => {
        pending = null;
        run();
      }, 0);
    });
    observer.observe(root);
    return () => {
      observer.disconnect();
      if (pending !== null) clearTimeout(pending);
    };
    // The request's functions are recreated on every render; what they depend on is in the signature.
  }, [signature, layoutsKey, page]);
}
