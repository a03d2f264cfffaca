import type { Activity, Note, SessionState } from './types';
import { notesOf } from './noteTable';

/** The activity the room is on. */
export function currentActivity(session: SessionState): Activity {
  const activity = session.agenda.find((candidate) => candidate.id === session.currentActivityId);
  if (!activity) throw new Error(`Current activity "${session.currentActivityId}" is not in the agenda.`);
  return activity;
}

/** Position of the current activity in the agenda, from 0. */
export function currentActivityIndex(session: SessionState): number {
  return session.agenda.findIndex((activity) => activity.id === session.currentActivityId);
}

/** Notes of one activity that have not been deleted, in capture order. */
export function notesForActivity(session: SessionState, activityId: string): Note[] {
  return notesOf(session.notes, activityId).filter((note) => note.deletedAt === null);
}

/** Notes of one activity that the projector shows. */
export function projectedNotes(session: SessionState, activityId: string): Note[] {
  return notesForActivity(session, activityId).filter((note) => !note.hidden);
}

