/** Size in CSS px of a projected screen (the presenter window, or the preview's copy of it). */
export interface ScreenSize {
  width: number;
  height: number;
}

function screenOf(element: Element): HTMLElement | null {
  return element.closest<HTMLElement>('[data-presenter-screen]');
}

/**
 * The size of the projected screen `element` is drawn on: its `[data-presenter-screen]`
 * container (layout size, not scaled by a preview's transform), or the window when there is none.
 * The fit's size limits (the legibility floor above all) follow this, never the window.
 */
export function screenSizeOf(element: Element): ScreenSize {
  const screen = screenOf(element);
  if (!screen || screen.clientHeight === 0) return { width: window.innerWidth, height: window.innerHeight };
  return { width: screen.clientWidth, height: screen.clientHeight };
}

/** How much the screen is scaled on the page (1 in the presenter window; under 1 in the preview). */
export function screenScaleOf(element: Element): number {
  const screen = screenOf(element);
  if (!screen || screen.offsetWidth === 0) return 1;
  const scale = screen.getBoundingClientRect().width / screen.offsetWidth;
  return Number.isFinite(scale) && scale > 0 ? scale : 1;
}
