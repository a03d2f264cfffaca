/**
 * Timer arithmetic. A timer never counts down by ticks: it stores when it was
 * started and how much time was already used, and everything else is derived
 * from a clock reading passed in by the caller.
 */

/** The stored state of one activity's timer. */
export interface TimerState {
  /** Planned length of the activity. */
  plannedMs: number;
  /** Sum of every +1/−1 minute adjustment. */
  adjustMs: number;
  /** Time used while the timer ran, up to the last pause. */
  usedMs: number;
  /** Host clock reading when the timer was last started; null while paused. */
  startedAt: number | null;
}

/** How urgent the remaining time is; drives colours on both windows. */
export type TimerPhase = 'idle' | 'running' | 'paused' | 'warning' | 'critical' | 'overtime';

/** Everything a window needs to draw a timer at one instant. */
export interface TimerReading {
  running: boolean;
  totalMs: number;
  elapsedMs: number;
  /** Negative once the timer is past zero (overtime). */
  remainingMs: number;
  phase: TimerPhase;
}

/** Share of the total left at which the timer turns to warning. */
export const WARNING_FRACTION = 0.2;
/** Share of the total left at which the timer turns to critical. */
export const CRITICAL_FRACTION = 0.05;
/** Shortest total a timer can be adjusted down to. */
export const MIN_TOTAL_MS = 60_000;

/** A fresh, never-started timer for an activity of the given length. */
export function createTimer(plannedMs: number): TimerState {
  return { plannedMs, adjustMs: 0, usedMs: 0, startedAt: null };
}

/** Time used so far, including the current run. */
export function elapsedMs(timer: TimerState, now: number): number {
  const running = timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt);
  return timer.usedMs + running;
}

/** Planned length plus adjustments. */
export function totalMs(timer: TimerState): number {
  return Math.max(MIN_TOTAL_MS, timer.plannedMs + timer.adjustMs);
}

/** Reads a timer at one instant. */
export function readTimer(timer: TimerState, now: number): TimerReading {
  const total = totalMs(timer);
  const elapsed = elapsedMs(timer, now);
  const remaining = total - elapsed;
  const running = timer.startedAt !== null;
  return { running, totalMs: total, elapsedMs: elapsed, remainingMs: remaining, phase: phaseOf(running, elapsed, remaining, total) };
}

function phaseOf(running: boolean, elapsed: number, remaining: number, total: number): TimerPhase {
  if (remaining < 0) return 'overtime';
  if (remaining <= total * CRITICAL_FRACTION) return 'critical';
  if (remaining <= total * WARNING_FRACTION) return 'warning';
  if (running) return 'running';
  return elapsed > 0 ? 'paused' : 'idle';
}

/** Starts or resumes; a running timer is left as it is. */
export function startTimer(timer: TimerState, now: number): TimerState {
  if (timer.startedAt !== null) return timer;
  return { ...timer, startedAt: now };
}

/** Pauses, folding the current run into the time used. */
export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (timer.startedAt === null) return timer;
  return { ...timer, usedMs: elapsedMs(timer, now), startedAt: null };
}

/** Adds or removes time; the total never drops below one minute. */
export function adjustTimer(timer: TimerState, deltaMs: number): TimerState {
  const adjustMs = Math.max(MIN_TOTAL_MS - timer.plannedMs, timer.adjustMs + deltaMs);
  return { ...timer, adjustMs };
}

/** Back to the planned length, stopped. */
export function resetTimer(timer: TimerState): TimerState {
  return createTimer(timer.plannedMs);
}

/**
 * Formats a duration as m:ss (or h:mm:ss), rounding so that a running
 * countdown shows 0:01 until it truly reaches zero. Negative values get a
 * leading "+" because they are overtime.
 */
export function formatClock(ms: number): string {
  const overtime = ms < 0;
  const seconds = overtime ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const body = h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
  return overtime ? `+${body}` : body;
}

function pad(n: number): string {
  return n.toString().padStart(2, '0');
}
