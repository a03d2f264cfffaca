import { ProjectorPreview } from '../preview/ProjectorPreview';
import { RoomButtons } from '../room/RoomButtons';
import { TimerEndSignal } from '../room/TimerEndSignal';
import { ScriptPanel } from '../script/ScriptPanel';
import { TimerPanel } from '../timer/TimerPanel';
import { ActivityPanel } from './ActivityPanel';
import { AgendaList } from './AgendaList';
import { TopBar } from './TopBar';
import './sessionLayout.css';

/**
 * The running session: top bar; agenda on the left; in the centre what the
 * room sees and the activity's board, where the facilitator captures; on the
 * right a live preview of the projector, the timer and the private script.
 */
export function SessionScreen() {
  return (
    <div className="session-screen">
      <TopBar />
      <TimerEndSignal />
      <div className="session-body">
        <aside className="session-left">
          <AgendaList />
        </aside>
        <ActivityPanel />
        <aside className="session-right" aria-label="Projector preview, timer and script">
          <ProjectorPreview />
          <RoomButtons />
          <TimerPanel />
          <ScriptPanel />
        </aside>
      </div>
    </div>
  );
}
