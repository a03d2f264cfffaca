import type { FoldCount } from '../../presenter/fit/foldReport';

/**
 * The control window's warning when the projector folds items into "+N more" because they cannot fit
 * at the legibility floor, e.g. "The projector shows 24 of 60 notes; 36 are folded". Null when nothing is folded.
 */
export function foldWarning(counts: readonly FoldCount[]): string | null {
  const byNoun = new Map<string, { shown: number; total: number }>();
  for (const count of counts) {
    const sum = byNoun.get(count.noun) ?? { shown: 0, total: 0 };
    byNoun.set(count.noun, { shown: sum.shown + count.shown, total: sum.total + count.total });
  }
  const parts: string[] = [];
  for (const [noun, { shown, total }] of byNoun) {
    const folded = total - shown;
    if (folded > 0) parts.push(`${shown} of ${total} ${noun}; ${folded} ${folded === 1 ? 'is' : 'are'} folded`);
  }
  return parts.length === 0 ? null : `The projector shows ${parts.join(', and ')}.`;
}
