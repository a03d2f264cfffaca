/** Puts the focus in the review queue (Alt+R), where A and H review its first note; false when no note waits. */
export function focusReviewQueue(): boolean {
  const queue = document.querySelector<HTMLElement>('[data-testid="review-queue"]');
  queue?.focus();
  return queue !== null;
}
