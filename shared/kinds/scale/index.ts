import type { ScaleActivity, ScaleRun, ScaleStatement, SessionState } from '../../session/types';
import { own } from '../../util/own';
import { phoneRatingCounts } from '../../phones/phoneBallots';

/** How many people gave each point for one statement. */
export interface ScaleDistribution {
  statement: ScaleStatement;
  /** `counts[i]` is the number of people who gave point `min + i`. */
  counts: number[];
  total: number;
  /** Mean rating, or null when nobody has been counted. */
  mean: number | null;
}

/** The points of a scale, e.g. [1, 2, 3, 4, 5]. */
export function scalePoints(activity: Pick<ScaleActivity, 'min' | 'max'>): number[] {
  return Array.from({ length: activity.max - activity.min + 1 }, (_, index) => activity.min + index);
}

/** The scale's run state; a fresh one if the session lacks it. */
export function scaleRun(session: SessionState, activityId: string): ScaleRun {
  const run = own(session.runs, activityId);
  return run?.kind === 'scale' ? run : { kind: 'scale', counts: {} };
}

/** The distribution of ratings for every statement (the facilitator's counts and the phones' together), in the workshop's order. */
export function scaleDistributions(session: SessionState, activity: ScaleActivity): ScaleDistribution[] {
  const run = scaleRun(session, activity.id);
  const points = scalePoints(activity);
  const fromPhones = phoneRatingCounts(session, activity.id, activity.min, activity.max);
  return activity.statements.map((statement) => {
    const stored = run.counts[statement.id] ?? [];
    const phones = own(fromPhones, statement.id) ?? [];
    const counts = points.map((_, index) => (stored[index] ?? 0) + (phones[index] ?? 0));
    const total = counts.reduce((sum, count) => sum + count, 0);
    const weighted = counts.reduce((sum, count, index) => sum + count * (points[index] ?? 0), 0);
    return { statement, counts, total, mean: total === 0 ? null : weighted / total };
  });
}
