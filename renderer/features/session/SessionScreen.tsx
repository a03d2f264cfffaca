import { ScriptPanel } from '../script/ScriptPanel';
import { TimerPanel } from '../timer/TimerPanel';
import { ActivityPanel } from './ActivityPanel';
import { AgendaList } from './AgendaList';
import { TopBar } from './TopBar';
import './sessionLayout.css';

/**
 * The running session: top bar; agenda on the left; in the centre what the
 * room sees and the activity's board, where the facilitator captures; on the
 * right the timer and the private script.
 */
export function SessionScreen() {
  return (
    <div className="session-screen">
      <TopBar />
      <div className="session-body">
        <aside className="session-left">
          <AgendaList />
        </aside>
        <ActivityPanel />
        <aside className="session-right" aria-label="Timer and script">
          <TimerPanel />
          <ScriptPanel />
        </aside>
      </div>
    </div>
  );
}
