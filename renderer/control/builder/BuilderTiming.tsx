import { formatMinutes } from '../../ui/format';
import { useBuilderFields } from './builderContext';
import { FieldProblems, NumberField } from './fields';
import type { PlanTiming } from './planTiming';

/** The plan's frame beside the agenda: start time, time available, the running total, the finish, and a warning when it runs over. */
export function BuilderTiming({ timing }: { timing: PlanTiming }) {
  const { document, change, problemsAt } = useBuilderFields();
  const start = typeof document.plannedStart === 'string' ? document.plannedStart : '';
  const available = typeof document.availableMinutes === 'number' ? document.availableMinutes : null;
  return (
    <section className="builder-timing" aria-label="Timing" data-testid="builder-timing">
      <div className="builder-row">
        <div className="builder-field">
          <label className="field-label" htmlFor="builder-start">
            Starts at
          </label>
          <input id="builder-start" className="input" type="time" value={start} onChange={(event) => change(['plannedStart'], event.target.value === '' ? undefined : event.target.value)} />
          <FieldProblems id="builder-start-problems" problems={problemsAt('plannedStart')} />
        </div>
        <NumberField label="Time available" path={['availableMinutes']} min={1} suffix="min" />
      </div>
      <p className="builder-total" data-testid="builder-total">
        Planned {formatMinutes(timing.totalMinutes)}
        {timing.finishesAt ? `, ends at ${timing.finishesAt}` : ''}
      </p>
      {timing.minutesOver > 0 && available !== null ? (
        <p className="builder-over" role="status" data-testid="builder-over">
          {formatMinutes(timing.minutesOver)} over the {formatMinutes(available)} available: shorten or drop something.
        </p>
      ) : null}
    </section>
  );
}
