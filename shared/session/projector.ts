import type { Activity, SessionState } from './types';
import { isAtClose } from './livePlan';

/** What the room sees now, as the control window describes it. */
export type RoomViewKind = 'live' | 'title' | 'frozen' | 'black' | 'white' | 'join';

/** What the projector shows, derived from the session: the screen, the activity drawn, and any message. */
export interface ProjectorView {
  /** Black and white cover everything, message included. */
  kind: RoomViewKind;
  /** The activity drawn on the projector: the frozen one while frozen, else the current one. */
  activity: Activity;
  /** Whether the projected activity is not the one the control window is on. */
  frozen: boolean;
  message: string | null;
  /** On the title screen: whether it is the closing one, after the last activity. */
  closing: boolean;
}

/** The activity the projector draws: the frozen one if it is still in the agenda, else the current one. */
export function projectedActivityId(session: SessionState): string {
  const frozen = session.presenter.frozenActivityId;
  return frozen !== null && session.agenda.some((activity) => activity.id === frozen) ? frozen : session.currentActivityId;
}

/**
 * The session as the projector draws it: while frozen, the frozen activity stands in for the current one,
 * so every stage layout keeps showing it. The same object when nothing is frozen.
 */
export function projectedSession(session: SessionState): SessionState {
  const activityId = projectedActivityId(session);
  return activityId === session.currentActivityId ? session : { ...session, currentActivityId: activityId };
}

/**
 * The screen the projector shows: the one chosen, except that "how to join" needs phones to be open (a file saved while
 * it was shown reopens with phones off, and shows the activity).
 */
export function projectorScreen(session: SessionState): SessionState['presenter']['screen'] {
  const { screen } = session.presenter;
  return screen === 'join' && !session.phones?.open ? 'live' : screen;
}

/** What the projector shows now. */
export function projectorView(session: SessionState): ProjectorView {
  const activityId = projectedActivityId(session);
  const activity = session.agenda.find((candidate) => candidate.id === activityId) ?? session.agenda[0];
  if (!activity) throw new Error('A session always has at least one activity.');
  const frozen = session.presenter.frozenActivityId !== null;
  const screen = projectorScreen(session);
  const kind: RoomViewKind = screen !== 'live' ? screen : session.presenter.titleScreen === true ? 'title' : frozen ? 'frozen' : 'live';
  return { kind, activity, frozen, message: session.presenter.message, closing: kind === 'title' && isAtClose(session) };
}

/** Whether the projector shows anything other than the current activity, live and bare. */
export function isProjectorLive(session: SessionState): boolean {
  const { frozenActivityId, message, titleScreen } = session.presenter;
  return projectorScreen(session) === 'live' && frozenActivityId === null && message === null && titleScreen !== true;
}

/** One sentence saying what the room sees, for the control window's badge and the preview's label. */
export function describeRoomView(session: SessionState): string {
  const view = projectorView(session);
  const withMessage = view.message !== null ? ` with the message “${view.message}”` : '';
  switch (view.kind) {
    case 'black':
      return 'The room sees a black screen';
    case 'white':
      return 'The room sees a white screen';
    case 'join':
      return 'The room sees how to join from their phones';
    case 'title':
      return `The room sees the ${view.closing ? 'closing' : 'title'} screen${withMessage}`;
    case 'frozen':
      return `Frozen: the room still sees “${view.activity.title}”${withMessage}`;
    case 'live':
      return view.message !== null ? `The room sees “${view.activity.title}”${withMessage}` : `Live: the room sees “${view.activity.title}”`;
  }
}

/** Ready-made projector messages (the control window adds "Break: back at <time>"); the facilitator can also write their own. */
export const MESSAGE_PRESETS: readonly string[] = ['Back in 5 minutes', '5 minutes left', 'Please take your seats'];
