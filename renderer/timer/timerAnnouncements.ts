import type { TimerReading } from '../../shared/session/timer';

const MINUTE_MS = 60_000;
const SECOND_MS = 1_000;
/** The last minutes of a countdown, each of which is announced as it is reached. */
export const ANNOUNCED_LAST_MINUTES = 5;

/** A duration as a screen reader should say it: "4 minutes 30 seconds", "1 minute", "20 seconds". Rounds up to the second, as the clock does. */
export function spokenDuration(ms: number): string {
  const seconds = Math.ceil(Math.abs(ms) / SECOND_MS);
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const parts: string[] = [];
  if (minutes > 0) parts.push(`${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`);
  if (rest > 0 || minutes === 0) parts.push(`${rest} ${rest === 1 ? 'second' : 'seconds'}`);
  return parts.join(' ');
}

/** How much time is left (or over) in words: "4 minutes left", "1 minute 10 seconds over time" ("time is up" where overtime is not shown). */
function timeLeft(reading: TimerReading, overtimeShown: boolean): string {
  if (reading.remainingMs < 0) return overtimeShown ? `${spokenDuration(reading.remainingMs)} over time` : 'time is up';
  return `${spokenDuration(reading.remainingMs)} left`;
}

/** The whole minute of the last few that `ms` remaining has reached (5 from the moment the clock shows 5:00, 4 from 4:00, … 1 from 1:00), or null above them or at zero. */
function lastMinuteMark(ms: number): number | null {
  if (ms <= 0 || ms > ANNOUNCED_LAST_MINUTES * MINUTE_MS) return null;
  return Math.ceil(ms / MINUTE_MS);
}

/**
 * What a screen reader should hear as the timer goes from `previous` to
 * `current`, or null when nothing worth saying happened (an ordinary second
 * going by). Said: started/resumed and paused (also a run and pause between two readings), reset, time added or removed,
 * each whole minute of the last five, and "Time is up" as the countdown
 * reaches zero and overtime begins. `previous` is null for the first reading
 * of an activity, which is never announced. Where overtime is kept from the listener (the projector, unless the
 * session shows it), no overtime is said either.
 */
export function timerAnnouncement(previous: TimerReading | null, current: TimerReading, { overtimeShown = true }: { overtimeShown?: boolean } = {}): string | null {
  if (!previous) return null;
  if (previous.elapsedMs > 0 && current.elapsedMs === 0 && !current.running) return `Timer reset: ${spokenDuration(current.totalMs)}.`;
  if (!previous.running && current.running) return `Timer ${previous.elapsedMs > 0 ? 'resumed' : 'started'}: ${timeLeft(current, overtimeShown)}.`;
  // A stopped timer that has run since the last reading was paused, even if the window never drew it running
  // (a start and a pause that arrive together are drawn in the same frame).
  if (!current.running && (previous.running || current.elapsedMs > previous.elapsedMs)) return `Timer paused: ${timeLeft(current, overtimeShown)}.`;
  if (current.totalMs !== previous.totalMs) {
    const change = current.totalMs > previous.totalMs ? 'added' : 'removed';
    return `${spokenDuration(current.totalMs - previous.totalMs)} ${change}: ${timeLeft(current, overtimeShown)}.`;
  }
  if (previous.remainingMs > 0 && current.remainingMs <= 0) return overtimeShown ? 'Time is up. The timer is now counting overtime.' : 'Time is up.';
  const mark = lastMinuteMark(current.remainingMs);
  if (mark !== null && mark !== lastMinuteMark(previous.remainingMs) && current.remainingMs < previous.remainingMs) {
    return `${mark} ${mark === 1 ? 'minute' : 'minutes'} left.`;
  }
  return null;
}
