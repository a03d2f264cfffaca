/**
 * The one fold element of every projected layout: the "+N" line of a fitted box, empty and hidden until the fit
 * engine folds items into it (see fit/applyFit.ts; the wording is fit/foldText.ts), or the page the room is shown.
 */
export function FoldMore() {
  return <p className="pfit-more" data-fit-more="" data-testid="presenter-fit-more" hidden />;
}
