import { useEffect, useId, useImperativeHandle, useRef, useState } from 'react';
import type { Ref } from 'react';
import type { WorkshopFileProblem } from '../../../shared/protocol/verbs';
import type { FormEvent, KeyboardEvent } from 'react';
import { useHostLink } from '../../app/linkContext';
import { useHostAction } from '../../app/useHostAction';
import { useAppSelector } from '../../store/hooks';
import { WorkshopProblems } from './WorkshopProblems';

/** Lets the workshop list bring the problems into view. */
export interface WorkshopFolderHandle {
  /** Scrolls to the list of files with problems and moves focus there. */
  show(): void;
}

/** Props of the workshop-folder section. */
export interface WorkshopFolderProps {
  ref?: Ref<WorkshopFolderHandle>;
  folder: string | null;
  problems: WorkshopFileProblem[];
  loading: boolean;
  connected: boolean;
  onChanged: () => Promise<void>;
  onRefresh: () => Promise<void>;
}

/** Where folder workshops come from, the files there that could not be used, with Refresh and a way to choose another folder. */
export function WorkshopFolder({ ref, folder, problems, loading, connected, onChanged, onRefresh }: WorkshopFolderProps) {
  const link = useHostLink();
  const desktop = useAppSelector((state) => state.sync.capabilities?.nativeDialogs ?? false);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const save = useHostAction((requested: string) => link.call('settings.setWorkshopFolder', { folder: requested }));
  const changeButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const inputId = useId();
  const problemsBox = useRef<HTMLDivElement>(null);
  useImperativeHandle(ref, () => ({
    show: () => {
      problemsBox.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      problemsBox.current?.focus({ preventScroll: true });
    },
  }));

  const open = () => {
    setDraft(folder ?? '');
    save.clearError();
    setEditing(true);
  };
  const close = () => {
    setEditing(false);
    returnFocus.current = true;
  };
  useEffect(() => {
    if (editing || !returnFocus.current) return;
    returnFocus.current = false;
    changeButton.current?.focus();
  }, [editing]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim() === '') return;
    if (await save.run(draft.trim())) {
      close();
      await onChanged();
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  };

  return (
    <section className="workshop-folder" data-testid="workshop-folder" aria-label="Workshop folder">
      <div className="workshop-folder-row">
        <div className="workshop-folder-what">
          <span className="field-label">Your workshop folder</span>
          <code className="workshop-folder-path" data-testid="workshop-folder-path">
            {folder === null ? '…' : folder === '' ? '(the workspace folder itself)' : folder}
          </code>
        </div>
        <div className="workshop-folder-actions">
          <button type="button" className="btn btn-small" data-testid="workshops-refresh" onClick={() => void onRefresh()} disabled={!connected || loading}>
            {loading ? 'Reading…' : 'Refresh'}
          </button>
          {editing ? null : (
            <button type="button" ref={changeButton} className="btn btn-small" data-testid="workshop-folder-change" onClick={open} disabled={!connected}>
              Change folder…
            </button>
          )}
        </div>
      </div>
      <p className="field-hint">Workshops you write go here as files named like <code>team-retro.workshop.json</code>; the format is described in docs/workshop-format.md.</p>
      {editing ? (
        <form className="workshop-folder-form" onSubmit={(event) => void submit(event)} onKeyDown={onKeyDown} noValidate>
          <label className="field-label" htmlFor={inputId}>
            Folder
          </label>
          <div className="workshop-folder-edit">
            <input
              id={inputId}
              className="input"
              data-testid="workshop-folder-input"
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              autoFocus
              spellCheck={false}
              maxLength={4096}
              aria-invalid={save.error ? true : undefined}
              aria-describedby={`${inputId}-hint${save.error ? ` ${inputId}-error` : ''}`}
            />
            <button type="submit" className="btn btn-primary" data-testid="workshop-folder-save" disabled={save.pending || draft.trim() === ''}>
              {save.pending ? 'Checking…' : 'Use this folder'}
            </button>
            <button type="button" className="btn btn-quiet" onClick={close}>
              Cancel
            </button>
          </div>
          <p className="field-hint" id={`${inputId}-hint`}>
            {desktop ? 'Type the full path of an existing folder.' : 'A folder inside your workspace, for example Workshops or team/workshops.'} Esc cancels.
          </p>
          {save.error ? (
            <p className="inline-error" id={`${inputId}-error`} role="alert" data-testid="workshop-folder-error">
              {save.error}
            </p>
          ) : null}
        </form>
      ) : null}
      <div ref={problemsBox} tabIndex={-1} className="workshop-problems-anchor">
        <WorkshopProblems problems={problems} />
      </div>
    </section>
  );
}
