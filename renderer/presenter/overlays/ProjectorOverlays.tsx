import type { SessionState } from '../../../shared/session/types';
import { projectorView } from '../../../shared/session/projector';
import { MessageOverlay } from './MessageOverlay';
import { TimerEndFlash } from './TimerEndFlash';
import './overlays.css';

/** What is drawn over the projected activity: the room message and the timer-end flash. */
export function ProjectorOverlays({ session, withTestIds }: { session: SessionState; withTestIds: boolean }) {
  const view = projectorView(session);
  const timer = session.timers[view.activity.id];
  return (
    <>
      {session.settings.timerEndSound && timer ? <TimerEndFlash timer={timer} withTestIds={withTestIds} /> : null}
      {view.message !== null ? <MessageOverlay message={view.message} withTestIds={withTestIds} /> : null}
    </>
  );
}
