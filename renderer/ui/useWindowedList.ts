import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { FocusEvent, RefObject } from 'react';
import { layoutItems, visibleRange, windowPieces } from './windowRange';
import type { ItemLayout, WindowPiece } from './windowRange';

/** What a windowed list needs to know about its items and how they are laid out. */
export interface WindowedListOptions {
  /** How many items the list has. */
  count: number;
  /** A stable key of item `index` (its measured height is kept under it, so it survives items added before it). */
  keyOf: (index: number) => string;
  /** Height of an item never drawn yet, in px, until some are measured (then their mean is used). */
  estimate: number;
  /** The CSS gap between items, in px. */
  gap: number;
  /** How far beyond the viewport items are drawn, in px, so a short scroll or a Tab finds them there. */
  overscan: number;
}

/** Attributes each drawn item carries: its key (to measure it), and its place in the whole list for screen readers. */
export interface WindowedItemProps {
  'data-window-key': string;
  'aria-posinset': number;
  'aria-setsize': number;
}

/** The list's scroller, what to draw in it, and the calls that move it. */
export interface WindowedList<E extends HTMLElement> {
  /** Put on the scrolling element, whose children are the drawn items and spacers. */
  scrollerRef: RefObject<E | null>;
  /** Items by index and spacers, in order. */
  pieces: WindowPiece[];
  /** Attributes for the item at `index`. */
  itemProps: (index: number) => WindowedItemProps;
  /** Focus handlers for the scroller: the item holding the focus stays drawn wherever the list scrolls. */
  onFocus: (event: FocusEvent<E>) => void;
  onBlur: (event: FocusEvent<E>) => void;
  /** Scrolls to the end and stays there while heights settle, until the reader scrolls up. */
  stickToEnd: () => void;
}

interface Viewport {
  top: number;
  height: number;
}

/** Records the height of each drawn item under its key; returns whether any changed. */
function measureDrawn(scroller: HTMLElement, heights: Map<string, number>): boolean {
  let changed = false;
  for (const child of Array.from(scroller.children)) {
    if (!(child instanceof HTMLElement)) continue;
    const key = child.dataset.windowKey;
    const height = child.getBoundingClientRect().height;
    if (key === undefined || height === 0 || heights.get(key) === height) continue;
    heights.set(key, height);
    changed = true;
  }
  return changed;
}

/** Scrolls to the end; returns where that put the scroll position. */
function scrollToEnd(scroller: HTMLElement): number {
  scroller.scrollTop = scroller.scrollHeight;
  return scroller.scrollTop;
}

const sameRange = (a: ReturnType<typeof visibleRange>, b: ReturnType<typeof visibleRange>): boolean => a?.first === b?.first && a?.last === b?.last;

/**
 * Draws only the items of a long list that are on screen (plus `overscan`), so the page holds a few dozen items
 * whatever the list holds, and layout, style and paint cost the same at 20 items and 10,000. Items stay in normal flow
 * (spacers stand in for the rest), so the browser's scroll anchoring keeps the view still as heights are measured.
 * Items may differ in height: each drawn item is measured (ResizeObserver) and remembered by key.
 */
export function useWindowedList<E extends HTMLElement>({ count, keyOf, estimate, gap, overscan }: WindowedListOptions): WindowedList<E> {
  const scrollerRef = useRef<E | null>(null);
  const heights = useRef(new Map<string, number>());
  const [measured, setMeasured] = useState(0);
  // Before the first layout nothing is known of the viewport: start at the end (where new items appear) with none.
  const [viewport, setViewport] = useState<Viewport>({ top: Number.MAX_SAFE_INTEGER, height: 0 });
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const sticking = useRef(true);
  // Where this hook last put the scroll position, to tell its own scrolling from the reader's.
  const placedTop = useRef(0);

  const layout = useMemo<ItemLayout>(() => {
    let sum = 0;
    for (const height of heights.current.values()) sum += height;
    const fallback = heights.current.size > 0 ? sum / heights.current.size : estimate;
    return layoutItems(count, (index) => heights.current.get(keyOf(index)) ?? fallback, gap);
    // `measured` stands for the heights map, which changes in place.
  }, [count, keyOf, estimate, gap, measured]);
  const layoutRef = useRef(layout);
  layoutRef.current = layout;

  const range = visibleRange(layout, viewport.top, viewport.height, overscan);
  const focusedIndex = useMemo(() => {
    if (focusedKey === null) return -1;
    for (let i = 0; i < count; i++) if (keyOf(i) === focusedKey) return i;
    return -1;
  }, [focusedKey, count, keyOf]);
  const pieces = useMemo(() => windowPieces(layout, range, focusedIndex >= 0 ? [focusedIndex] : []), [layout, range?.first, range?.last, focusedIndex]);

  /** Reads where the scroller is, and redraws only when that changes which items are drawn. */
  const readViewport = useCallback(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    const next = { top: scroller.scrollTop, height: scroller.clientHeight };
    setViewport((current) =>
      current.height === next.height && sameRange(visibleRange(layoutRef.current, current.top, current.height, overscan), visibleRange(layoutRef.current, next.top, next.height, overscan))
        ? current
        : next,
    );
  }, [overscan]);

  // After each draw: hold the end if asked to, then check the drawn items still cover the viewport.
  // Measured before the range is worked out again, so the range is always chosen from real heights: choosing it from
  // estimates while holding the end would swing between two ranges, each moving the end the other way.
  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    if (measureDrawn(scroller, heights.current)) {
      setMeasured((version) => version + 1);
      return;
    }
    if (sticking.current) placedTop.current = scrollToEnd(scroller);
    readViewport();
  });

  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    const onScroll = (): void => {
      // Moved up from where the end was put, and not by the end moving (a wheel, a scrollbar, a screen reader, a script).
      const atEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2;
      if (sticking.current && !atEnd && scroller.scrollTop < placedTop.current - 1) sticking.current = false;
      readViewport();
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    // Heights of drawn items that change later (an edit form opening, the window's width) and of the scroller itself.
    const observer = new ResizeObserver(() => {
      if (measureDrawn(scroller, heights.current)) setMeasured((version) => version + 1);
      else readViewport();
    });
    observer.observe(scroller);
    const observeItems = (): void => {
      for (const child of Array.from(scroller.children)) if (child instanceof HTMLElement && child.dataset.windowKey !== undefined) observer.observe(child);
    };
    observeItems();
    const mutations = new MutationObserver(observeItems);
    mutations.observe(scroller, { childList: true });
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      observer.disconnect();
      mutations.disconnect();
    };
  }, [readViewport]);

  const itemProps = useCallback((index: number): WindowedItemProps => ({ 'data-window-key': keyOf(index), 'aria-posinset': index + 1, 'aria-setsize': count }), [keyOf, count]);

  const onFocus = useCallback((event: FocusEvent<E>) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[data-window-key]');
    if (item && event.currentTarget.contains(item)) setFocusedKey(item.dataset.windowKey ?? null);
  }, []);
  const onBlur = useCallback((event: FocusEvent<E>) => {
    const next = event.relatedTarget;
    if (!(next instanceof Node) || !event.currentTarget.contains(next)) setFocusedKey(null);
  }, []);

  const stickToEnd = useCallback(() => {
    sticking.current = true;
    const scroller = scrollerRef.current;
    if (scroller) placedTop.current = scrollToEnd(scroller);
    readViewport();
  }, [readViewport]);

  return { scrollerRef, pieces, itemProps, onFocus, onBlur, stickToEnd };
}
