import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import type { FileEntry } from '../../../shared/protocol/verbs';
import { useHostLink } from '../../app/linkContext';
import { describeError } from '../../transport/hostCallError';
import { InlineError } from '../../ui/InlineError';
import { Modal } from '../../ui/Modal';
import { formatDateTime } from '../../ui/format';
import { fileNameProblem, folderTrail, joinPath, parentFolder, withSessionExtension } from './paths';

/** Props of the in-app file dialog used in browser mode. */
export interface FileDialogProps {
  mode: 'open' | 'save';
  suggestedName?: string;
  onCancel: () => void;
  /** Resolves with an error message to show, or null when done. */
  onChoose: (path: string) => Promise<string | null>;
}

interface Listing {
  folder: string;
  entries: FileEntry[];
}

/** Lists the workspace's folders and sessions so the facilitator can open one or pick where to save. */
export function FileDialog({ mode, suggestedName = '', onCancel, onChoose }: FileDialogProps) {
  const link = useHostLink();
  const [folder, setFolder] = useState<string | undefined>(undefined);
  const [listing, setListing] = useState<Listing | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [name, setName] = useState(suggestedName);
  const [actionError, setActionError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    setLoadError(null);
    link.call('files.list', folder === undefined ? {} : { folder }).then(
      (result) => live && setListing(result),
      (error: unknown) => live && setLoadError(describeError(error)),
    );
    return () => {
      live = false;
    };
  }, [link, folder]);

  const choose = async (path: string) => {
    setBusy(true);
    setActionError(null);
    const problem = await onChoose(path);
    setBusy(false);
    if (problem) setActionError(problem);
  };

  const submitSave = (event: FormEvent) => {
    event.preventDefault();
    const problem = fileNameProblem(name);
    if (problem) return setActionError(problem);
    void choose(joinPath(listing?.folder ?? '', withSessionExtension(name)));
  };

  const current = listing?.folder ?? '';
  const parent = listing ? parentFolder(current) : null;
  const folders = listing?.entries.filter((entry) => entry.kind === 'folder') ?? [];
  const sessions = listing?.entries.filter((entry) => entry.kind === 'session') ?? [];
  const nameTaken = mode === 'save' && sessions.some((entry) => entry.name === withSessionExtension(name));

  return (
    <Modal title={mode === 'open' ? 'Open a session' : 'Save session as'} onClose={onCancel} className="modal-files" testId="file-dialog">
      <nav className="file-trail" aria-label="Folder">
        <button type="button" className="btn-link" onClick={() => setFolder('')} aria-current={folderTrail(current).length === 0 ? 'location' : undefined}>
          Workspace
        </button>
        {folderTrail(current).map((crumb, index, all) => (
          <span key={crumb.path} className="file-trail-part">
            <span aria-hidden="true">/</span>
            <button type="button" className="btn-link" onClick={() => setFolder(crumb.path)} aria-current={index === all.length - 1 ? 'location' : undefined}>
              {crumb.name}
            </button>
          </span>
        ))}
      </nav>
      <InlineError prefix="Could not list this folder" error={loadError} />
      <ul className="file-list" aria-label="Folders and sessions" aria-busy={listing === null}>
        {parent !== null ? (
          <li>
            <button type="button" className="file-row" onClick={() => setFolder(parent)}>
              <span className="file-icon" aria-hidden="true">↰</span>
              <span className="file-name">Up one folder</span>
            </button>
          </li>
        ) : null}
        {/* A long name is cut with an ellipsis to keep its row one line (.file-name); the row's title shows all of it on hover. */}
        {folders.map((entry) => (
          <li key={entry.path}>
            <button type="button" className="file-row" onClick={() => setFolder(entry.path)} aria-label={`Folder ${entry.name}`} title={entry.name}>
              <span className="file-icon" aria-hidden="true">▸</span>
              <span className="file-name">{entry.name}</span>
              <span className="file-meta">Folder</span>
            </button>
          </li>
        ))}
        {sessions.map((entry) => (
          <li key={entry.path}>
            <button
              type="button"
              className="file-row"
              data-testid="file-entry"
              title={entry.name}
              disabled={busy}
              onClick={() => (mode === 'open' ? void choose(entry.path) : setName(entry.name.replace(/\.groundwork$/i, '')))}
            >
              <span className="file-icon" aria-hidden="true">◆</span>
              <span className="file-name">{entry.name}</span>
              <span className="file-meta">{formatDateTime(entry.modifiedAt)}</span>
            </button>
          </li>
        ))}
        {listing && folders.length === 0 && sessions.length === 0 ? <li className="file-empty">This folder has no sessions yet.</li> : null}
        {!listing && !loadError ? <li className="file-empty">Loading…</li> : null}
      </ul>
      {mode === 'save' ? (
        <form className="file-save" onSubmit={submitSave}>
          <label className="field">
            <span className="field-label">File name</span>
            <input className="input" value={name} onChange={(event) => setName(event.target.value)} data-autofocus maxLength={120} />
          </label>
          {nameTaken ? <p className="field-hint">A session with this name exists here; saving replaces it.</p> : null}
          <InlineError error={actionError} />
          <div className="modal-actions">
            <button type="button" className="btn" onClick={onCancel}>
              Cancel
            </button>
            <button type="submit" className="btn btn-primary" data-testid="file-dialog-save" disabled={busy}>
              {busy ? 'Saving…' : 'Save'}
            </button>
          </div>
        </form>
      ) : (
        <>
          <InlineError error={actionError} />
          <div className="modal-actions">
            <button type="button" className="btn" onClick={onCancel}>
              Cancel
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}
