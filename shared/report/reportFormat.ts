import { readTimer } from '../session/timer';
import type { TimerState } from '../session/timer';

/** The blocks of one activity's section body (paragraphs, lists, tables), joined with blank lines by the report. */
export type ReportBlocks = string[];

/** Stands in for an empty title. */
export const UNTITLED = 'Untitled session';

/** Shown where an activity's timer was never started. */
export const NOT_STARTED = '—';

/** Marks an item the projector never showed; the report is the facilitator's own record. */
export const HIDDEN_MARK = ' *(not shown to the room)*';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-11-28" as "28 November 2026"; anything else is returned as it is (the caller escapes it). */
export function longDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return isoDate;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** A count with its noun, e.g. "1 note", "3 notes", "0 people". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** Minutes as the agenda shows them: "12 min", "< 1 min" for a timer that ran only seconds. */
export function formatMinutes(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  return minutes === 0 && ms > 0 ? '< 1 min' : `${minutes} min`;
}

/** How long an activity's timer ran, including a run still going at `now`. Null when it never started. */
export function actualMs(timer: TimerState | undefined, now: number): number | null {
  if (!timer) return null;
  const reading = readTimer(timer, now);
  return reading.elapsedMs === 0 && !reading.running ? null : reading.elapsedMs;
}

/** The actual-time cell: minutes, "(running)" while the timer runs, or "—" if it never started. */
export function formatActual(timer: TimerState | undefined, now: number): string {
  const ms = actualMs(timer, now);
  if (ms === null) return NOT_STARTED;
  return timer?.startedAt !== null ? `${formatMinutes(ms)} (running)` : formatMinutes(ms);
}

/** A share of the way along a 1-D map, e.g. "25%". */
export function formatPercent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}
