import { choosePresenterDisplay } from './chooseDisplay';
import type { DisplayInfo } from './chooseDisplay';
import { fitInside } from './windowBounds';
import type { WindowBounds } from './windowBounds';

/** Where the two windows are before a swap. `presenterDisplayId` is null when the presenter is not open. */
export interface SwapSituation {
  displays: readonly DisplayInfo[];
  controlDisplayId: number;
  controlBounds: WindowBounds;
  presenterDisplayId: number | null;
}

/** Where each window goes after a swap: the presenter full screen, the control window as an ordinary window (or where it is). */
export type SwapPlan =
  | {
      swapped: true;
      presenter: { displayId: number; bounds: WindowBounds };
      /** Null when the control window stays where it is. */
      control: { displayId: number; bounds: WindowBounds } | null;
    }
  | { swapped: false; reason: string };

/** Why nothing moved with a single screen. */
export const ONE_SCREEN_REASON = 'Only one screen is connected, so there is nothing to swap. Connect the projector, then press X again.';
/** Why nothing moved when the presenter is closed. */
export const NO_PRESENTER_REASON = 'The presenter is not open. Press F5 to present, then X swaps the screens.';

/**
 * Swaps the screens of the control and presenter windows (Keynote's X): the
 * presenter goes full screen on the control window's display, and the control
 * window moves to the presenter's old display, at the same place relative to
 * the work area, shrunk and moved to fit inside it. A presenter that shares
 * the control window's display goes full screen on the best other display and
 * the control window stays. With one display there is nothing to swap.
 */
export function planDisplaySwap(situation: SwapSituation): SwapPlan {
  const { displays, controlDisplayId, controlBounds, presenterDisplayId } = situation;
  if (displays.length < 2) return { swapped: false, reason: ONE_SCREEN_REASON };
  if (presenterDisplayId === null) return { swapped: false, reason: NO_PRESENTER_REASON };
  const controlDisplay = displays.find((display) => display.id === controlDisplayId) ?? displays[0];
  const presenterDisplay = displays.find((display) => display.id === presenterDisplayId);
  if (!controlDisplay) return { swapped: false, reason: ONE_SCREEN_REASON };

  if (!presenterDisplay || presenterDisplay.id === controlDisplay.id) {
    const placement = choosePresenterDisplay(displays, controlDisplay.id);
    const target = displays.find((display) => display.id === placement?.displayId && display.id !== controlDisplay.id);
    if (!target) return { swapped: false, reason: ONE_SCREEN_REASON };
    return { swapped: true, presenter: { displayId: target.id, bounds: { ...target.bounds } }, control: null };
  }

  return {
    swapped: true,
    presenter: { displayId: controlDisplay.id, bounds: { ...controlDisplay.bounds } },
    control: { displayId: presenterDisplay.id, bounds: moveToArea(controlBounds, controlDisplay.workArea, presenterDisplay.workArea) },
  };
}

/** Moves bounds from one work area to another, keeping their offset from its top-left corner, and fits them inside. */
function moveToArea(bounds: WindowBounds, from: WindowBounds, to: WindowBounds): WindowBounds {
  const moved = { ...bounds, x: to.x + (bounds.x - from.x), y: to.y + (bounds.y - from.y) };
  return fitInside(moved, to);
}
