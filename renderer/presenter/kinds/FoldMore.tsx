/** The "+N more" line of a fitted box: empty and hidden until the fit folds items into it (see fit/applyFit.ts). */
export function FoldMore() {
  return <p className="pfit-more" data-fit-more="" data-testid="presenter-fit-more" hidden />;
}

/** "+3 more": what a box says for the items it had to fold. */
export function moreText(folded: number): string {
  return `+${folded} more`;
}
