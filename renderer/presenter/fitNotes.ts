/** Bounds for the projected note size, from the viewport: never tiny, never absurd. */
export function noteSizeBounds(width: number, height: number): { min: number; max: number } {
  const min = Math.max(16, height * 0.021);
  const max = Math.max(min, Math.min(height * 0.05, width * 0.03));
  return { min, max };
}

/** The elements the fitting works on. */
export interface FitTargets {
  /** Fixed-height box the notes must fit in. */
  viewport: HTMLElement;
  /** The grid of notes (its children are the notes, oldest first). */
  grid: HTMLElement;
  /** Where "+N earlier notes" is written; hidden when every note fits. */
  more: HTMLElement;
}

const STEPS = 8;
/** Space between the "+N earlier notes" line and the grid (matches the CSS margin). */
const MORE_GAP_PX = 8;

/**
 * Picks the largest note size at which every projected note fits on screen.
 * When even the smallest readable size cannot hold them all, the oldest notes
 * are left out (the newest always show) and "+N earlier notes" says so.
 * Works on the DOM directly, so it can run in a layout effect without extra renders.
 */
export function fitNotes({ viewport, grid, more }: FitTargets, width: number, height: number): void {
  const notes = Array.from(grid.children) as HTMLElement[];
  for (const note of notes) note.hidden = false;
  more.hidden = true;
  more.textContent = '';
  const { min, max } = noteSizeBounds(width, height);
  const fits = () => grid.offsetHeight + (more.hidden ? 0 : more.offsetHeight + MORE_GAP_PX) <= viewport.clientHeight;
  const setSize = (size: number) => grid.style.setProperty('--note-size', `${size.toFixed(1)}px`);

  setSize(max);
  if (fits()) return;
  let low = min;
  let high = max;
  for (let step = 0; step < STEPS; step++) {
    const middle = (low + high) / 2;
    setSize(middle);
    if (fits()) low = middle;
    else high = middle;
  }
  setSize(low);
  if (fits()) return;

  more.hidden = false;
  let hide = 0;
  let lowHide = 1;
  let highHide = notes.length - 1;
  while (lowHide <= highHide) {
    const middle = Math.floor((lowHide + highHide) / 2);
    notes.forEach((note, index) => (note.hidden = index < middle));
    more.textContent = `+${middle} earlier ${middle === 1 ? 'note' : 'notes'}`;
    if (fits()) {
      hide = middle;
      highHide = middle - 1;
    } else lowHide = middle + 1;
  }
  if (hide === 0) hide = Math.max(0, notes.length - 1);
  notes.forEach((note, index) => (note.hidden = index < hide));
  more.textContent = `+${hide} earlier ${hide === 1 ? 'note' : 'notes'}`;
}
