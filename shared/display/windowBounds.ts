import type { DisplayInfo } from './chooseDisplay';

/** A window's position and size in screen coordinates. */
export interface WindowBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How much of a saved window must fall on a connected display for it to be reused: its title-bar strip, this tall. */
const GRAB_STRIP_PX = 32;
/** Of the title-bar strip, at least this much width must be on one display, so the window can be grabbed and moved. */
const MIN_VISIBLE_WIDTH_PX = 120;

/**
 * The bounds to open a window with: the saved ones when the window's title
 * bar is still on a connected display (so it can be seen and dragged), and
 * no larger than that display's work area; otherwise the default size,
 * centred in the work area of the first display (the primary one). Saved
 * bounds from a projector that is gone, or from a bigger screen, never put
 * a window out of reach.
 */
export function checkSavedBounds(saved: WindowBounds | null, displays: readonly DisplayInfo[], fallback: { width: number; height: number }): WindowBounds | null {
  const primary = displays[0];
  if (!primary) return null;
  const reused = reuseSavedBounds(saved, displays);
  if (reused) return reused;
  const area = primary.workArea;
  const width = Math.min(fallback.width, area.width);
  const height = Math.min(fallback.height, area.height);
  return { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height };
}

/**
 * The saved bounds, shrunk and moved inside the work area of the display that holds their title bar, or null
 * when there are none, they are nonsense, or no connected display shows enough of their title bar to grab it.
 */
export function reuseSavedBounds(saved: WindowBounds | null, displays: readonly DisplayInfo[]): WindowBounds | null {
  if (!saved || !isUsable(saved)) return null;
  const home = displays.find((display) => visibleStripWidth(saved, display.workArea) >= MIN_VISIBLE_WIDTH_PX);
  return home ? fitInside(saved, home.workArea) : null;
}

function isUsable(bounds: WindowBounds): boolean {
  return [bounds.x, bounds.y, bounds.width, bounds.height].every(Number.isFinite) && bounds.width > 0 && bounds.height > 0;
}

function visibleStripWidth(bounds: WindowBounds, area: WindowBounds): number {
  const stripTop = bounds.y;
  const stripBottom = bounds.y + Math.min(GRAB_STRIP_PX, bounds.height);
  if (stripBottom <= area.y || stripTop >= area.y + area.height) return 0;
  return Math.max(0, Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x));
}

/** Shrinks bounds to the work area and moves them inside it. */
export function fitInside(bounds: WindowBounds, area: WindowBounds): WindowBounds {
  const width = Math.min(bounds.width, area.width);
  const height = Math.min(bounds.height, area.height);
  const x = Math.min(Math.max(bounds.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(bounds.y, area.y), area.y + area.height - height);
  return { x, y, width, height };
}
