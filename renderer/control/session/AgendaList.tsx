import './agenda.css';
import { agendaForecast } from '../../../shared/session/agendaForecast';
import { elapsedMs } from '../../../shared/session/timer';
import { useHostAction } from '../../app/useHostAction';
import { useAppSelector } from '../../store/hooks';
import { formatMinutes } from '../../ui/format';
import { InlineError } from '../../ui/InlineError';
import { formatUsed } from '../../timer/timerView';
import { useHostNow } from '../../timer/useHostNow';
import { AgendaForecastLine } from './AgendaForecastLine';
import { useSessionCommands } from './useSessionCommands';

/** The agenda: every activity with planned and used time; the current one highlighted; click to go there. */
export function AgendaList() {
  const agenda = useAppSelector((state) => state.session?.agenda);
  const currentId = useAppSelector((state) => state.session?.currentActivityId);
  const timers = useAppSelector((state) => state.session?.timers);
  const running = Boolean(currentId && timers?.[currentId]?.startedAt != null);
  const now = useHostNow(running);
  const commands = useSessionCommands();
  const go = useHostAction((activityId: string) => commands.send({ type: 'activity.go', activityId }));
  if (!agenda || !timers) return null;
  const currentIndex = agenda.findIndex((activity) => activity.id === currentId);
  const totalMinutes = agenda.reduce((sum, activity) => sum + activity.plannedMinutes, 0);

  return (
    <nav className="agenda" aria-labelledby="agenda-title">
      <div className="agenda-head">
        <h2 id="agenda-title" className="panel-label">
          Agenda
        </h2>
        <span className="agenda-total">{formatMinutes(totalMinutes)} planned</span>
      </div>
      {currentId ? <AgendaForecastLine forecast={agendaForecast(agenda, timers, currentId, now)} /> : null}
      <InlineError prefix="Could not change activity" error={go.error} />
      <ol className="agenda-list">
        {agenda.map((activity, index) => {
          const timer = timers[activity.id];
          const used = timer ? elapsedMs(timer, now) : 0;
          const current = activity.id === currentId;
          const state = current ? 'current' : index < currentIndex ? (used > 0 ? 'done' : 'skipped') : 'upcoming';
          return (
            <li key={activity.id}>
              <button
                type="button"
                className={`agenda-item agenda-${state}`}
                data-testid="agenda-item"
                data-current={current || undefined}
                aria-current={current ? 'step' : undefined}
                onClick={() => void go.run(activity.id)}
              >
                <span className="agenda-index" aria-hidden="true">
                  {state === 'done' ? '✓' : index + 1}
                </span>
                <span className="agenda-text">
                  <span className="agenda-title">{activity.title}</span>
                  <span className="agenda-times">
                    {formatMinutes(activity.plannedMinutes)} planned
                    {used > 0 ? ` · ${formatUsed(used)} used` : ''}
                    {current ? <span className="visually-hidden"> (current activity)</span> : null}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
