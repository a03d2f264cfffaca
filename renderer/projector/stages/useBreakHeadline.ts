import { breakClock, breakHeadline } from '../../../shared/kinds/break';
import type { TimerState } from '../../../shared/session/timer';
import { useSyncSelector } from '../../store/hooks';

/** A time of day as this window's clock and locale write it, the way the agenda forecast does: "10:45" or "10:45 AM". */
export function formatBackAt(localMs: number): string {
  return new Date(localMs).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' });
}

/**
 * A break's big line for this window ("15 minutes", "Back at 10:45"), shared by the projector's stage and the control
 * board. The end is fixed once the timer runs, so nothing here ticks: it changes only with the timer's state.
 */
export function useBreakHeadline(timer: TimerState | null, plannedMinutes: number): string {
  const offset = useSyncSelector((state) => state.sync.clockOffsetMs);
  return breakHeadline(breakClock(timer, plannedMinutes), offset, formatBackAt);
}
