/** What a fitted box's items are called, for the "+N" line and the control window's warning. */
export interface ItemNoun {
  one: string;
  many: string;
}

/** Which end of a box's list folds first: the oldest (`start`, the newest stay in view) or the last listed (`end`). */
export type FoldFrom = 'start' | 'end';

/**
 * The one wording of a fold, on every projected layout: it says how many and what, and for lists that keep the
 * newest in view that the folded ones came earlier ("+12 earlier notes"); a list folded from its end says
 * "+3 more options".
 */
export function foldText(folded: number, noun: ItemNoun, from: FoldFrom): string {
  return `+${folded} ${from === 'start' ? 'earlier' : 'more'} ${folded === 1 ? noun.one : noun.many}`;
}

/** What a box says while the room pages through its folded items. */
export function pageText(page: number, pages: number): string {
  return `Page ${page + 1} of ${pages}`;
}
