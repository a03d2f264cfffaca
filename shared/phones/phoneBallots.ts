import { own } from '../util/own';
import type { SessionState } from '../session/types';

/** Ballots and ratings from phones, summed for the board, the report and the room (never who gave what). */

/** The dots phones put on each option of a vote: option id → dots, summed over every phone's ballot. */
export function phoneDots(session: SessionState, activityId: string): Record<string, number> {
  const ballots = session.phones?.ballots ? own(session.phones.ballots, activityId) : undefined;
  const dots: Record<string, number> = {};
  for (const optionIds of Object.values(ballots ?? {})) for (const optionId of optionIds) dots[optionId] = (dots[optionId] ?? 0) + 1;
  return dots;
}

/** How many phones have a ballot in a vote. */
export function phoneVoters(session: SessionState, activityId: string): number {
  const ballots = session.phones?.ballots ? own(session.phones.ballots, activityId) : undefined;
  return ballots ? Object.keys(ballots).length : 0;
}

/** The points phones gave each statement of a scale: statement id → how many phones gave each point (index 0 is `min`). */
export function phoneRatingCounts(session: SessionState, activityId: string, min: number, max: number): Record<string, number[]> {
  const ratings = session.phones?.ratings ? own(session.phones.ratings, activityId) : undefined;
  const counts: Record<string, number[]> = {};
  for (const points of Object.values(ratings ?? {})) {
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
  const ratings = session.phones?.ratings ? own(session.phones.ratings, activityId) : undefined;
  return ratings ? Object.keys(ratings).length : 0;
}
