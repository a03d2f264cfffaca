import { z } from 'zod';
import type { TimerState } from './timer';
import { MAX_TALLY } from './types';

/** An id as a session file stores it (notes, activities, columns, statements). */
export const storedId = z.string().min(1).max(64);

/** A host clock reading in a session file. */
export const storedTime = z.number().finite().nonnegative();

/** A count a tally holds (dots, hands, fingers). */
export const tallySchema = z.number().int().min(0).max(MAX_TALLY);

/** A timer as a session file stores it. */
export const timerSchema = z.object({
  plannedMs: z.number().int().nonnegative(),
  adjustMs: z.number().int(),
  usedMs: z.number().nonnegative(),
  startedAt: storedTime.nullable(),
}) satisfies z.ZodType<TimerState>;

/** Most activities an agenda holds; records keyed by activity hold no more. */
export const MAX_AGENDA_ACTIVITIES = 200;

/**
 * A record that refuses more than `max` keys before checking any value, so a
 * file with 400,000 entries costs one key count, not 400,000 validations.
 */
export function boundedRecord<V extends z.ZodType>(value: V, max: number, what: string) {
  return z
    .unknown()
    .refine((input) => typeof input !== 'object' || input === null || Object.keys(input).length <= max, {
      message: `holds more than ${max.toLocaleString('en')} ${what}, more than a session can have`,
      abort: true,
    })
    .pipe(z.record(storedId, value));
}
