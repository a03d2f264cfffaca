import { formatMinutes } from '../../report/reportFormat';
import type { ReportBlocks } from '../../report/reportFormat';
import { plannedMinutesNow } from '../../session/livePlan';
import type { SessionState } from '../../session/types';
import { own } from '../../util/own';
import type { BreakActivity } from './schema';

/** Minutes of a break's length rounded as the agenda rounds them, so "over" and "under" agree with the table. */
function wholeMinutes(ms: number): number {
  return Math.round(ms / 60_000);
}

/**
 * Break in the report: how long the room was away against the plan ("Taken: 17 min, 2 min over the 15 min planned").
 * The heading line already gives both figures; this says which way they differ. A section has no clock, so a break
 * still running when the report is exported says so rather than guess its length.
 */
export function breakSection(session: SessionState, activity: BreakActivity): ReportBlocks {
  const timer = own(session.timers, activity.id);
  if (!timer || (timer.usedMs === 0 && timer.startedAt === null)) return ['The break was not timed.'];
  if (timer.startedAt !== null) return ['The break was still running when the report was exported.'];
  const planned = plannedMinutesNow(session, activity.id);
  const taken = wholeMinutes(timer.usedMs);
  const difference = taken - planned;
  const against = difference === 0 ? 'as planned' : `${Math.abs(difference)} min ${difference > 0 ? 'over' : 'under'} the ${planned} min planned`;
  return [`Taken: ${formatMinutes(timer.usedMs)}, ${against}.`];
}
