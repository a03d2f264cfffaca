import type { TimerState } from '../../../shared/session/timer';
import { readTimer } from '../../../shared/session/timer';
import { useHostNow } from '../../features/timer/useHostNow';

/** Whether a timer that was started has reached 0:00 at this instant. */
export function timerHasEnded(timer: TimerState, now: number): boolean {
  const reading = readTimer(timer, now);
  return reading.elapsedMs > 0 && reading.remainingMs <= 0;
}

/**
 * A flash around the projector's edge once the projected activity's timer reaches 0:00, when the session
 * asks for the timer-end signal. Animated a few times; a still border where the viewer prefers reduced motion.
 */
export function TimerEndFlash({ timer, withTestIds }: { timer: TimerState; withTestIds: boolean }) {
  const now = useHostNow(timer.startedAt !== null);
  if (!timerHasEnded(timer, now)) return null;
  return <div className="projector-flash" data-ended="" data-testid={withTestIds ? 'presenter-timer-ended' : undefined} aria-hidden="true" />;
}
