import { REFERENCE_PX, noteSizeBounds, planNoteLayout } from './fitNotes';
import type { MeasureText, NotePlan } from './fitNotes';
import { pageText } from './fit/applyFit';
import { fewestFolded, pageWindows } from './fit/searchFit';
import { screenScaleOf } from './fit/screenSize';

/** The elements the fitting works on. */
export interface FitTargets {
  /** Fixed-size box the notes must fit in. */
  viewport: HTMLElement;
  /** The list of notes (its children are the notes, oldest first). */
  grid: HTMLElement;
  /** Where "+N earlier notes" is written; hidden when every note fits. */
  more: HTMLElement;
}

/** How often the page may ask for a smaller layout when the estimate came out a little short, and how much smaller. */
const SHRINK_TRIES = 12;
const SHRINK_STEP = 0.98;
/** How many steps larger the page may try when the estimate left room, and how much larger each is. */
const GROW_TRIES = 6;
const GROW_STEP = 0.98;

let canvasContext: CanvasRenderingContext2D | null = null;
const widthCache = new Map<string, number>();

/** Measures text with a canvas in the notes' own font, at REFERENCE_PX. */
function canvasMeasure(sample: Element): MeasureText {
  const style = getComputedStyle(sample);
  const font = `${style.fontStyle} ${style.fontWeight} ${REFERENCE_PX}px ${style.fontFamily}`;
  canvasContext ??= document.createElement('canvas').getContext('2d');
  const context = canvasContext;
  if (!context) return (text) => text.length * 0.6 * REFERENCE_PX;
  context.font = font;
  if (widthCache.size > 20_000) widthCache.clear();
  return (text) => {
    const key = `${font}\u0000${text}`;
    let width = widthCache.get(key);
    if (width === undefined) {
      width = context.measureText(text).width;
      widthCache.set(key, width);
    }
    return width;
  };
}

/** Sets a style property only when it changes: an unchanged write still restyles every note under it. */
function setStyle(element: HTMLElement, name: string, value: string | null): void {
  if (element.style.getPropertyValue(name) === (value ?? '')) return;
  if (value === null) element.style.removeProperty(name);
  else element.style.setProperty(name, value);
}

function applyPlan({ grid, more }: FitTargets, notes: HTMLElement[], plan: NotePlan): void {
  // Only what changes is written: with a thousand notes, rewriting each would cost a restyle of all of them per try.
  setStyle(grid, '--note-size', `${plan.size.toFixed(1)}px`);
  if (plan.clampLines === null) {
    if (grid.hasAttribute('data-clamp')) grid.removeAttribute('data-clamp');
    setStyle(grid, '--note-clamp', null);
  } else {
    if (!grid.hasAttribute('data-clamp')) grid.setAttribute('data-clamp', '');
    setStyle(grid, '--note-clamp', String(plan.clampLines));
  }
  notes.forEach((note, index) => {
    const hidden = index < plan.hidden;
    if (note.hidden !== hidden) note.hidden = hidden;
  });
  const moreText = plan.hidden === 0 ? '' : `+${plan.hidden} earlier ${plan.hidden === 1 ? 'note' : 'notes'}`;
  if (more.hidden !== (plan.hidden === 0)) more.hidden = plan.hidden === 0;
  if (more.textContent !== moreText) more.textContent = moreText;
  grid.dataset.noteSize = plan.size.toFixed(1);
}

let moreHeightFor: { viewportHeight: number; height: number } | null = null;

/** Height the "+N earlier notes" line takes, its margin included (its type follows the window height only). */
function moreLineHeight(more: HTMLElement, viewportHeight: number): number {
  if (moreHeightFor?.viewportHeight === viewportHeight) return moreHeightFor.height;
  more.hidden = false;
  more.textContent = '+99 earlier notes';
  const height = more.getBoundingClientRect().height / screenScaleOf(more) + parseFloat(getComputedStyle(more).marginBottom || '0');
  more.hidden = true;
  more.textContent = '';
  moreHeightFor = { viewportHeight, height };
  return height;
}

function overflows({ viewport, grid, more }: FitTargets): boolean {
  // Rectangles are on the page, scaled with a preview; the slack is in the screen's own px.
  const slack = 0.5 * screenScaleOf(viewport);
  const box = viewport.getBoundingClientRect();
  const gridBox = grid.getBoundingClientRect();
  const moreBottom = more.hidden ? box.top : more.getBoundingClientRect().bottom;
  return gridBox.bottom > box.bottom + slack || moreBottom > box.bottom + slack || grid.scrollWidth > grid.clientWidth + 1;
}

/** The next larger layout to try when the page has room the estimate did not see, or null. */
function oneStepLarger(plan: NotePlan, maxSize: number): NotePlan | null {
  if (plan.clampLines !== null) return null;
  if (plan.hidden > 0) return { ...plan, hidden: plan.hidden - 1 };
  const size = Math.floor(Math.min(maxSize, plan.size / GROW_STEP) * 10) / 10;
  return size > plan.size ? { ...plan, size } : null;
}

/**
 * The fewest folded notes at which the page really fits, at the plan's size: the estimate only says where to start
 * looking. A fold is kept only when the next note truly does not fit (not because the estimate saw less room).
 */
function fewestFoldedThatFit(targets: FitTargets, notes: HTMLElement[], plan: NotePlan): NotePlan {
  const fitsFolding = (hidden: number): boolean => {
    applyPlan(targets, notes, { ...plan, hidden });
    return !overflows(targets);
  };
  const hidden = fitsFolding(0) ? 0 : (fewestFolded(notes.length, fitsFolding, plan.hidden) ?? plan.hidden);
  const settled = { ...plan, hidden };
  applyPlan(targets, notes, settled);
  return settled;
}

/**
 * Sizes the projected notes in the page: plans with measured text widths
 * (planNoteLayout), applies the plan, then checks the real layout. If the page
 * came out taller than estimated, it asks for a slightly smaller size (or, at
 * the floor, one more folded note) until it fits; if it came out with room to
 * spare, it tries a step larger (or one fewer folded note) while that still fits.
 * Returns the plan used.
 */
export function fitNotes(targets: FitTargets, viewportWidth: number, viewportHeight: number): NotePlan | null {
  const { viewport, grid, more } = targets;
  const notes = Array.from(grid.children) as HTMLElement[];
  more.hidden = true;
  more.textContent = '';
  const first = notes[0];
  if (!first) return null;
  // Notes folded last time stay folded until the new plan is applied: showing them all first would only cost a layout.

  const area = viewport.getBoundingClientRect();
  const scale = screenScaleOf(viewport);
  const input = {
    texts: notes.map((note) => note.textContent ?? ''),
    areaWidth: area.width / scale,
    areaHeight: area.height / scale,
    viewportWidth,
    viewportHeight,
    moreHeight: moreLineHeight(more, viewportHeight),
    measure: canvasMeasure(first.firstElementChild ?? first),
  };
  const bounds = noteSizeBounds(viewportWidth, viewportHeight);
  let sizeCap: number | undefined;
  let minHidden = 0;
  let plan = planNoteLayout(input);
  let fits = false;
  for (let attempt = 0; attempt < SHRINK_TRIES; attempt++) {
    applyPlan(targets, notes, plan);
    fits = !overflows(targets);
    if (fits) break;
    if (plan.size > bounds.min + 0.1) sizeCap = plan.size * SHRINK_STEP;
    else if (plan.hidden < notes.length - 1) minHidden = plan.hidden + 1;
    else break;
    plan = planNoteLayout({ ...input, sizeCap, minHidden });
  }
  if (!fits) {
    applyPlan(targets, notes, plan);
    return plan;
  }
  if (plan.hidden > 0 && plan.clampLines === null) plan = fewestFoldedThatFit(targets, notes, plan);
  for (let step = 0; step < GROW_TRIES; step++) {
    const larger = oneStepLarger(plan, bounds.max);
    if (!larger) break;
    applyPlan(targets, notes, larger);
    if (overflows(targets)) {
      applyPlan(targets, notes, plan);
      break;
    }
    plan = larger;
  }
  return plan;
}

/**
 * Shows page `page` of the notes folded by `plan` (fitNotes): page 0 is the plan as it is; page k the notes said
 * before page k − 1's first, as many as fit at the plan's size, under "Page k+1 of N". Null when nothing is folded
 * or the room is on the first page (the pages are then not worked out).
 */
export function pageNotes(targets: FitTargets, plan: NotePlan, page: number): { page: number; pages: number } | null {
  if (page === 0 || plan.hidden === 0 || plan.clampLines !== null) return null;
  const notes = Array.from(targets.grid.children) as HTMLElement[];
  const show = (start: number, end: number, text: string) => {
    notes.forEach((note, index) => {
      const hidden = index < start || index >= end;
      if (note.hidden !== hidden) note.hidden = hidden;
    });
    if (targets.more.hidden) targets.more.hidden = false;
    if (targets.more.textContent !== text) targets.more.textContent = text;
  };
  const windows = pageWindows(notes.length, plan.hidden, (start, end) => {
    show(start, end, pageText(1, 2));
    return !overflows(targets);
  });
  const shown = Math.min(page, windows.length - 1);
  const [start, end] = windows[shown] ?? [plan.hidden, notes.length];
  if (shown === 0) applyPlan(targets, notes, plan);
  else show(start, end, pageText(shown, windows.length));
  return { page: shown, pages: windows.length };
}
