import { sameActivityNotes } from '../../shared/session/noteChanges';
import type { SessionState } from '../../shared/session/types';
import { own } from '../../shared/util/own';
import { sameValue } from '../../shared/util/sameValue';
import { roomViewOf } from './roomViewSelector';
import type { RootState } from './store';

/**
 * Equality functions for `useAppSelector(selectSession, …)`: a component that needs the session but draws only part of
 * it keeps the session it last drew, and re-renders only when that part changed. Every event makes a new session, so
 * selecting `state.session` plainly re-rendered every board and panel on every note, timer tick or save.
 */

/** The session as the window holds it. */
export const selectSession = (state: RootState): SessionState | null => state.session;

/**
 * Whether the current activity's board would draw the same: the same activity on the same agenda, the same room
 * screen, and the same notes, run and phone ballots for it (and for the activity a vote draws its options from). Costs the
 * activity's notes (an identity check each), never the session's.
 */
export function sameForCurrentActivity(a: SessionState | null, b: SessionState | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  // The dropped activities too: Next and Previous name the activity they go to, passing over dropped ones.
  if (a.currentActivityId !== b.currentActivityId || a.agenda !== b.agenda || a.presenter !== b.presenter || a.skippedActivityIds !== b.skippedActivityIds) return false;
  const activity = a.agenda.find((candidate) => candidate.id === a.currentActivityId);
  if (!activity) return true;
  if (own(a.runs, activity.id) !== own(b.runs, activity.id)) return false;
  // A vote's ballots from phones, and whether phones are on (the review queue, the Phone marks).
  if (activity.kind === 'vote' && a.phones?.ballots?.[activity.id] !== b.phones?.ballots?.[activity.id]) return false;
  if (activity.kind === 'scale' && a.phones?.ratings?.[activity.id] !== b.phones?.ratings?.[activity.id]) return false;
  const related = activity.kind === 'vote' && activity.optionsFrom !== null ? [activity.id, activity.optionsFrom] : [activity.id];
  return related.every((activityId) => sameActivityNotes(a.notes, b.notes, activityId));
}

/** Whether the room-facing parts the control window's room strip and pager read are the same: the room's screen and the agenda. */
export function sameForRoom(a: SessionState | null, b: SessionState | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.presenter === b.presenter && a.agenda === b.agenda && a.currentActivityId === b.currentActivityId;
}

let lastView: ReturnType<typeof roomViewOf> = null;

/**
 * What the room sees, as the control window's preview draws it: the same object for as long as the view's content is
 * the same, so the preview re-renders only when the projector would change.
 */
export function selectRoomView(state: RootState): ReturnType<typeof roomViewOf> {
  const view = roomViewOf(state.session);
  if (view !== lastView && !sameValue(view, lastView)) lastView = view;
  return lastView;
}
