import type { PhoneMessage, PhoneServerMessage } from '../../shared/phones/phoneProtocol';
import { phoneRuleOf } from '../../shared/phones/phoneRules';
import { sessionEvents } from '../../shared/session/sessionSlice';
import type { SessionState } from '../../shared/session/types';
import { HostFailure } from '../host/hostFailure';
import type { NoteDeps } from './phoneNotes';

type RatingMessage = Extract<PhoneMessage, { t: 'rating' }>;

/**
 * Takes a phone's ratings in a scale, replacing its earlier ones: one point per statement per phone however often it
 * sends, each a whole point of the scale, only for the scale's own statements, while phones were shown it.
 */
export function acceptRating(session: SessionState, phone: string, rating: RatingMessage, shownActivities: ReadonlySet<string>, deps: Pick<NoteDeps, 'apply'>): PhoneServerMessage {
  const refused = (message: string): PhoneServerMessage => ({ t: 'refused', id: rating.id, message });
  const activity = session.agenda.find((candidate) => candidate.id === rating.activityId);
  if (!activity || !shownActivities.has(activity.id) || activity.kind !== 'scale') return refused('That scale is not open to phones.');
  if (!phoneRuleOf(session, activity.id).answer) return refused(`“${activity.title}” is not taking ratings from phones now.`);
  const statements = new Set(activity.statements.map((statement) => statement.id));
  for (const [statementId, point] of Object.entries(rating.points)) {
    if (!statements.has(statementId)) return refused(`That statement is no longer in “${activity.title}”.`);
    if (point < activity.min || point > activity.max) return refused(`Pick a point from ${activity.min} to ${activity.max}.`);
  }
  try {
    deps.apply(sessionEvents.phoneRatingSet({ activityId: activity.id, phone, points: rating.points }));
  } catch (error) {
    return refused(error instanceof HostFailure ? error.message : 'Those answers could not be kept; they stay on your phone.');
  }
  return { t: 'got', id: rating.id };
}
