import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Method } from '../../../shared/workshop/methodLibrary';
import { useHostLink } from '../../app/linkContext';
import { useHostAction } from '../../app/useHostAction';
import { describeError } from '../../transport/hostCallError';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { InlineError } from '../../ui/InlineError';
import { ActivityForm, WorkshopDetailsForm } from './ActivityForm';
import { AddFromLibrary } from './AddFromLibrary';
import { AgendaEditor } from './AgendaEditor';
import { BuilderFieldsContext } from './builderContext';
import type { BuilderFields } from './builderContext';
import { activityIndexOf, useDraftChecks } from './builderChecks';
import { recordEdit, redo, startHistory, undo } from './builderHistory';
import type { BuilderHistory } from './builderHistory';
import { BuilderPreview } from './BuilderPreview';
import { BuilderTiming } from './BuilderTiming';
import { ProblemList } from './ProblemList';
import { StartChooser } from './StartChooser';
import { planTiming } from './planTiming';
import { activitiesOf, activityFromMethod, copyOfWorkshop, idFromText, moveItem, pathText, setAt, suggestedFileName, withoutItem } from './workshopDocument';
import type { FieldPath, WorkshopDocument } from './workshopDocument';
import './builder.css';

/** Where the builder starts: a new workshop (blank or from a template, chosen first), a copy of one from the list, or a file of the folder to change. */
export type BuilderStart = { from: 'new' } | { from: 'copy'; id: string } | { from: 'edit'; id: string };

/** The builder's props: where it starts, and how it leaves (with the id of the workshop it saved, if any). */
export interface WorkshopBuilderProps {
  start: BuilderStart;
  onClose: (savedId: string | null) => void;
}

/** What the builder opened: the document and, for a file of the folder, its name (it is saved back there). */
interface Opened {
  document: WorkshopDocument;
  fileName: string | null;
}

/** The workshop builder: loads what it starts from, then hands it to the editor. */
export function WorkshopBuilder({ start, onClose }: WorkshopBuilderProps) {
  const link = useHostLink();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (start.from === 'new') return;
    let live = true;
    link.call('workshops.read', { id: start.id }).then(
      (read) => {
        if (!live) return;
        const editable = start.from === 'edit' && read.fileName !== null;
        setOpened(editable ? { document: read.document, fileName: read.fileName } : { document: copyOfWorkshop(read.document), fileName: null });
      },
      (caught: unknown) => {
        if (live) setError(describeError(caught));
      },
    );
    return () => {
      live = false;
    };
  }, [link, start]);
  if (opened) return <BuilderEditor initial={opened} onClose={onClose} />;
  if (start.from === 'new') return <StartChooser onChoose={(document) => setOpened({ document, fileName: null })} onCancel={() => onClose(null)} />;
  return (
    <div className="builder builder-loading">
      {error ? (
        <div className="card stack">
          <InlineError prefix="Could not open the workshop" error={error} />
          <div>
            <button type="button" className="btn" onClick={() => onClose(null)}>
              Back to the workshops
            </button>
          </div>
        </div>
      ) : (
        <p className="muted">Opening the workshop…</p>
      )}
    </div>
  );
}

/** A saved state of the document: what was written, and the id the list gives it. */
interface Saved {
  document: WorkshopDocument;
  id: string;
  at: number;
}

function BuilderEditor({ initial, onClose }: { initial: Opened; onClose: (savedId: string | null) => void }) {
  const link = useHostLink();
  const [history, setHistory] = useState<BuilderHistory>(() => startHistory(initial.document));
  const [selected, setSelected] = useState<number | 'workshop'>(() => (activitiesOf(initial.document).length > 0 ? 0 : 'workshop'));
  const [savedFileName, setSavedFileName] = useState<string | null>(initial.fileName);
  const [typedFileName, setTypedFileName] = useState<string | null>(null);
  const [saved, setSaved] = useState<Saved | null>(initial.fileName === null ? null : { document: initial.document, id: `folder:${initial.fileName}`, at: 0 });
  const [libraryOpen, setLibraryOpen] = useState(false);
  const [leaving, setLeaving] = useState(false);
  // The id to hand back on leaving: what the last save wrote (read after a save that ends the builder).
  const savedId = useRef<string | null>(initial.fileName === null ? null : `folder:${initial.fileName}`);

  const document = history.present;
  const activities = activitiesOf(document);
  const fileName = savedFileName ?? typedFileName ?? suggestedFileName(document);
  const timing = useMemo(() => planTiming(document), [document]);
  const dirty = saved === null || saved.document !== document;
  const selectedIndex = typeof selected === 'number' && selected < activities.length ? selected : null;
  const checks = useDraftChecks(document, fileName, selectedIndex);

  const problemCounts = useMemo(() => {
    const counts = activities.map(() => 0);
    for (const problem of checks.all) {
      const index = activityIndexOf(problem.path);
      if (index !== null && index < counts.length) counts[index] = (counts[index] ?? 0) + 1;
    }
    return counts;
  }, [activities, checks]);

  const edit = useCallback((make: (current: WorkshopDocument) => WorkshopDocument, key: string | null) => {
    setHistory((current) => recordEdit(current, make(current.present), key, Date.now()));
  }, []);

  const change = useCallback(
    (path: FieldPath, value: unknown) => {
      edit((current) => {
        const next = setAt(current, path, value);
        // A workshop not yet saved takes its id from its title, so the facilitator never has to invent one.
        return savedFileName === null && path.length === 1 && path[0] === 'title' ? { ...next, id: idFromText(String(value), 'new-workshop') } : next;
      }, pathText(path));
    },
    [edit, savedFileName],
  );

  const fields = useMemo<BuilderFields>(() => ({ document, change, problemsAt: (path) => checks.at.get(path) ?? [] }), [document, change, checks]);

  const move = useCallback(
    (from: number, to: number) => {
      edit((current) => setAt(current, ['activities'], moveItem(activitiesOf(current), from, to)), null);
      setSelected(to);
    },
    [edit],
  );
  const remove = useCallback(
    (index: number) => {
      edit((current) => setAt(current, ['activities'], withoutItem(activitiesOf(current), index)), null);
      setSelected((current) => (typeof current === 'number' && current >= index ? (current > 0 ? current - 1 : activities.length > 1 ? 0 : 'workshop') : current));
    },
    [edit, activities.length],
  );
  const add = (method: Method) => {
    const at = selectedIndex === null ? activities.length : selectedIndex + 1;
    edit((current) => {
      const list = activitiesOf(current);
      return setAt(current, ['activities'], [...list.slice(0, at), activityFromMethod(method, current, at), ...list.slice(at)]);
    }, null);
    setSelected(at);
    setLibraryOpen(false);
  };

  const save = useHostAction(async () => {
    const written = document;
    const result = await link.call('workshops.save', { fileName, document: written, replace: savedFileName !== null });
    savedId.current = result.id;
    setSavedFileName(result.fileName);
    setSaved({ document: written, id: result.id, at: Date.now() });
    return result;
  });

  const stepBack = useCallback(() => setHistory(undo), []);
  const stepForward = useCallback(() => setHistory(redo), []);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) stepBack();
      else if ((key === 'z' && event.shiftKey) || key === 'y') stepForward();
      else if (key === 's') void save.run();
      else return;
      // The builder's own history, not the text box's: every field is drawn from the document.
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [stepBack, stepForward, save]);

  const leave = () => (dirty ? setLeaving(true) : onClose(savedId.current));
  const problemCount = checks.all.length;
  const title = typeof document.title === 'string' && document.title.trim() !== '' ? document.title : 'Untitled workshop';

  return (
    <BuilderFieldsContext.Provider value={fields}>
      <div className="builder" data-testid="workshop-builder">
        <header className="builder-bar">
          <button type="button" className="btn btn-quiet" onClick={leave}>
            ← Workshops
          </button>
          <h1 className="builder-heading">
            <span className="builder-heading-kicker">Workshop builder</span>
            <span className="builder-heading-title">{title}</span>
          </h1>
          <p className="builder-status" role="status" data-testid="builder-status">
            {checks.checked === null ? 'Checking…' : statusLine({ problemCount, dirty, saved, pending: save.pending })}
          </p>
          <div className="builder-bar-actions">
            <button type="button" className="btn" onClick={stepBack} disabled={history.past.length === 0} aria-keyshortcuts="Control+Z" title="Undo (Ctrl+Z)">
              Undo
            </button>
            <button type="button" className="btn" onClick={stepForward} disabled={history.future.length === 0} aria-keyshortcuts="Control+Shift+Z" title="Redo (Ctrl+Shift+Z)">
              Redo
            </button>
            <button type="button" className="btn btn-primary" onClick={() => void save.run()} disabled={save.pending} aria-keyshortcuts="Control+S" title="Save (Ctrl+S)">
              {problemCount > 0 ? 'Save draft' : 'Save'}
            </button>
            <button type="button" className="btn" onClick={leave}>
              Done
            </button>
          </div>
        </header>
        <InlineError prefix="Could not save the workshop" error={save.error} />
        <InlineError prefix="Could not check the workshop" error={checks.error} />
        <div className="builder-body">
          <aside className="builder-agenda" aria-label="Agenda and timing">
            <button type="button" className={`builder-details-pick${selected === 'workshop' ? ' is-selected' : ''}`} aria-current={selected === 'workshop' ? 'true' : undefined} onClick={() => setSelected('workshop')}>
              Workshop details
              {problemsOutsideActivities(checks.all) > 0 ? <span className="builder-agenda-problems"> · {problemsOutsideActivities(checks.all)} to fix</span> : null}
            </button>
            <BuilderTiming timing={timing} />
            <AgendaEditor activities={activities} selected={selectedIndex} timing={timing} problemCounts={problemCounts} onSelect={setSelected} onMove={move} onRemove={remove} />
            <button type="button" className="btn builder-add" onClick={() => setLibraryOpen(true)} data-testid="builder-add">
              + Add an activity
            </button>
          </aside>
          <main className="builder-form" aria-label={selectedIndex === null ? 'Workshop details' : `Activity ${selectedIndex + 1}`}>
            {selectedIndex === null ? (
              <WorkshopDetailsForm fileName={fileName} onFileName={setTypedFileName} fileNameFixed={savedFileName !== null} />
            ) : (
              <ActivityForm key={selectedIndex} index={selectedIndex} />
            )}
          </main>
          <aside className="builder-side" aria-label="Preview and problems">
            <BuilderPreview view={checks.preview} of={selectedIndex === null ? 'title screen' : 'activity'} />
            <ProblemList problems={checks.all} onPick={(index) => setSelected(index ?? 'workshop')} />
          </aside>
        </div>
        {libraryOpen ? <AddFromLibrary afterTitle={titleOf(activities[selectedIndex ?? activities.length - 1])} onAdd={add} onClose={() => setLibraryOpen(false)} /> : null}
        {leaving ? (
          <ConfirmDialog
            title="Save your changes?"
            message={problemCount > 0 ? 'This workshop has changes that are not saved. Saved with its problems, it is kept as a draft you cannot start yet.' : 'This workshop has changes that are not saved.'}
            confirmLabel="Save and close"
            onConfirm={() => {
              setLeaving(false);
              void save.run().then((ok) => {
                if (ok) onClose(savedId.current);
              });
            }}
            secondary={{ label: 'Close without saving', onClick: () => onClose(savedId.current) }}
            onCancel={() => setLeaving(false)}
            testId="builder-leave"
          />
        ) : null}
      </div>
    </BuilderFieldsContext.Provider>
  );
}

/** An activity's title for a sentence; null when there is no activity. */
function titleOf(activity: Record<string, unknown> | undefined): string | null {
  if (activity === undefined) return null;
  return typeof activity.title === 'string' && activity.title.trim() !== '' ? activity.title : 'Untitled activity';
}

function problemsOutsideActivities(problems: readonly { path: string }[]): number {
  return problems.filter((problem) => activityIndexOf(problem.path) === null).length;
}

/** The sentence in the bar: whether the workshop can be started, and whether what is shown is saved. */
function statusLine({ problemCount, dirty, saved, pending }: { problemCount: number; dirty: boolean; saved: Saved | null; pending: boolean }): string {
  if (pending) return 'Saving…';
  const problems = problemCount === 0 ? '' : problemCount === 1 ? 'Fix 1 problem before this workshop can be started.' : `Fix ${problemCount} problems before this workshop can be started.`;
  if (dirty) return problems === '' ? 'Ready to start once saved. Not saved yet.' : `${problems} Not saved yet.`;
  if (problems !== '') return `Saved as a draft. ${problems}`;
  return `Saved${saved && saved.at > 0 ? ` at ${new Date(saved.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}` : ''}. Ready to start from the home screen.`;
}
