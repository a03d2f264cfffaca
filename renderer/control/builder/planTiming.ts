import type { WorkshopDocument } from './workshopDocument';
import { activitiesOf } from './workshopDocument';

/** The plan's timing, as the builder shows it beside the agenda. */
export interface PlanTiming {
  /** Minutes planned in all (activities whose minutes are not a number count as 0). */
  totalMinutes: number;
  /** Each activity's planned start, as "HH:MM", or null without a valid start time. */
  startsAt: (string | null)[];
  /** When the plan ends, as "HH:MM" (the next day is marked), or null without a valid start time. */
  finishesAt: string | null;
  /** Minutes the plan runs past the time available (0 when it fits or no time is set). */
  minutesOver: number;
}

const MINUTES_PER_DAY = 24 * 60;

/** Running total, each activity's start, the finish and how far past the time available the plan runs. */
export function planTiming(document: WorkshopDocument): PlanTiming {
  const minutes = activitiesOf(document).map((activity) => (typeof activity.plannedMinutes === 'number' && activity.plannedMinutes > 0 ? activity.plannedMinutes : 0));
  const start = minutesOfDay(document.plannedStart);
  const startsAt: (string | null)[] = [];
  let elapsed = 0;
  for (const each of minutes) {
    startsAt.push(start === null ? null : clock(start + elapsed));
    elapsed += each;
  }
  const available = typeof document.availableMinutes === 'number' && document.availableMinutes > 0 ? document.availableMinutes : null;
  return {
    totalMinutes: elapsed,
    startsAt,
    finishesAt: start === null ? null : clock(start + elapsed),
    minutesOver: available === null ? 0 : Math.max(0, elapsed - available),
  };
}

/** "HH:MM" as minutes since midnight, or null when it is not a 24-hour time. */
export function minutesOfDay(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** Minutes since midnight as "HH:MM", with "(next day)" past midnight. */
function clock(total: number): string {
  const inDay = total % MINUTES_PER_DAY;
  const text = `${String(Math.floor(inDay / 60)).padStart(2, '0')}:${String(inDay % 60).padStart(2, '0')}`;
  return total >= MINUTES_PER_DAY ? `${text} (next day)` : text;
}
