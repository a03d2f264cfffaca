import { useEffect, useId, useState } from 'react';
import type { RecentSession } from '../../../shared/protocol/verbs';
import { useHostLink } from '../../app/linkContext';
import { describeError } from '../../transport/hostCallError';
import { formatDateTime, formatSessionDate } from '../../ui/format';
import { InlineError } from '../../ui/InlineError';
import { useFileActions } from '../files/fileActionsContext';
import { BackupOfferButton } from '../files/BackupOfferButton';

/** Opening a saved session: the Open button and the list of recent sessions. */
export function RecentSessions({ connected }: { connected: boolean }) {
  const link = useHostLink();
  const files = useFileActions();
  const [sessions, setSessions] = useState<RecentSession[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const headingId = useId();

  useEffect(() => {
    if (!connected) return;
    let live = true;
    link.call('recent.list', {}).then(
      (result) => {
        if (!live) return;
        setSessions(result.sessions);
        setLoadError(null);
      },
      (error: unknown) => live && setLoadError(describeError(error)),
    );
    return () => {
      live = false;
    };
  }, [link, connected]);

  return (
    <section className="card home-card" aria-labelledby={headingId}>
      <div className="card-head">
        <h2 id={headingId} className="card-title">
          Continue a session
        </h2>
        <button type="button" className="btn" data-testid="open-session" onClick={files.open} disabled={!connected || files.busy}>
          Open session…
        </button>
      </div>
      {files.error ? (
        <div role="alert">
          <p className="inline-error">{files.error}</p>
          {files.errorBackup ? <BackupOfferButton backup={files.errorBackup} onOpen={files.openBackup} disabled={!connected || files.busy} /> : null}
        </div>
      ) : null}
      <h3 className="section-label">Recent</h3>
      <InlineError prefix="Could not load recent sessions" error={loadError} />
      {sessions === null && !loadError ? <p className="muted">Loading…</p> : null}
      {sessions?.length === 0 ? <p className="muted empty-note">Sessions you save will be listed here.</p> : null}
      <ul className="recent-list">
        {sessions?.map((session) => (
          <li key={session.path}>
            <button type="button" className="recent-row" data-testid="recent-session" onClick={() => files.openPath(session.path)} disabled={files.busy}>
              {/* Each line is cut short in a narrow column; hovering shows it whole. */}
              <span className="recent-title" title={`${session.group || 'No group'} · ${formatSessionDate(session.date)}`}>
                {session.group || 'No group'} · {formatSessionDate(session.date)}
              </span>
              <span className="recent-meta" title={session.title}>
                {session.title}
              </span>
              <span className="recent-file" title={`${session.name} · saved ${formatDateTime(session.savedAt)}`}>
                {session.name} · saved {formatDateTime(session.savedAt)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
