import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { WorkshopSummary } from '../../../shared/protocol/verbs';
import { useHostLink } from '../../app/linkContext';
import { useHostAction } from '../../app/useHostAction';
import { describeError } from '../../transport/hostCallError';
import { formatMinutes, todayIsoDate } from '../../ui/format';

/** The "start a new session" form: pick a workshop, name the group, set the date. */
export function NewSessionCard({ connected }: { connected: boolean }) {
  const link = useHostLink();
  const [workshops, setWorkshops] = useState<WorkshopSummary[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [workshopId, setWorkshopId] = useState('');
  const [group, setGroup] = useState('');
  const [date, setDate] = useState(todayIsoDate);
  const [groupProblem, setGroupProblem] = useState<string | null>(null);
  const create = useHostAction((args: { workshopId: string; group: string; date: string }) => link.call('session.create', args));
  const headingId = useId();

  useEffect(() => {
    if (!connected) return;
    let live = true;
    link.call('workshops.list', {}).then(
      (result) => {
        if (!live) return;
        setWorkshops(result.workshops);
        setLoadError(null);
        setWorkshopId((current) => current || (result.workshops[0]?.id ?? ''));
      },
      (error: unknown) => live && setLoadError(describeError(error)),
    );
    return () => {
      live = false;
    };
  }, [link, connected]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (group.trim() === '') {
      setGroupProblem('Enter the group name, for example “Sales team” or “Cohort 3”.');
      return;
    }
    setGroupProblem(null);
    void create.run({ workshopId, group: group.trim(), date });
  };

  return (
    <section className="card home-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        Start a new session
      </h2>
      <form onSubmit={submit} noValidate className="stack">
        <fieldset className="field">
          <legend className="field-label">Workshop</legend>
          {loadError ? (
            <p className="inline-error" role="alert">
              Could not load the workshops: {loadError}
            </p>
          ) : null}
          {workshops === null && !loadError ? <p className="muted">Loading workshops…</p> : null}
          <div className="workshop-options">
            {workshops?.map((workshop) => (
              <label key={workshop.id} className={`workshop-option${workshop.id === workshopId ? ' is-selected' : ''}`}>
                <input type="radio" name="workshop" value={workshop.id} checked={workshop.id === workshopId} onChange={() => setWorkshopId(workshop.id)} />
                <span className="workshop-body">
                  <span className="workshop-title">{workshop.title}</span>
                  <span className="workshop-summary">{workshop.summary}</span>
                  <span className="workshop-meta">
                    {workshop.activityTitles.length} activities · {formatMinutes(workshop.totalMinutes)}
                  </span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field-row">
          <label className="field field-grow">
            <span className="field-label">Group name</span>
            <input
              className="input"
              data-testid="new-session-group"
              value={group}
              onChange={(event) => setGroup(event.target.value)}
              placeholder="e.g. Sales team, spring cohort"
              maxLength={200}
              aria-invalid={groupProblem ? true : undefined}
              aria-describedby={groupProblem ? `${headingId}-group-problem` : undefined}
            />
          </label>
          <label className="field">
            <span className="field-label">Date</span>
            <input className="input" type="date" data-testid="new-session-date" value={date} onChange={(event) => setDate(event.target.value)} required />
          </label>
        </div>
        {groupProblem ? (
          <p className="inline-error" id={`${headingId}-group-problem`} role="alert">
            {groupProblem}
          </p>
        ) : null}
        {create.error ? (
          <p className="inline-error" role="alert">
            Could not start the session: {create.error}
          </p>
        ) : null}
        <div>
          <button type="submit" className="btn btn-primary btn-large" data-testid="new-session-start" disabled={create.pending || !workshopId || !connected}>
            {create.pending ? 'Starting…' : 'Start session'}
          </button>
        </div>
      </form>
    </section>
  );
}
