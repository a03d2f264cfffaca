import { useLayoutEffect } from 'react';
import type { RefObject } from 'react';
import { applyFit } from './applyFit';
import type { FitOptions } from './applyFit';
import { bodyFloorPx } from './searchFit';

/** How a kind layout wants its text fitted; sizes are worked out from the window each time. */
export interface FitRequest extends Omit<FitOptions, 'floor' | 'max'> {
  /** Largest body size, px, for a window `width`×`height` (never below the floor). */
  maxSize: (width: number, height: number) => number;
}

/**
 * Fits the text under `rootRef` (see applyFit) whenever `signature` changes
 * and whenever the root changes size (window resized, heading re-wrapped).
 * The floor is the projector's legibility rule for the current window height.
 */
export function useFit(rootRef: RefObject<HTMLElement | null>, signature: string, request: FitRequest): void {
  const { maxSize, layouts, foldFrom, moreText } = request;
  const layoutsKey = layouts.join('|');
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    let lastWidth = -1;
    let lastHeight = -1;
    const run = () => {
      const floor = bodyFloorPx(window.innerHeight);
      applyFit(root, { floor, max: Math.max(floor, maxSize(window.innerWidth, window.innerHeight)), layouts, foldFrom, moreText });
      lastWidth = root.clientWidth;
      lastHeight = root.clientHeight;
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
  }, [signature, layoutsKey]);
}
