import './activity.css';
import { isAtClose, neighbourInPlan } from '../../../shared/session/livePlan';
import { KeyLegend } from '../commands/KeyLegend';
import { useHostAction } from '../../app/useHostAction';
import { useAppSelector } from '../../store/hooks';
import { sameForCurrentActivity, selectSession } from '../../store/sessionSelectors';
import { formatMinutes } from '../../ui/format';
import { InlineError } from '../../ui/InlineError';
import { KIND_NAMES } from '../../../shared/kinds/kindNames';
import { KindBoard } from '../boards/KindBoard';
import { ReviewQueue } from '../phones/ReviewQueue';
import { useRoomDialogs } from '../room/roomDialogs';
import { useFocusWhereTypingGoes } from './useFocusWhereTypingGoes';
import { useSessionCommands } from './useSessionCommands';

/** The current activity as the facilitator runs it: what the room sees, the kind's board with its capture, and Previous / Next. */
export function ActivityPanel() {
  // Re-renders when the current activity's board would change, not on every event (a note elsewhere, a timer, a save).
  const session = useAppSelector(selectSession, sameForCurrentActivity);
  const commands = useSessionCommands();
  const dialogs = useRoomDialogs();
  const move = useHostAction((direction: 'next' | 'previous') => (direction === 'next' ? commands.next() : commands.previous()));
  useFocusWhereTypingGoes(session?.currentActivityId);
  if (!session) return null;
  const index = session.agenda.findIndex((activity) => activity.id === session.currentActivityId);
  const activity = session.agenda[index];
  if (!activity) return null;
  // Next and Previous pass over activities dropped from the plan, as the host does.
  const nextId = neighbourInPlan(session, 1);
  const next = session.agenda.find((candidate) => candidate.id === nextId);
  // While the room sees the title screen, Next shows this activity rather than moving past it.
  const onTitleScreen = session.presenter.titleScreen === true;
  const previousId = neighbourInPlan(session, -1);
  const previous = session.agenda.find((candidate) => candidate.id === previousId);

  return (
    <main className="activity" aria-labelledby="activity-title" data-kind={activity.kind} tabIndex={-1}>
      <div className="activity-scroll">
        <div className="activity-head">
          <p className="eyebrow">
            Activity {index + 1} of {session.agenda.length} · <span data-testid="activity-kind">{KIND_NAMES[activity.kind].control}</span> · {formatMinutes(activity.plannedMinutes)}
          </p>
          <h1 id="activity-title" className="activity-title" data-testid="activity-title">
            {activity.title}
          </h1>
        </div>
        <section className={`panel projector-panel${session.presenter.screen === 'black' ? ' is-blackout' : ''}`} aria-labelledby="projector-label">
          <div className="panel-head">
            <h2 id="projector-label" className="panel-label">
              <svg className="label-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                <rect x="1.5" y="2.5" width="13" height="8.5" rx="1" fill="none" stroke="currentColor" strokeWidth="1.5" />
                <path d="M5.5 14h5M8 11v3" stroke="currentColor" strokeWidth="1.5" />
              </svg>
              On the projector
            </h2>
          </div>
          <p className="projector-prompt" data-testid="control-prompt">
            {activity.prompt}
          </p>
        </section>
        <ReviewQueue session={session} activityId={activity.id} />
        <KindBoard activity={activity} session={session} />
      </div>
      <div className="activity-nav">
        <InlineError prefix="Could not change activity" error={move.error} />
        <div className="activity-nav-buttons">
          <button type="button" className="btn btn-large" data-testid="previous-activity" onClick={() => void move.run('previous')} disabled={!previous || move.pending}>
            ← Previous
          </button>
          {/* On a short screen the legend below is folded away; this opens the full list instead. */}
          <button type="button" className="btn btn-quiet nav-keys" data-testid="nav-keys" aria-keyshortcuts="?" onClick={() => dialogs.showLegend()}>
            Keys <kbd>?</kbd>
          </button>
          {onTitleScreen && isAtClose(session) ? (
            <p className="end-of-agenda" data-testid="next-activity-none">
              The room sees the closing screen. Previous shows “{activity.title}” again.
            </p>
          ) : onTitleScreen ? (
            <button type="button" className="btn btn-primary btn-large btn-next" data-testid="next-activity" onClick={() => void move.run('next')} disabled={move.pending}>
              <span className="btn-next-label">Show the room:</span> <span className="btn-next-title" title={activity.title}>{activity.title}</span> <span aria-hidden="true">→</span>
            </button>
          ) : next ? (
            <button type="button" className="btn btn-primary btn-large btn-next" data-testid="next-activity" onClick={() => void move.run('next')} disabled={move.pending}>
              <span className="btn-next-label">Next:</span> <span className="btn-next-title" title={next.title}>{next.title}</span> <span aria-hidden="true">→</span>
            </button>
          ) : previous ? (
            // The last activity: Next shows the closing screen (thanks and the workshop's credit), as the clicker does.
            <button type="button" className="btn btn-large btn-next" data-testid="next-activity" onClick={() => void move.run('next')} disabled={move.pending}>
              <span className="btn-next-label">Last activity. Next:</span> <span className="btn-next-title">the closing screen</span> <span aria-hidden="true">→</span>
            </button>
          ) : (
            <p className="end-of-agenda" data-testid="next-activity-none">
              The only activity — the agenda ends here.
            </p>
          )}
        </div>
        <KeyLegend />
      </div>
    </main>
  );
}
