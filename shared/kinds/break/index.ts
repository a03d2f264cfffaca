import { totalMs } from '../../session/timer';
import type { TimerState } from '../../session/timer';

/*
 * What a break tells the room, worked out from its timer alone (pure: the clock offset and the time format come from
 * the window). The projector and the control board both read it, so they say the same thing.
 */

/** One minute in milliseconds. */
const MINUTE_MS = 60_000;

/** What a break's screen says: how long it will be, when the room is back, or how much is left while it is paused. */
export type BreakClock =
  | { state: 'planned'; minutes: number }
  | { state: 'running'; backAtHostMs: number }
  | { state: 'paused'; minutesLeft: number };

/**
 * When the break's timer reaches zero, on the host's clock: the host's clock at the timer's start plus the time it had
 * left then (the same as now plus the time remaining, at any moment of the run). Null while the timer is not running,
 * since a paused break has no end yet.
 */
export function backAtHostMs(timer: TimerState): number | null {
  if (timer.startedAt === null) return null;
  return timer.startedAt + totalMs(timer) - timer.usedMs;
}

/**
 * The break's end as a time on this window's clock, to the nearest whole minute. The host's clock is this window's plus
 * `clockOffsetMs` (as `useHostNow` reads it), so the offset is taken off. A break rarely ends on a whole minute; the
 * nearest one is what a facilitator would write on a flip chart, and never more than 30 s off the countdown.
 */
export function backAtLocalMs(backAtHost: number, clockOffsetMs: number): number {
  return Math.round((backAtHost - clockOffsetMs) / MINUTE_MS) * MINUTE_MS;
}

/**
 * What the break's screen says: its length before the timer starts (planned minutes plus any +1/−1 adjustments), when
 * the room is back while it runs, the whole minutes left while it is paused (a paused timer's reading does not depend on
 * the clock, so none is needed).
 */
export function breakClock(timer: TimerState | null, plannedMinutes: number): BreakClock {
  if (!timer) return { state: 'planned', minutes: plannedMinutes };
  const backAt = backAtHostMs(timer);
  if (backAt !== null) return { state: 'running', backAtHostMs: backAt };
  const total = totalMs(timer);
  if (timer.usedMs === 0) return { state: 'planned', minutes: Math.round(total / MINUTE_MS) };
  return { state: 'paused', minutesLeft: Math.max(0, Math.ceil((total - timer.usedMs) / MINUTE_MS)) };
}

/** A number of minutes in words for the room: "1 minute", "15 minutes". */
export function minutesInWords(minutes: number): string {
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

/**
 * The break's one big line, the same on the projector and the control board: "15 minutes" before the timer starts,
 * "Back at 10:45" while it runs, "12 minutes left" while it is paused ("Time’s up" once nothing is left, as the timer
 * says). `formatTime` writes a time on this window's clock (the window's locale and time zone), `clockOffsetMs` is
 * the host's clock minus this window's.
 */
export function breakHeadline(clock: BreakClock, clockOffsetMs: number, formatTime: (localMs: number) => string): string {
  switch (clock.state) {
    case 'planned':
      return minutesInWords(clock.minutes);
    case 'running':
      return `Back at ${formatTime(backAtLocalMs(clock.backAtHostMs, clockOffsetMs))}`;
    case 'paused':
      return clock.minutesLeft > 0 ? `${minutesInWords(clock.minutesLeft)} left` : 'Time’s up';
  }
}
