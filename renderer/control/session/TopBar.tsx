import './topBar.css';
import { useState } from 'react';
import { useHostLink } from '../../app/linkContext';
import { useHostAction } from '../../app/useHostAction';
import { useAppSelector } from '../../store/hooks';
import { formatSessionDate } from '../../ui/format';
import { BackupOfferButton } from '../files/BackupOfferButton';
import { useFileActions } from '../files/fileActionsContext';
import { UndoButtons } from '../history/UndoButtons';
import { SaveStatus } from './SaveStatus';

/** What the top bar says of a session not yet saved to a file of its own. */
const UNTITLED = 'Untitled (autosaved to recovery)';

/** The session's top bar: what is running, where it is saved, and the projector and file buttons. */
export function TopBar() {
  const meta = useAppSelector((state) => state.session?.meta);
  const file = useAppSelector((state) => state.sync.status?.file ?? null);
  const files = useFileActions();
  const link = useHostLink();
  const [blockedUrl, setBlockedUrl] = useState<string | null>(null);
  const present = useHostAction(async () => {
    setBlockedUrl(null);
    const result = await link.call('presenter.open', {});
    if (result.url) {
      const opened = window.open(result.url, 'groundwork-presenter');
      if (!opened) setBlockedUrl(result.url);
    }
  });
  if (!meta) return null;
  const problems = [present.error && `Could not open the presenter: ${present.error}`, files.error].filter(Boolean);

  return (
    <header className="topbar">
      <div className="topbar-id">
        <p className="topbar-title" title={meta.title}>
          {meta.title}
        </p>
        <p className="topbar-sub">
          <span>{meta.group}</span>
          <span aria-hidden="true"> · </span>
          <span>{formatSessionDate(meta.date)}</span>
        </p>
      </div>
      <div className="topbar-file">
        <SaveStatus />
        {/* Cut short on a narrow window: the full name (or the file's path) shows on hover. */}
        <p className="file-label" data-testid="file-name" title={file?.path ?? UNTITLED}>
          {file ? file.name : UNTITLED}
        </p>
      </div>
      <div className="topbar-actions">
        <UndoButtons />
        <div className="button-group" role="group" aria-label="Projector">
          <button type="button" className="btn" data-testid="present" onClick={() => void present.run()} disabled={present.pending}>
            <span className="btn-icon-glyph" aria-hidden="true">▭</span>
            Present
          </button>
        </div>
        <div className="button-group" role="group" aria-label="File">
          <button type="button" className="btn" data-testid="save" onClick={files.save} disabled={files.busy}>
            Save
          </button>
          <button type="button" className="btn" data-testid="save-as" onClick={files.saveAs} disabled={files.busy}>
            Save As…
          </button>
          <button type="button" className="btn" data-testid="export-report" onClick={files.exportReport} title="Write the client report, your facilitator record or a run sheet to print, to a file">
            Export report
          </button>
          <button type="button" className="btn" data-testid="open" onClick={files.open} disabled={files.busy}>
            Open…
          </button>
          <button type="button" className="btn" data-testid="home" onClick={files.goHome} disabled={files.busy}>
            Home
          </button>
        </div>
      </div>
      {problems.length > 0 || blockedUrl ? (
        <div className="topbar-problems" role="alert">
          {problems.map((problem) => (
            <p key={problem as string} className="inline-error">
              {problem}
            </p>
          ))}
          {blockedUrl ? (
            <p className="inline-error">
              The browser blocked the presenter window.{' '}
              <a href={blockedUrl} target="groundwork-presenter" rel="noopener">
                Open the presenter view
              </a>{' '}
              and drag it to the projector.
            </p>
          ) : null}
          {files.errorBackup ? <BackupOfferButton backup={files.errorBackup} onOpen={files.openBackup} disabled={files.busy} /> : null}
          {files.error ? (
            <button type="button" className="btn-link" onClick={files.clearError}>
              Dismiss
            </button>
          ) : null}
        </div>
      ) : null}
    </header>
  );
}
