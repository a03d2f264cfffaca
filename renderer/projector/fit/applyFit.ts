import { CARD } from './cardGeometry';
import { pageText } from './foldText';
import type { FoldFrom } from './foldText';
import { fewestFolded, largestFitting, pageWindows } from './searchFit';

/**
 * The projector's one fitting engine, used by every projected layout (the discussion's notes included). The markup
 * the fit works on:
 * - the root sets `--fit-size` (body text size, px) and `data-layout` (one of
 *   the layouts to try, e.g. one column or two);
 * - every `[data-fit-box]` inside is a box of fixed size whose content must not
 *   overflow it; it holds `[data-fit-item]` elements (the foldable items, in
 *   reading order) and one `[data-fit-more]` element for the "+N more" line.
 */
export interface FitOptions {
  /** Smallest body size, px (the legibility floor; never undercut). */
  floor: number;
  /** Largest body size, px. */
  max: number;
  /** Layouts to try, in order of preference; the first that fits at or above the floor wins. */
  layouts: readonly string[];
  /** Which items fold first when nothing else helps: the oldest (`start`) or the last listed (`end`). */
  foldFrom: FoldFrom;
  /** The text of the "+N more" line for `folded` items of box number `box`. */
  moreText: (folded: number, box: number) => string;
  /** Which page of the folded items to show (0, the default, is the usual view; see pageWindows). */
  page?: number;
  /**
   * Items before the first box's first item that the layout did not draw at all (the oldest notes of a crowded
   * discussion, see notesToDraw.ts): the "+N" line counts them as folded, and shows even when no drawn item folds.
   */
  leftOut?: number;
  /**
   * A fit this content cannot beat: last time's, when items were only added since (see useFit's `growth`). Layouts
   * before `layout` are not tried (they did not fit at the floor with fewer items), and `layout` no larger than `size`.
   */
  ceiling?: { layout: string; size: number };
}

/** What the fit chose, for tests and data attributes. */
export interface FitResult {
  size: number;
  layout: string;
  /** Items folded per box. */
  folded: number[];
  /** Whether items had to be cut to a few lines (a single item too long for its box). */
  clamped: boolean;
  /** How many pages the folded items make (1 when nothing is folded), and which one is shown. */
  pages?: number;
  page?: number;
}

/** One px of slack, the engine's only overflow tolerance: sub-pixel rounding must not count as overflow. */
const SLACK_PX = 1;

function overflows(box: HTMLElement): boolean {
  return box.scrollHeight > box.clientHeight + SLACK_PX || box.scrollWidth > box.clientWidth + SLACK_PX;
}

function itemsOf(box: HTMLElement): HTMLElement[] {
  return Array.from(box.querySelectorAll<HTMLElement>('[data-fit-item]'));
}

function moreOf(box: HTMLElement): HTMLElement | null {
  return box.querySelector<HTMLElement>('[data-fit-more]');
}

/** How many items the "+N" line of box `index` counts: those folded, and for the first box those not drawn. */
function awayFrom(folded: number, index: number, options: FitOptions): number {
  return folded + (index === 0 ? (options.leftOut ?? 0) : 0);
}

function fold(box: HTMLElement, index: number, folded: number, options: FitOptions, items: readonly HTMLElement[] = itemsOf(box)): void {
  items.forEach((item, position) => {
    const hidden = options.foldFrom === 'start' ? position < folded : position >= items.length - folded;
    // Touch only what changes: with many items, rewriting every one would restyle them all for each try.
    if (item.hidden !== hidden) item.hidden = hidden;
  });
  const more = moreOf(box);
  if (more) {
    const away = awayFrom(folded, index, options);
    const text = away === 0 ? '' : options.moreText(away, index);
    if (more.hidden !== (away === 0)) more.hidden = away === 0;
    if (more.textContent !== text) more.textContent = text;
  }
}

function unclamp(box: HTMLElement): void {
  if (!box.hasAttribute('data-fit-clamped')) return;
  box.removeAttribute('data-fit-clamped');
  box.style.removeProperty('--fit-clamp');
}

/**
 * The fewest items of `box` to fold (0 to all but one) for it not to
 * overflow, or null when even all but one overflow. `from` is the count
 * folded last time, where the search starts.
 */
function foldsNeeded(box: HTMLElement, index: number, options: FitOptions, from: number | null): number | null {
  const items = itemsOf(box);
  const fitsFolding = (folded: number): boolean => {
    fold(box, index, folded, options, items);
    return !overflows(box);
  };
  if (from === null || from < 1 || items.length < 2) return fitsFolding(0) ? 0 : fewestFolded(items.length, fitsFolding);
  const least = fewestFolded(items.length, fitsFolding, from);
  // fewestFolded looks at 1 and more; whether nothing needs folding any more is one more check.
  if (least === 1 && fitsFolding(0)) return 0;
  return least;
}

/** Writes only what changes: even an unchanged write restyles every item under the root (a thousand notes). */
function setSize(root: HTMLElement, size: number): void {
  const value = `${size.toFixed(2)}px`;
  if (root.style.getPropertyValue('--fit-size') !== value) root.style.setProperty('--fit-size', value);
}

function setLayout(root: HTMLElement, layout: string): void {
  if (root.dataset.layout !== layout) root.dataset.layout = layout;
}

/** Lines a single item is cut to when it cannot fit whole at the floor: as many as the box has room for, then fewer until it fits. */
function clampToFit(box: HTMLElement, floor: number): void {
  const lineHeight = floor * CARD.lineHeight;
  box.setAttribute('data-fit-clamped', '');
  for (let lines = Math.max(1, Math.floor(box.clientHeight / lineHeight) - 1); lines >= 1; lines--) {
    box.style.setProperty('--fit-clamp', String(lines));
    if (!overflows(box)) return;
  }
}

/**
 * Sizes the text under `root` to the largest size in [floor, max] (in steps
 * of searchFit's precision) at which no box overflows, trying each layout in
 * turn. When none fits even at the floor, the last layout is kept at the floor
 * and each overflowing box folds as few items as it must into its "+N more"
 * line; a lone item too long for its box is cut to the lines that fit. The
 * text never goes below the floor.
 *
 * `previous` (the result last time, same root, or an estimate of it) only says
 * where to start looking: the result is the same with or without it, found in
 * a few layouts instead of a dozen. So does `options.ceiling`, which holds only when items were only added.
 */
export function applyFit(root: HTMLElement, options: FitOptions, previous: FitResult | null = null): FitResult {
  const boxes = Array.from(root.querySelectorAll<HTMLElement>('[data-fit-box]'));
  if (previous && previous.folded.length === boxes.length && previous.folded.some((count) => count > 0)) {
    const refolded = refitFolded(root, boxes, options, previous.folded);
    if (refolded) return finish(root, paginate(boxes, options, refolded));
  }
  boxes.forEach((box, index) => {
    fold(box, index, 0, options);
    unclamp(box);
  });
  const fitsAll = (size: number): boolean => {
    setSize(root, size);
    return boxes.every((box) => !overflows(box));
  };
  const layouts = options.layouts.length > 0 ? options.layouts : [''];
  const { ceiling } = options;
  const firstTried = ceiling ? Math.max(0, layouts.indexOf(ceiling.layout)) : 0;
  for (const layout of layouts.slice(firstTried)) {
    setLayout(root, layout);
    const max = Math.max(options.floor, layout === ceiling?.layout ? Math.min(options.max, ceiling.size) : options.max);
    const size = largestFitting(options.floor, max, fitsAll, layout === previous?.layout ? previous.size : null);
    if (size !== null) {
      setSize(root, size);
      return finish(root, { size, layout, folded: boxes.map(() => 0), clamped: false });
    }
  }
  const layout = layouts[layouts.length - 1] ?? '';
  setLayout(root, layout);
  setSize(root, options.floor);
  let clamped = false;
  const folded = boxes.map((box, index) => {
    const used = settleFolds(box, index, options, foldsNeeded(box, index, options, null));
    if (used.clamped) clamped = true;
    return used.folded;
  });
  return finish(root, paginate(boxes, options, { size: options.floor, layout, folded, clamped }));
}

/**
 * Shows the asked-for page of each box that folds items: page 0 is the usual view; page k the items folded before
 * page k − 1's first, as many as fit, with the box's line saying "Page k+1 of N". A box with fewer pages shows its last.
 */
function paginate(boxes: readonly HTMLElement[], options: FitOptions, result: FitResult): FitResult {
  const asked = options.page ?? 0;
  if (asked === 0 || result.clamped || !result.folded.some((count) => count > 0)) return result;
  let pages = 1;
  boxes.forEach((box, index) => {
    const folded = result.folded[index] ?? 0;
    if (folded === 0) return;
    const items = itemsOf(box);
    const windows = pageWindows(items.length, folded, (start, end) => {
      showWindow(box, items, start, end, options, pageText(1, 2));
      return !overflows(box);
    });
    pages = Math.max(pages, windows.length);
    const shown = Math.min(asked, windows.length - 1);
    const [start, end] = windows[shown] ?? [folded, items.length];
    showWindow(box, items, start, end, options, shown === 0 ? options.moreText(awayFrom(folded, index, options), index) : pageText(shown, windows.length));
  });
  return { ...result, pages, page: Math.min(asked, pages - 1) };
}

/** Shows items [start, end) of a box (counted from the end that stays in view, as folding does) and sets its line. */
function showWindow(box: HTMLElement, items: readonly HTMLElement[], start: number, end: number, options: FitOptions, text: string): void {
  items.forEach((item, position) => {
    const rank = options.foldFrom === 'start' ? position : items.length - 1 - position;
    const hidden = rank < start || rank >= end;
    if (item.hidden !== hidden) item.hidden = hidden;
  });
  const more = moreOf(box);
  if (more) {
    if (more.hidden) more.hidden = false;
    if (more.textContent !== text) more.textContent = text;
  }
}

/** Folds `box` as `needed` says; null (nothing fits) folds all but one and cuts that one to the lines that fit. */
function settleFolds(box: HTMLElement, index: number, options: FitOptions, needed: number | null): { folded: number; clamped: boolean } {
  const used = needed ?? Math.max(0, itemsOf(box).length - 1);
  fold(box, index, used, options);
  if (needed !== null) return { folded: used, clamped: false };
  clampToFit(box, options.floor);
  return { folded: used, clamped: true };
}

/**
 * The fold result again, starting from last time's folds, when it still holds:
 * every layout but the last overflows at the floor even with one item fewer
 * folded than last time (so it would with none folded), and in the last some
 * box still needs folding at the floor. Then no size above the floor fits and
 * the full search would land on the same folds. Null when that is not shown
 * (the caller runs the full search).
 */
function refitFolded(root: HTMLElement, boxes: HTMLElement[], options: FitOptions, before: readonly number[]): FitResult | null {
  const layouts = options.layouts.length > 0 ? options.layouts : [''];
  setSize(root, options.floor);
  boxes.forEach(unclamp);
  for (const layout of layouts.slice(0, -1)) {
    setLayout(root, layout);
    boxes.forEach((box, index) => fold(box, index, Math.max(0, (before[index] ?? 0) - 1), options));
    if (boxes.every((box) => !overflows(box))) return null;
  }
  const layout = layouts[layouts.length - 1] ?? '';
  setLayout(root, layout);
  let clamped = false;
  let anyFolded = false;
  // Each box is settled before the next is looked at, as in the full search.
  const folded = boxes.map((box, index) => {
    const needed = foldsNeeded(box, index, options, before[index] ?? 0);
    if (needed !== 0) anyFolded = true;
    const used = settleFolds(box, index, options, needed);
    if (used.clamped) clamped = true;
    return used.folded;
  });
  if (!anyFolded) return null;
  return { size: options.floor, layout, folded, clamped };
}

/** Marks the result on the root: `data-fit-size`, the one attribute every projected layout reports its fit with. */
function finish(root: HTMLElement, result: FitResult): FitResult {
  const size = result.size.toFixed(2);
  if (root.dataset.fitSize !== size) root.dataset.fitSize = size;
  return result;
}
