/** Marks the text box where the current activity's notes are typed (the capture box, or a commitment's first field). */
export const CAPTURE_TARGET_ATTRIBUTE = 'data-capture-target';

/** Props that mark an input as the capture target. */
export const captureTargetProps = { [CAPTURE_TARGET_ATTRIBUTE]: '' } as const;

/** Whether an element is the current activity's capture target. */
export function isCaptureTarget(element: Element): boolean {
  return element.hasAttribute(CAPTURE_TARGET_ATTRIBUTE);
}

/** The capture target of the activity on screen, if it has one (a scale, or a reflection before its sharing stage, has none). */
export function findCaptureTarget(root: ParentNode = document): HTMLInputElement | null {
  const found = root.querySelector(`input[${CAPTURE_TARGET_ATTRIBUTE}]:not([disabled])`);
  return found instanceof HTMLInputElement ? found : null;
}

/**
 * Puts the focus where the facilitator types next: the capture target, else the activity itself (so the keys
 * and a screen reader start from there). Returns whether a text box got the focus.
 */
export function focusCaptureTarget(): boolean {
  const target = findCaptureTarget();
  if (target) {
    target.focus({ preventScroll: false });
    return true;
  }
  const activity = document.querySelector<HTMLElement>('main.activity');
  activity?.focus({ preventScroll: true });
  return false;
}
