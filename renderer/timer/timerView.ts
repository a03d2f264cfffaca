import { formatClock } from '../../shared/session/timer';
import type { TimerPhase, TimerReading } from '../../shared/session/timer';
import { assertNever } from '../../shared/util/assertNever';

/** What a timer shows at one instant, in words as well as colour. */
export interface TimerView {
  /** "12:34", or "+1:05" in overtime. */
  clock: string;
  /** "Remaining" or "Overtime". */
  label: string;
  /** Whether the clock is moving, in words: "Running", "Paused", "Not started". */
  motion: string;
  /** How urgent the time is, in words; null while there is plenty left. */
  urgency: string | null;
  phase: TimerPhase;
  /** Share of the total already used, 0..1 (capped). */
  usedFraction: number;
}

/** Turns a timer reading into what both windows display. */
export function describeTimer(reading: TimerReading): TimerView {
  const motion = reading.running ? 'Running' : reading.elapsedMs > 0 ? 'Paused' : 'Not started';
  return {
    clock: formatClock(reading.remainingMs),
    label: reading.remainingMs < 0 ? 'Overtime' : 'Remaining',
    motion,
    urgency: urgencyText(reading.phase),
    phase: reading.phase,
    usedFraction: Math.min(1, Math.max(0, reading.elapsedMs / reading.totalMs)),
  };
}

function urgencyText(phase: TimerPhase): string | null {
  switch (phase) {
    case 'idle':
    case 'running':
    case 'paused':
      return null;
    case 'warning':
      return 'Time nearly up';
    case 'critical':
      return 'Final moments';
    case 'overtime':
      return 'Over time';
    default:
      return assertNever(phase, 'timer phase');
  }
}

/**
 * Minutes and seconds used: "3:20". Counts whole seconds gone (rounds down),
 * while the remaining clock (formatClock) rounds up as a countdown does, so
 * "Used" plus "remaining" always adds up to the total (0:02 + 9:58, never 9:59).
 */
export function formatUsed(ms: number): string {
  return formatClock(Math.floor(Math.max(0, ms) / 1000) * 1000);
}
