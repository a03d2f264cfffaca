import type { TimerState } from '../../../shared/session/timer';
import { readTimer } from '../../../shared/session/timer';
import { useHostNow } from '../../timer/useHostNow';

/** Whether a timer that was started has reached 0:00 at this instant. */
export function timerHasEnded(timer: TimerState, now: number): boolean {
  const reading = readTimer(timer, now);
  return reading.elapsedMs > 0 && reading.remainingMs <= 0;
}

/** How long the projector's edge flashes once a running timer reaches 0:00 (the CSS animation's length). */
export const TIMER_END_FLASH_MS = 3_000;

/**
 * Whether the edge flashes now: a moment, not a state. Only a running timer that reached 0:00 less than
 * TIMER_END_FLASH_MS ago; a timer paused past zero, or one the facilitator comes back to later, draws no frame.
 */
export function timerEndFlashing(timer: TimerState, now: number): boolean {
  if (timer.startedAt === null || !timerHasEnded(timer, now)) return false;
  return -readTimer(timer, now).remainingMs < TIMER_END_FLASH_MS;
}

/**
 * A flash around the projector's edge as the projected activity's timer reaches 0:00, when the session
 * asks for the timer-end signal. Animated a few times; a still border where the viewer prefers reduced motion.
 * Gone after a few seconds either way.
 */
export function TimerEndFlash({ timer, withTestIds }: { timer: TimerState; withTestIds: boolean }) {
  const now = useHostNow(timer.startedAt !== null);
  if (!timerEndFlashing(timer, now)) return null;
  return <div className="projector-flash" data-ended="" data-testid={withTestIds ? 'presenter-timer-ended' : undefined} aria-hidden="true" />;
}
