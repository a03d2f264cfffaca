import { own } from '../util/own';
import { elapsedMs } from './timer';
import type { TimerState } from './timer';
import type { Activity, SessionState } from './types';

const MINUTE_MS = 60_000;

/** Where the session is heading, from the time actually used so far and the plan for what remains. */
export interface AgendaForecast {
  /** Whether any activity has used time yet (before that, the plan is all there is). */
  started: boolean;
  /** Time still to go: what the current activity has left (its timer, with any minutes added), then each one to come as planned. */
  remainingMs: number;
  /** How much longer than planned the whole agenda will take at this pace (negative: shorter). */
  overMs: number;
}

/**
 * The agenda's finish forecast at host time `now`. Activities behind the current one count what they used (nothing
 * for one skipped); the current one and every one still to come count the larger of what they used and what their
 * timer allows (the workshop's plan, or what the facilitator re-planned, with any minutes added), except those
 * dropped from the plan (`skippedActivityIds`), which count nothing. Compared with the workshop's planned total (which
 * an activity added during the session is not part of), that is how far over or under the session runs; what remains
 * of it, added to the clock, is when it ends.
 */
export function agendaForecast(
  agenda: readonly Activity[],
  timers: Readonly<Record<string, TimerState>>,
  currentActivityId: string,
  now: number,
  plan: Pick<SessionState, 'skippedActivityIds' | 'addedActivityIds'> = {},
): AgendaForecast {
  const currentIndex = agenda.findIndex((activity) => activity.id === currentActivityId);
  let started = false;
  let remainingMs = 0;
  let overMs = 0;
  for (const [index, activity] of agenda.entries()) {
    const plannedMs = plan.addedActivityIds?.includes(activity.id) ? 0 : activity.plannedMinutes * MINUTE_MS;
    const timer = own(timers, activity.id);
    const used = timer ? elapsedMs(timer, now) : 0;
    if (used > 0) started = true;
    if (index < currentIndex) {
      overMs += used - plannedMs;
      continue;
    }
    const allowedMs = timer ? timer.plannedMs + timer.adjustMs : plannedMs;
    const dropped = index !== currentIndex && used === 0 && (plan.skippedActivityIds?.includes(activity.id) ?? false);
    // What is still to come counts its timer's length: the plan, or what the facilitator re-planned it to.
    const left = dropped ? 0 : Math.max(0, allowedMs - used);
    remainingMs += left;
    overMs += used + left - plannedMs;
  }
  return { started, remainingMs, overMs };
}
