/**
 * The projector's legibility rule (issue #5), the one place it is written: body text is never smaller than
 * 1/30 of the projected screen's height, nor than 18 px (24 px on a 1280×720 projector, 36 px at 1920×1080).
 * The fit engine keeps fitted text at or above `legibleFloorPx`; every other projected text reads the same rule
 * as the CSS length `--p-floor`, which the projected screen sets from `LEGIBLE_FLOOR_CSS`.
 */

/** Text is at least this fraction of the screen height: 1/30. */
export const LEGIBLE_HEIGHT_DIVISOR = 30;

/** And never under this many px, however small the screen. */
export const LEGIBLE_MIN_PX = 18;

/** The floor in px for a screen `height` px tall, rounded up to 0.01 px so that the page never undercuts it. */
export function legibleFloorPx(height: number): number {
  return Math.max(LEGIBLE_MIN_PX, Math.ceil((height / LEGIBLE_HEIGHT_DIVISOR) * 100 - 1e-6) / 100);
}

/** The same floor as a CSS length in the projected screen's own container units (so the preview follows it too). */
export const LEGIBLE_FLOOR_CSS = `max(${LEGIBLE_MIN_PX}px, calc(100cqh / ${LEGIBLE_HEIGHT_DIVISOR}))`;
