import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { WorkshopSummary } from '../../../shared/protocol/verbs';
import { useHostLink } from '../../app/linkContext';
import { useHostAction } from '../../app/useHostAction';
import { todayIsoDate } from '../../ui/format';
import { InlineError } from '../../ui/InlineError';
import { useWorkshopList } from './useWorkshopList';
import { WorkshopFolder } from './WorkshopFolder';
import type { WorkshopFolderHandle } from './WorkshopFolder';
import { WorkshopOptions } from './WorkshopOptions';
import './workshops.css';
import type { BuilderStart } from '../builder/WorkshopBuilder';

/** What the card is told: whether the host is there, the workshop to offer first (one just saved), and how to open the builder. */
export interface NewSessionCardProps {
  connected: boolean;
  preferredId?: string | null;
  onBuild?: (start: BuilderStart) => void;
}

/** The "start a new session" form: pick a workshop (built in or from the folder), name the group, set the date; or build one. */
export function NewSessionCard({ connected, preferredId = null, onBuild }: NewSessionCardProps) {
  const link = useHostLink();
  const { list, error: loadError, loading, refresh } = useWorkshopList(connected);
  const [chosenId, setChosenId] = useState(preferredId ?? '');
  const [group, setGroup] = useState('');
  const [date, setDate] = useState(todayIsoDate);
  const [groupProblem, setGroupProblem] = useState<string | null>(null);
  const create = useHostAction((args: { workshopId: string; group: string; date: string }) => link.call('session.create', args));
  const headingId = useId();
  const problemsRef = useRef<WorkshopFolderHandle>(null);

  const workshops = list?.workshops ?? null;
  const workshopId = workshops?.some((workshop) => workshop.id === chosenId) ? chosenId : (workshops?.[0]?.id ?? '');
  const folderCount = workshops?.filter((workshop) => workshop.origin === 'folder').length ?? 0;

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
          <InlineError prefix="Could not load the workshops" error={loadError} />
          {workshops === null && !loadError ? <p className="muted">Loading workshops…</p> : null}
          {workshops ? <WorkshopOptions workshops={workshops} selectedId={workshopId} onSelect={setChosenId} /> : null}
          {list && folderCount === 0 && list.problems.length === 0 ? (
            <p className="field-hint" data-testid="workshop-folder-empty">
              No workshops of your own yet: press New workshop to build one, or add a <code>.workshop.json</code> file to your workshop folder (below) and press Refresh.
            </p>
          ) : null}
          {onBuild && workshops ? <BuildButtons chosen={workshops.find((workshop) => workshop.id === workshopId) ?? null} connected={connected} onBuild={onBuild} /> : null}
          {list && list.problems.length > 0 ? <ProblemsPointer count={new Set(list.problems.map((problem) => problem.file)).size} onShow={() => problemsRef.current?.show()} /> : null}
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
          <p className="inline-error" role="alert" data-testid="new-session-error">
            Could not start the session: {create.error}
          </p>
        ) : null}
        <div>
          <button type="submit" className="btn btn-primary btn-large" data-testid="new-session-start" disabled={create.pending || !workshopId || !connected}>
            {create.pending ? 'Starting…' : 'Start session'}
          </button>
        </div>
      </form>
      <WorkshopFolder ref={problemsRef} folder={list?.folder ?? null} problems={list?.problems ?? []} loading={loading} connected={connected} onChanged={refresh} onRefresh={refresh} />
    </section>
  );
}

/** The builder's doors: a new workshop, or the chosen one to change (a folder file) or to copy (a built-in one). */
function BuildButtons({ chosen, connected, onBuild }: { chosen: WorkshopSummary | null; connected: boolean; onBuild: (start: BuilderStart) => void }) {
  return (
    <div className="workshop-build" data-testid="workshop-build">
      <button type="button" className="btn btn-small" disabled={!connected} onClick={() => onBuild({ from: 'new' })}>
        New workshop
      </button>
      {chosen ? (
        chosen.origin === 'folder' ? (
          <button type="button" className="btn btn-small" disabled={!connected} onClick={() => onBuild({ from: 'edit', id: chosen.id })}>
            Edit “{chosen.title}”
          </button>
        ) : (
          <button type="button" className="btn btn-small" disabled={!connected} onClick={() => onBuild({ from: 'copy', id: chosen.id })}>
            Copy “{chosen.title}” to change it
          </button>
        )
      ) : null}
    </div>
  );
}

/** One line under the workshop list saying that some files were skipped, with a button that shows why. */
function ProblemsPointer({ count, onShow }: { count: number; onShow: () => void }) {
  return (
    <p className="workshop-problems-pointer" data-testid="workshop-problems-pointer">
      {count === 1 ? 'One file in your workshop folder could not be used.' : `${count} files in your workshop folder could not be used.`}{' '}
      <button type="button" className="btn-link" onClick={onShow}>
        Show why
      </button>
    </p>
  );
}
