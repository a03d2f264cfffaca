import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { FocusEvent, RefObject } from 'react';
import { createLayoutKeeper } from './keptLayout';
import type { LayoutKeeper } from './keptLayout';
import { totalHeight, visibleRange, windowPieces } from './windowRange';
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

/** Where the reader is: the scroll position and height of the scroller, and whether the list is held at its end. */
interface Viewport {
  top: number;
  height: number;
  /** Held at the end: the range is taken from the end of the list (not from a scroll position read back), and the scroller is put there each frame. */
  atEnd: boolean;
}

const sameRange = (a: ReturnType<typeof visibleRange>, b: ReturnType<typeof visibleRange>): boolean => a?.first === b?.first && a?.last === b?.last;

/**
 * Draws only the items of a long list that are on screen (plus `overscan`), so the page holds a few dozen items
 * whatever the list holds, and layout, style and paint cost the same at 20 items and 10,000. Items stay in normal flow
 * (spacers stand in for the rest), so the browser's scroll anchoring keeps the view still as heights are measured.
 * Items may differ in height: each drawn item is measured by a ResizeObserver (after the browser's own layout, so
 * measuring never forces one) and remembered by key. The list starts held at its end, where new items appear.
 */
export function useWindowedList<E extends HTMLElement>({ count, keyOf, estimate, gap, overscan }: WindowedListOptions): WindowedList<E> {
  const scrollerRef = useRef<E | null>(null);
  const heights = useRef(new Map<string, number>());
  // The heights above summed (for their mean, the height of a row not measured yet), and the keys measured again since
  // the last layout: the layout is carried over from the last one, summing again only from the first row that changed.
  const measuredTotal = useRef(0);
  const remeasured = useRef(new Set<string>());
  const keeper = useRef<LayoutKeeper | null>(null);
  const [measured, setMeasured] = useState(0);
  const [viewport, setViewport] = useState<Viewport>({ top: 0, height: 0, atEnd: true });
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  // Where this hook last put the scroll position, to tell its own scrolling from the reader's.
  const placedTop = useRef(0);

  // Not a useMemo: the keeper holds one layout at a time, so a layout kept by a render React threw away (a deferred
  // list overtaken by an urgent one) would be out of date. This holds the last one made, in whatever render, and
  // makes it again whenever the inputs differ from that one's.
  const lastLayout = useRef<{ inputs: readonly unknown[]; layout: ItemLayout } | null>(null);
  // `measured` stands for the heights map, which changes in place.
  const inputs = [count, keyOf, estimate, gap, measured] as const;
  let layout: ItemLayout;
  if (lastLayout.current && lastLayout.current.inputs.every((input, index) => Object.is(input, inputs[index]))) layout = lastLayout.current.layout;
  else {
    const fallback = heights.current.size > 0 ? measuredTotal.current / heights.current.size : estimate;
    const changed = remeasured.current;
    remeasured.current = new Set();
    keeper.current ??= createLayoutKeeper();
    layout = keeper.current.layout(count, keyOf, heights.current, changed, fallback, gap);
    lastLayout.current = { inputs, layout };
  }
  const layoutRef = useRef(layout);
  layoutRef.current = layout;

  // Held at the end, the range comes from the list alone: taken from a scroll position, it could swing between two
  // ranges while estimated heights are replaced by measured ones, each range moving the end the other way.
  const top = viewport.atEnd ? Math.max(0, totalHeight(layout) - viewport.height) : viewport.top;
  const range = visibleRange(layout, top, viewport.height, overscan);
  const focusedIndex = useMemo(() => {
    if (focusedKey === null) return -1;
    for (let i = 0; i < count; i++) if (keyOf(i) === focusedKey) return i;
    return -1;
  }, [focusedKey, count, keyOf]);
  const pieces = useMemo(() => windowPieces(layout, range, focusedIndex >= 0 ? [focusedIndex] : []), [layout, range?.first, range?.last, focusedIndex]);

  // Held at the end: scroll there in the next frame, whose layout is due anyway (scrolling now would force one more).
  useLayoutEffect(() => {
    if (!viewport.atEnd) return;
    const frame = requestAnimationFrame(() => {
      const scroller = scrollerRef.current;
      if (!scroller) return;
      scroller.scrollTop = scroller.scrollHeight;
      placedTop.current = scroller.scrollTop;
    });
    return () => cancelAnimationFrame(frame);
  });

  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    const initialHeight = scroller.clientHeight;
    setViewport((current) => ({ ...current, height: initialHeight }));
    const onScroll = (): void => {
      const next = { top: scroller.scrollTop, height: scroller.clientHeight };
      const atBottom = next.top + next.height >= scroller.scrollHeight - 2;
      setViewport((current) => {
        // Let go of the end when moved up from where it was put, not by the end moving (a wheel, a scrollbar, a screen reader, a script).
        const atEnd = current.atEnd && (atBottom || next.top >= placedTop.current - 1);
        if (atEnd && current.height === next.height) return current;
        const sameItems =
          !atEnd &&
          !current.atEnd &&
          current.height === next.height &&
          sameRange(visibleRange(layoutRef.current, current.top, current.height, overscan), visibleRange(layoutRef.current, next.top, next.height, overscan));
        return sameItems ? current : { ...next, atEnd };
      });
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    // Heights of drawn items (once drawn, an edit form opening, the window's width) and of the scroller itself.
    const observer = new ResizeObserver((entries) => {
      let changed = false;
      for (const entry of entries) {
        const element = entry.target as HTMLElement;
        if (element === scroller) {
          const height = scroller.clientHeight;
          setViewport((current) => (current.height === height ? current : { ...current, height }));
          continue;
        }
        const key = element.dataset.windowKey;
        const height = entry.borderBoxSize[0]?.blockSize ?? 0;
        const before = key === undefined ? undefined : heights.current.get(key);
        if (key === undefined || !element.isConnected || height === 0 || before === height) continue;
        heights.current.set(key, height);
        measuredTotal.current += height - (before ?? 0);
        remeasured.current.add(key);
        changed = true;
      }
      if (changed) setMeasured((version) => version + 1);
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
  }, [overscan]);

  const itemProps = useCallback((index: number): WindowedItemProps => ({ 'data-window-key': keyOf(index), 'aria-posinset': index + 1, 'aria-setsize': count }), [keyOf, count]);

  const onFocus = useCallback((event: FocusEvent<E>) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[data-window-key]');
    if (item && event.currentTarget.contains(item)) setFocusedKey(item.dataset.windowKey ?? null);
  }, []);
  const onBlur = useCallback((event: FocusEvent<E>) => {
    const next = event.relatedTarget;
    if (!(next instanceof Node) || !event.currentTarget.contains(next)) setFocusedKey(null);
  }, []);

  const stickToEnd = useCallback(() => setViewport((current) => (current.atEnd ? current : { ...current, atEnd: true })), []);

  return { scrollerRef, pieces, itemProps, onFocus, onBlur, stickToEnd };
}
