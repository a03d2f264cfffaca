import { fewestFolded, largestFitting } from './searchFit';

/**
 * The page side of the projector's auto-fit for the kind layouts. The markup
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
  foldFrom: 'start' | 'end';
  /** The text of the "+N more" line for `folded` items of box number `box`. */
  moreText: (folded: number, box: number) => string;
}

/** What the fit chose, for tests and data attributes. */
export interface FitResult {
  size: number;
  layout: string;
  /** Items folded per box. */
  folded: number[];
  /** Whether items had to be cut to a few lines (a single item too long for its box). */
  clamped: boolean;
}

/** One px of slack: sub-pixel rounding must not count as overflow. */
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

function fold(box: HTMLElement, index: number, folded: number, options: FitOptions): void {
  const items = itemsOf(box);
  items.forEach((item, position) => {
    item.hidden = options.foldFrom === 'start' ? position < folded : position >= items.length - folded;
  });
  const more = moreOf(box);
  if (more) {
    more.hidden = folded === 0;
    more.textContent = folded === 0 ? '' : options.moreText(folded, index);
  }
}

function setSize(root: HTMLElement, size: number): void {
  root.style.setProperty('--fit-size', `${size.toFixed(2)}px`);
}

/** Lines a single item is cut to when it cannot fit whole at the floor: as many as the box has room for, then fewer until it fits. */
function clampToFit(box: HTMLElement, floor: number): void {
  const lineHeight = floor * 1.25;
  box.setAttribute('data-fit-clamped', '');
  for (let lines = Math.max(1, Math.floor(box.clientHeight / lineHeight) - 1); lines >= 1; lines--) {
    box.style.setProperty('--fit-clamp', String(lines));
    if (!overflows(box)) return;
  }
}

/**
 * Sizes the text under `root` to the largest size in [floor, max] at which no
 * box overflows, trying each layout in turn. When none fits even at the floor,
 * the last layout is kept at the floor and each overflowing box folds as few
 * items as it must into its "+N more" line; a lone item too long for its box
 * is cut to the lines that fit. The text never goes below the floor.
 */
export function applyFit(root: HTMLElement, options: FitOptions): FitResult {
  const boxes = Array.from(root.querySelectorAll<HTMLElement>('[data-fit-box]'));
  boxes.forEach((box, index) => {
    fold(box, index, 0, options);
    box.removeAttribute('data-fit-clamped');
    box.style.removeProperty('--fit-clamp');
  });
  const fitsAll = (size: number): boolean => {
    setSize(root, size);
    return boxes.every((box) => !overflows(box));
  };
  const layouts = options.layouts.length > 0 ? options.layouts : [''];
  for (const layout of layouts) {
    root.dataset.layout = layout;
    const size = largestFitting(options.floor, Math.max(options.floor, options.max), fitsAll);
    if (size !== null) {
      setSize(root, size);
      return finish(root, { size, layout, folded: boxes.map(() => 0), clamped: false });
    }
  }
  const layout = layouts[layouts.length - 1] ?? '';
  root.dataset.layout = layout;
  setSize(root, options.floor);
  let clamped = false;
  const folded = boxes.map((box, index) => {
    if (!overflows(box)) return 0;
    const count = itemsOf(box).length;
    const needed = fewestFolded(count, (n) => {
      fold(box, index, n, options);
      return !overflows(box);
    });
    const used = needed ?? Math.max(0, count - 1);
    fold(box, index, used, options);
    if (needed === null) {
      clampToFit(box, options.floor);
      clamped = true;
    }
    return used;
  });
  return finish(root, { size: options.floor, layout, folded, clamped });
}

function finish(root: HTMLElement, result: FitResult): FitResult {
  root.dataset.fitSize = result.size.toFixed(2);
  return result;
}
