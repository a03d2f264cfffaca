import { NotesPanel } from '../notes/NotesPanel';
import { TimerPanel } from '../timer/TimerPanel';
import { ActivityPanel } from './ActivityPanel';
import { AgendaList } from './AgendaList';
import { TopBar } from './TopBar';

/** The running session: top bar, agenda on the left, the activity in the centre, timer and notes on the right. */
export function SessionScreen() {
  return (
    <div className="session-screen">
      <TopBar />
      <div className="session-body">
        <aside className="session-left">
          <AgendaList />
        </aside>
        <ActivityPanel />
        <aside className="session-right" aria-label="Timer and notes">
          <TimerPanel />
          <NotesPanel />
        </aside>
      </div>
    </div>
  );
}
