import { own } from '../util/own';
import type { SessionState } from '../session/types';

/**
 * Ballots and ratings from phones, summed for the board, the report and the room (never who gave what). A phone the
 * facilitator removed counts for nothing while it is out: its ballots stay in the session, so letting it back in (or
 * undoing the removal) counts them again.
 */

/** The ballots or ratings of one activity from phones still in the session. */
function counted<T>(byActivity: Record<string, Record<string, T>> | undefined, session: SessionState, activityId: string): T[] {
  const byPhone = byActivity ? own(byActivity, activityId) : undefined;
  if (!byPhone) return [];
  const removed = session.phones?.muted;
  return Object.entries(byPhone)
    .filter(([phone]) => !removed || own(removed, phone) !== true)
    .map(([, value]) => value);
}

/** The dots phones put on each option of a vote: option id → dots, summed over every phone's ballot. */
export function phoneDots(session: SessionState, activityId: string): Record<string, number> {
  const dots: Record<string, number> = {};
  for (const optionIds of counted(session.phones?.ballots, session, activityId)) for (const optionId of optionIds) dots[optionId] = (dots[optionId] ?? 0) + 1;
  return dots;
}

/** How many phones have a ballot in a vote. */
export function phoneVoters(session: SessionState, activityId: string): number {
  return counted(session.phones?.ballots, session, activityId).length;
}

/** The points phones gave each statement of a scale: statement id → how many phones gave each point (index 0 is `min`). */
export function phoneRatingCounts(session: SessionState, activityId: string, min: number, max: number): Record<string, number[]> {
  const counts: Record<string, number[]> = {};
  for (const points of counted(session.phones?.ratings, session, activityId)) {
    for (const [statementId, point] of Object.entries(points)) {
      if (point < min || point > max) continue;
      const row = counts[statementId] ?? Array.from({ length: max - min + 1 }, () => 0);
      row[point - min] = (row[point - min] ?? 0) + 1;
      counts[statementId] = row;
    }
  }
  return counts;
}

/** How many phones rated in a scale. */
export function phoneRaters(session: SessionState, activityId: string): number {
  return counted(session.phones?.ratings, session, activityId).length;
}
