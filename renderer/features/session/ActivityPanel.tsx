import { KeyLegend } from '../../commands/KeyLegend';
import { useHostAction } from '../../app/useHostAction';
import { useAppSelector } from '../../store/hooks';
import { formatMinutes } from '../../ui/format';
import { useSessionCommands } from './useSessionCommands';

/** The current activity as the facilitator runs it: what the room sees, the private script, and Previous / Next. */
export function ActivityPanel() {
  const session = useAppSelector((state) => state.session);
  const commands = useSessionCommands();
  const move = useHostAction((direction: 'next' | 'previous') => (direction === 'next' ? commands.next() : commands.previous()));
  if (!session) return null;
  const index = session.agenda.findIndex((activity) => activity.id === session.currentActivityId);
  const activity = session.agenda[index];
  if (!activity) return null;
  const next = session.agenda[index + 1];
  const previous = session.agenda[index - 1];
  const paragraphs = activity.script.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== '');

  return (
    <main className="activity" aria-labelledby="activity-title">
      <div className="activity-scroll">
        <p className="eyebrow">
          Activity {index + 1} of {session.agenda.length} · {formatMinutes(activity.plannedMinutes)}
        </p>
        <h1 id="activity-title" className="activity-title" data-testid="activity-title">
          {activity.title}
        </h1>
        <section className={`panel projector-panel${session.presenter.blackout ? ' is-blackout' : ''}`} aria-labelledby="projector-label">
          <div className="panel-head">
            <h2 id="projector-label" className="panel-label">
              <svg className="label-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                <rect x="1.5" y="2.5" width="13" height="8.5" rx="1" fill="none" stroke="currentColor" strokeWidth="1.5" />
                <path d="M5.5 14h5M8 11v3" stroke="currentColor" strokeWidth="1.5" />
              </svg>
              On the projector
            </h2>
            {session.presenter.blackout ? (
              <span className="badge badge-dark" data-testid="blackout-badge">
                Blacked out — the room sees a black screen
              </span>
            ) : null}
          </div>
          <p className="projector-prompt" data-testid="control-prompt">
            {activity.prompt}
          </p>
        </section>
        <section className="panel private-panel" aria-labelledby="private-label">
          <div className="panel-head">
            <h2 id="private-label" className="panel-label">
              <svg className="label-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                <rect x="3" y="7" width="10" height="7.5" rx="1.2" fill="currentColor" />
                <path d="M5.2 7V5a2.8 2.8 0 0 1 5.6 0v2" fill="none" stroke="currentColor" strokeWidth="1.5" />
              </svg>
              Only you see this
            </h2>
          </div>
          <div className="script" data-testid="facilitator-script">
            {paragraphs.map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
          </div>
          {activity.talkingPoints.length > 0 ? (
            <>
              <h3 className="subhead">Talking points</h3>
              <ul className="talking-points">
                {activity.talkingPoints.map((point, i) => (
                  <li key={i}>{point}</li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      </div>
      <div className="activity-nav">
        {move.error ? (
          <p className="inline-error" role="alert">
            Could not change activity: {move.error}
          </p>
        ) : null}
        <div className="activity-nav-buttons">
          <button type="button" className="btn btn-large" data-testid="previous-activity" onClick={() => void move.run('previous')} disabled={!previous || move.pending}>
            ← Previous
          </button>
          {next ? (
            <button type="button" className="btn btn-primary btn-large btn-next" data-testid="next-activity" onClick={() => void move.run('next')} disabled={move.pending}>
              <span className="btn-next-label">Next:</span> <span className="btn-next-title">{next.title}</span> <span aria-hidden="true">→</span>
            </button>
          ) : (
            <p className="end-of-agenda" data-testid="next-activity-none">
              Last activity — the agenda ends here.
            </p>
          )}
        </div>
        <KeyLegend />
      </div>
    </main>
  );
}
