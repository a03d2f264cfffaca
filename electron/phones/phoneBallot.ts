import { voteOptions } from '../../shared/kinds/vote';
import type { PhoneMessage, PhoneServerMessage } from '../../shared/phones/phoneProtocol';
import { phoneRuleOf } from '../../shared/phones/phoneRules';
import { voteClosed } from '../../shared/phones/phoneView';
import { sessionEvents } from '../../shared/session/sessionSlice';
import type { SessionState } from '../../shared/session/types';
import { HostFailure } from '../host/hostFailure';
import type { NoteDeps } from './phoneNotes';

type BallotMessage = Extract<PhoneMessage, { t: 'ballot' }>;

/**
 * Takes a phone's ballot in a vote, replacing its earlier one: one ballot per phone however often it sends (a resend is
 * the same ballot again), at most the vote's dots, only on options the room sees, and only until the results are revealed.
 */
export function acceptBallot(session: SessionState, phone: string, ballot: BallotMessage, shownActivities: ReadonlySet<string>, deps: Pick<NoteDeps, 'apply'>): PhoneServerMessage {
  const refused = (message: string): PhoneServerMessage => ({ t: 'refused', id: ballot.id, message });
  const activity = session.agenda.find((candidate) => candidate.id === ballot.activityId);
  if (!activity || !shownActivities.has(activity.id) || activity.kind !== 'vote') return refused('That vote is not open to phones.');
  if (!phoneRuleOf(session, activity.id).answer) return refused(`“${activity.title}” is not taking votes from phones now.`);
  if (voteClosed(session, activity.id)) return refused(`The results of “${activity.title}” are out: the vote is closed.`);
  if (ballot.optionIds.length > activity.dotsPerPerson) return refused(`Place at most ${activity.dotsPerPerson} ${activity.dotsPerPerson === 1 ? 'dot' : 'dots'}.`);
  const options = new Set(voteOptions(session, activity).map((option) => option.id));
  if (ballot.optionIds.some((optionId) => !options.has(optionId))) return refused('One of those options is no longer on the list: look again and vote.');
  try {
    deps.apply(sessionEvents.phoneBallotSet({ activityId: activity.id, phone, optionIds: ballot.optionIds }));
  } catch (error) {
    return refused(error instanceof HostFailure ? error.message : 'That vote could not be kept; it stays on your phone.');
  }
  return { t: 'got', id: ballot.id };
}
