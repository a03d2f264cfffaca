import type { RoomLive, RoomTitle } from '../../../shared/session/roomView';
import { own } from '../../../shared/util/own';
import { MessageOverlay } from './MessageOverlay';
import { TimerEndFlash } from './TimerEndFlash';
import './overlays.css';

/** What is drawn over the projected screen: the room message and, over an activity, the timer-end flash. */
export function ProjectorOverlays({ view, withTestIds }: { view: RoomLive | RoomTitle; withTestIds: boolean }) {
  const stage = view.screen === 'live' ? view.stage : null;
  const timer = stage ? own(stage.timers, stage.currentActivityId) : undefined;
  return (
    <>
      {stage?.settings.timerEndSound && timer ? <TimerEndFlash timer={timer} withTestIds={withTestIds} /> : null}
      {view.message !== null ? <MessageOverlay message={view.message} withTestIds={withTestIds} /> : null}
    </>
  );
}
