import type { FoldCount } from '../../projector/fit/foldReport';

/**
 * The control window's warning when the projector folds items into "+N more" because they cannot fit
 * at the legibility floor, e.g. "The projector shows 24 of 60 notes; 36 are folded". Null when nothing is folded.
 */
export function foldWarning(counts: readonly FoldCount[]): string | null {
  const byNoun = new Map<string, { noun: string; how: 'folded' | 'dots'; shown: number; total: number }>();
  for (const count of counts) {
    const how = count.how ?? 'folded';
    const key = `${how}|${count.noun}`;
    const sum = byNoun.get(key) ?? { noun: count.noun, how, shown: 0, total: 0 };
    byNoun.set(key, { ...sum, shown: sum.shown + count.shown, total: sum.total + count.total });
  }
  const parts: string[] = [];
  for (const { noun, how, shown, total } of byNoun.values()) {
    const lost = total - shown;
    if (lost <= 0) continue;
    const are = lost === 1 ? 'is' : 'are';
    parts.push(how === 'folded' ? `${shown} of ${total} ${noun}; ${lost} ${are} folded` : `${shown} of ${total} ${noun} in full; ${lost} ${are} only a dot, with no room for the words there`);
  }
  return parts.length === 0 ? null : `The projector shows ${parts.join(', and ')}.`;
}
