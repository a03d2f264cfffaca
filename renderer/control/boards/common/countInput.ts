import { MAX_TALLY } from '../../../../shared/session/types';

/** What the user typed in a count box, read as a count: the number, or why it is not one. */
export type ParsedCount = { ok: true; count: number } | { ok: false; problem: string };

/** Reads a typed count: a whole number from 0 to MAX_TALLY. An empty box counts as 0. */
export function parseCount(text: string, max: number = MAX_TALLY): ParsedCount {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, count: 0 };
  if (!/^\d+$/.test(trimmed)) return { ok: false, problem: 'Type a whole number, like 3.' };
  const count = Number(trimmed);
  if (count > max) return { ok: false, problem: `A count can be at most ${max.toLocaleString('en-US')}.` };
  return { ok: true, count };
}

/** The count one step up or down, kept between 0 and MAX_TALLY. */
export function stepCount(count: number, delta: number, max: number = MAX_TALLY): number {
  return Math.min(max, Math.max(0, count + delta));
}

/** The step a key asks for in a count box: +1 for ArrowUp, + or =; −1 for ArrowDown or -; null for any other key. */
export function countKeyStep(key: string): 1 | -1 | null {
  if (key === 'ArrowUp' || key === '+' || key === '=') return 1;
  if (key === 'ArrowDown' || key === '-' || key === '_') return -1;
  return null;
}
