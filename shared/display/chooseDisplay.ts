/** A connected display, as the Electron shell describes it to the pure placement logic. */
export interface DisplayInfo {
  id: number;
  label: string;
  bounds: { x: number; y: number; width: number; height: number };
  workArea: { x: number; y: number; width: number; height: number };
  internal: boolean;
}

/** Where the presenter window goes. */
export interface PresenterPlacement {
  displayId: number;
  /** Full screen on a separate display; a normal window when sharing the control window's display. */
  fullscreen: boolean;
}

/** The projector the facilitator used last time, remembered by label and resolution. */
export interface RememberedDisplay {
  label: string;
  width: number;
  height: number;
}

/**
 * Picks the display for the presenter window: the remembered projector if it
 * is connected, else the largest display that is not the control window's
 * (external before internal), else the control window's own display as an
 * ordinary window.
 */
export function choosePresenterDisplay(
  displays: readonly DisplayInfo[],
  controlDisplayId: number,
  remembered: RememberedDisplay | null = null,
): PresenterPlacement | null {
  if (displays.length === 0) return null;
  const others = displays.filter((display) => display.id !== controlDisplayId);
  const rememberedMatch = remembered
    ? others.find((d) => d.label === remembered.label && d.bounds.width === remembered.width && d.bounds.height === remembered.height)
    : undefined;
  if (rememberedMatch) return { displayId: rememberedMatch.id, fullscreen: true };
  const best = [...others].sort((a, b) => Number(a.internal) - Number(b.internal) || area(b) - area(a) || a.id - b.id)[0];
  if (best) return { displayId: best.id, fullscreen: true };
  const control = displays.find((display) => display.id === controlDisplayId) ?? displays[0];
  return control ? { displayId: control.id, fullscreen: false } : null;
}

function area(display: DisplayInfo): number {
  return display.bounds.width * display.bounds.height;
}
