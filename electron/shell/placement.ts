import { choosePresenterDisplay } from '../../shared/display/chooseDisplay';
import type { DisplayInfo, RememberedDisplay } from '../../shared/display/chooseDisplay';
import { reuseSavedBounds } from '../../shared/display/windowBounds';
import type { WindowBounds } from '../../shared/display/windowBounds';

/** A rectangle in screen coordinates (DIP). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Size of the presenter when it is an ordinary window: a 16:9 preview. */
export const PRESENTER_WINDOW_SIZE = { width: 960, height: 540 } as const;

const GAP = 16;

/**
 * Bounds for the presenter as an ordinary window on the control window's
 * display: to the right of the control window if it fits, else to its left,
 * else overlapping it with an offset, always kept inside the work area.
 */
export function besideControl(control: Rect, workArea: Rect, size: { width: number; height: number } = PRESENTER_WINDOW_SIZE): Rect {
  const width = Math.min(size.width, workArea.width);
  const height = Math.min(size.height, workArea.height);
  const right = control.x + control.width + GAP;
  const left = control.x - GAP - width;
  let x: number;
  if (right + width <= workArea.x + workArea.width) x = right;
  else if (left >= workArea.x) x = left;
  else x = control.x + 48;
  const y = control.y + 48;
  return {
    x: clamp(x, workArea.x, workArea.x + workArea.width - width),
    y: clamp(y, workArea.y, workArea.y + workArea.height - height),
    width,
    height,
  };
}

/** The smallest the presenter may be as an ordinary window: still a readable 16:9 rehearsal view. */
export const PRESENTER_MIN_SIZE = { width: 480, height: 270 } as const;

/**
 * Bounds for the presenter as an ordinary window (one-screen rehearsal): where
 * the facilitator last left it, when its title bar is still on a connected
 * display (shrunk to fit that display), else beside the control window on the
 * given display. Saved bounds smaller than the minimum size are not reused.
 */
export function rehearsalBounds(saved: WindowBounds | null, displays: readonly DisplayInfo[], control: Rect, target: DisplayInfo): Rect {
  const tooSmall = saved !== null && (saved.width < PRESENTER_MIN_SIZE.width || saved.height < PRESENTER_MIN_SIZE.height);
  const reused = tooSmall ? null : reuseSavedBounds(saved, displays);
  return reused ?? besideControl(control, target.workArea);
}

/**
 * Whether the presenter's bounds are worth remembering for the next rehearsal: not when they cover a whole
 * display (it is full screen, or on its way in or out of full screen), nor when they are smaller than allowed.
 */
export function isRehearsalWindow(bounds: Rect, displays: readonly DisplayInfo[]): boolean {
  if (bounds.width < PRESENTER_MIN_SIZE.width || bounds.height < PRESENTER_MIN_SIZE.height) return false;
  return !displays.some(({ bounds: d }) => d.x === bounds.x && d.y === bounds.y && d.width === bounds.width && d.height === bounds.height);
}

/** Where the presenter is now, as the shell tracks it. */
export interface PresenterWhere {
  displayId: number;
  fullscreen: boolean;
}

/** What to do with an open presenter window after the set of displays changed. */
export type PresenterMove = { kind: 'stay' } | { kind: 'fullscreen'; displayId: number } | { kind: 'window'; displayId: number };

/**
 * A display was connected: if the presenter is only a window on the control
 * window's display and there is now a separate display for it, send it there
 * full screen. A presenter already on a projector stays where it is.
 */
export function afterDisplayAdded(
  displays: readonly DisplayInfo[],
  controlDisplayId: number,
  current: PresenterWhere,
  remembered: RememberedDisplay | null,
): PresenterMove {
  if (current.fullscreen && displays.some((display) => display.id === current.displayId)) return { kind: 'stay' };
  const placement = choosePresenterDisplay(displays, controlDisplayId, remembered);
  if (placement?.fullscreen && placement.displayId !== controlDisplayId) return { kind: 'fullscreen', displayId: placement.displayId };
  return { kind: 'stay' };
}

/**
 * A display was disconnected: if it was the presenter's (or the system has
 * already moved a full-screen presenter over the control window), bring the
 * presenter back as an ordinary window on the control window's display, so
 * it is never stranded on a screen that is gone.
 */
export function afterDisplayRemoved(
  displays: readonly DisplayInfo[],
  removedId: number,
  controlDisplayId: number,
  current: PresenterWhere,
): PresenterMove {
  const stillThere = displays.some((display) => display.id === current.displayId);
  const coversControl = current.fullscreen && current.displayId === controlDisplayId;
  if (current.displayId !== removedId && stillThere && !coversControl) return { kind: 'stay' };
  const home = displays.find((display) => display.id === controlDisplayId) ?? displays[0];
  return home ? { kind: 'window', displayId: home.id } : { kind: 'stay' };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
