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
  /**
   * What the items are, per fit box a key per item in order that changes with its content, and what else the layout
   * depends on (`frame`). When the frame and the boxes' sizes are as at the last fit and each box's keys then begin
   * its keys now, items were only added at the end of boxes: no larger size can fit than last time's, so the search
   * looks no higher (a note added to an uncrowded board costs one layout, not the two that checking one size up takes).
   */
  growth?: { frame: string; boxes: ReadonlyArray<readonly string[]> };
}

type Growth = NonNullable<FitRequest['growth']>;

/** Whether `after` is `before` with items only added at the ends of its boxes (at least one), its frame unchanged. */
function onlyAdded(before: Growth, after: Growth): boolean {
  if (before.frame !== after.frame || before.boxes.length !== after.boxes.length) return false;
  let added = false;
  const kept = before.boxes.every((keys, box) => {
    const now = after.boxes[box] ?? [];
    if (now.length > keys.length) added = true;
    return now.length >= keys.length && keys.every((key, index) => key === now[index]);
  });
  return kept && added;
}

/** The last fit: its result, what its items were, and the size of the screen and boxes it was made for. */
interface LastFit {
  result: FitResult;
  growth: Growth | undefined;
  room: string;
}

/** Last time's fit as a ceiling, when it is one: items only added, the same room for them, and nothing folded or cut then. */
function ceilingFrom(last: LastFit | null, growth: Growth | undefined, room: string): FitOptions['ceiling'] {
  if (!last?.growth || !growth || last.room !== room) return undefined;
  const { result } = last;
  if (result.clamped || result.folded.some((count) => count > 0) || !onlyAdded(last.growth, growth)) return undefined;
  return { layout: result.layout, size: result.size };
}

/** The size of the screen and of each fit box, read before the fit (at last time's size, which is still set). */
function roomFor(root: HTMLElement, screen: ScreenSize): string {
  const boxes = Array.from(root.querySelectorAll<HTMLElement>('[data-fit-box]'), (box) => `${box.clientWidth}x${box.clientHeight}`);
  return `${screen.width}x${screen.height} ${boxes.join(' ')}`;
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
  // The last fit, what its items were and the size of the box and screen it was made for: a ceiling for the next.
  const lastFit = useRef<LastFit | null>(null);
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
      const room = request.growth ? roomFor(root, screen) : '';
      const ceiling = resized ? undefined : ceilingFrom(lastFit.current, request.growth, room);
      const result = applyFit(root, { floor, max: bounds.max, layouts, foldFrom, moreText, page, leftOut, ceiling }, start);
      previous.current = result;
      lastFit.current = { result, growth: request.growth, room };
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
