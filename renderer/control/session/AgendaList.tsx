import './agenda.css';
import { Suspense, lazy, useReducer, useState } from 'react';
import type { Command } from '../../../shared/protocol/commands';
import { agendaForecast } from '../../../shared/session/agendaForecast';
import { hasBegun, isSkipped, plannedMinutesNow } from '../../../shared/session/livePlan';
import { elapsedMs } from '../../../shared/session/timer';
import { useHostAction } from '../../app/useHostAction';
import { useAppSelector } from '../../store/hooks';
import { formatMinutes } from '../../ui/format';
import { InlineError } from '../../ui/InlineError';
import { formatUsed } from '../../timer/timerView';
import { useHostNow } from '../../timer/useHostNow';
import { AgendaForecastLine } from './AgendaForecastLine';
import { AgendaPlanControls } from './AgendaPlanControls';

// The library's text loads when the dialog first opens, not with the session screen.
const MethodLibraryDialog = lazy(() => import('./MethodLibraryDialog').then((module) => ({ default: module.MethodLibraryDialog })));
import { useSessionCommands } from './useSessionCommands';

/**
 * The agenda: every activity with planned and used time; the current one highlighted; click to go there. "Change
 * plan" shows, under each activity still to come, its minutes, its place and whether it is dropped
 * (shared/session/livePlan.ts); the forecast under the heading follows at once.
 */
export function AgendaList() {
  const agenda = useAppSelector((state) => state.session?.agenda);
  const currentId = useAppSelector((state) => state.session?.currentActivityId);
  const timers = useAppSelector((state) => state.session?.timers);
  const skipped = useAppSelector((state) => state.session?.skippedActivityIds);
  const added = useAppSelector((state) => state.session?.addedActivityIds);
  const running = Boolean(currentId && timers?.[currentId]?.startedAt != null);
  const now = useHostNow(running);
  const commands = useSessionCommands();
  const go = useHostAction((activityId: string) => commands.send({ type: 'activity.go', activityId }));
  const plan = useHostAction((command: Command) => commands.send(command));
  const [planning, togglePlanning] = useReducer((on: boolean) => !on, false);
  const [libraryOpen, setLibraryOpen] = useState(false);
  if (!agenda || !timers) return null;
  const currentIndex = agenda.findIndex((activity) => activity.id === currentId);
  const totalMinutes = agenda.reduce((sum, activity) => sum + activity.plannedMinutes, 0);
  const view = { agenda, timers, skippedActivityIds: skipped };
  // Where an activity still to come may move: the places after the current activity, none of them begun.
  const movable = agenda.flatMap((activity, index) => (index > currentIndex && !hasBegun(view, activity.id) ? [index] : []));

  return (
    <nav className="agenda" aria-labelledby="agenda-title">
      <div className="agenda-head">
        <h2 id="agenda-title" className="panel-label">
          Agenda
        </h2>
        <span className="agenda-total">{formatMinutes(totalMinutes)} planned</span>
        <button type="button" className="btn btn-small btn-quiet agenda-plan-toggle" data-testid="agenda-change-plan" aria-pressed={planning} onClick={togglePlanning}>
          {planning ? 'Done' : 'Change plan'}
        </button>
      </div>
      {currentId ? <AgendaForecastLine forecast={agendaForecast(agenda, timers, currentId, now, { skippedActivityIds: skipped, addedActivityIds: added })} /> : null}
      <InlineError prefix="Could not change activity" error={go.error} />
      <InlineError prefix="Could not change the plan" error={plan.error} />
      <ol className="agenda-list">
        {agenda.map((activity, index) => {
          const timer = timers[activity.id];
          const used = timer ? elapsedMs(timer, now) : 0;
          const current = activity.id === currentId;
          const dropped = isSkipped(view, activity.id);
          const state = current ? 'current' : index < currentIndex ? (used > 0 ? 'done' : 'skipped') : dropped ? 'dropped' : 'upcoming';
          const minutesNow = plannedMinutesNow(view, activity.id);
          const place = movable.indexOf(index);
          return (
            <li key={activity.id}>
              <button
                type="button"
                className={`agenda-item agenda-${state}`}
                data-testid="agenda-item"
                data-current={current || undefined}
                data-dropped={dropped || undefined}
                aria-current={current ? 'step' : undefined}
                onClick={() => void go.run(activity.id)}
              >
                <span className="agenda-index" aria-hidden="true">
                  {state === 'done' ? '✓' : index + 1}
                </span>
                <span className="agenda-text">
                  <span className="agenda-title">{activity.title}</span>
                  <span className="agenda-times" data-testid="agenda-times">
                    {dropped ? 'Dropped from the plan' : `${formatMinutes(minutesNow)} planned`}
                    {!dropped && minutesNow !== activity.plannedMinutes ? ` (was ${formatMinutes(activity.plannedMinutes)})` : ''}
                    {used > 0 ? ` · ${formatUsed(used)} used` : ''}
                    {current ? <span className="visually-hidden"> (current activity)</span> : null}
                  </span>
                </span>
              </button>
              {planning && place >= 0 ? (
                <AgendaPlanControls
                  activityId={activity.id}
                  title={activity.title}
                  minutes={minutesNow}
                  dropped={dropped}
                  upTo={movable[place - 1] ?? null}
                  downTo={movable[place + 1] ?? null}
                  change={(command) => void plan.run(command)}
                  busy={plan.pending}
                />
              ) : null}
            </li>
          );
        })}
      </ol>
      {planning ? (
        <button type="button" className="btn btn-small agenda-add" data-testid="agenda-add" onClick={() => setLibraryOpen(true)}>
          + Add an activity
        </button>
      ) : null}
      {libraryOpen ? (
        <Suspense fallback={null}>
          <MethodLibraryDialog titles={agenda.map((activity) => activity.title)} currentIndex={currentIndex} send={(command) => commands.send(command)} onClose={() => setLibraryOpen(false)} />
        </Suspense>
      ) : null}
    </nav>
  );
}
