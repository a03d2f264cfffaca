import { own } from '../util/own';
import type { SessionState } from '../session/types';

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
