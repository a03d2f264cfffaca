import { useEffect, useId, useState } from 'react';
import type { RecoveryOffer } from '../../../shared/protocol/verbs';
import { useHostLink } from '../../app/linkContext';
import { describeError } from '../../transport/hostCallError';
import { formatSessionDate } from '../../ui/format';
import { InlineError } from '../../ui/InlineError';
import { useToaster } from '../toasts/toastContext';
import { savedWhen } from '../files/savedWhen';
import './recovery.css';

/**
 * After Groundwork stopped without closing a session (a crash, a kill, a
 * power cut), offers to restore it: one card per session, with Restore and
 * Dismiss. Shows nothing otherwise.
 */
export function RecoveryOffers({ connected }: { connected: boolean }) {
  const link = useHostLink();
  const [offers, setOffers] = useState<RecoveryOffer[]>([]);

  useEffect(() => {
    if (!connected) return;
    let live = true;
    link.call('recovery.list', {}).then(
      (result) => live && setOffers(result.sessions),
      () => undefined, // A safety net: if it cannot be listed, the recent list still finds the files.
    );
    return () => {
      live = false;
    };
  }, [link, connected]);

  if (offers.length === 0) return null;
  return (
    <div className="recovery-offers">
      {offers.map((offer) => (
        <RecoveryCard key={offer.id} offer={offer} connected={connected} onDismissed={() => setOffers((all) => all.filter((other) => other.id !== offer.id))} />
      ))}
    </div>
  );
}

function RecoveryCard({ offer, connected, onDismissed }: { offer: RecoveryOffer; connected: boolean; onDismissed: () => void }) {
  const link = useHostLink();
  const toaster = useToaster();
  const [pending, setPending] = useState<'restore' | 'dismiss' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const headingId = useId();
  const who = `${offer.group || 'No group'} · ${formatSessionDate(offer.date)}`;
  const notes = offer.noteCount === 1 ? '1 note' : `${offer.noteCount} notes`;
  const where = offer.file ? offer.file.name : 'not yet saved under a name';

  const act = async (kind: 'restore' | 'dismiss') => {
    setPending(kind);
    setProblem(null);
    try {
      if (kind === 'restore') {
        const result = await link.call('recovery.restore', { id: offer.id });
        if (result.notice) toaster.show({ message: result.notice, durationMs: 12_000 });
      } else {
        await link.call('recovery.dismiss', { id: offer.id });
        onDismissed();
      }
    } catch (caught) {
      setProblem(`${kind === 'restore' ? 'Could not restore the session' : 'Could not dismiss it'}: ${describeError(caught)}`);
    } finally {
      setPending(null);
    }
  };

  return (
    <section className="card recovery-offer" data-testid="recovery-offer" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        Restore your last session?
      </h2>
      <p className="recovery-what">Groundwork stopped without closing this session. Everything saved before it stopped can be restored.</p>
      <p>
        <strong>{who}</strong> · {offer.title}
      </p>
      <p className="muted">
        {notes} · last saved {savedWhen(offer.savedAt)} · {where}
        {offer.timerRunning ? ' · its timer was running and carries on with the time that has passed' : ''}
      </p>
      {offer.notice ? <p className="recovery-notice">{offer.notice}</p> : null}
      <InlineError error={problem} />
      <div className="recovery-actions">
        <button
          type="button"
          className="btn btn-primary"
          data-testid="recovery-restore"
          aria-label={`Restore the session ${who}`}
          disabled={!connected || pending !== null}
          onClick={() => void act('restore')}
        >
          {pending === 'restore' ? 'Restoring…' : 'Restore'}
        </button>
        <button
          type="button"
          className="btn"
          data-testid="recovery-dismiss"
          aria-label={`Dismiss the session ${who}`}
          disabled={!connected || pending !== null}
          onClick={() => void act('dismiss')}
        >
          Dismiss
        </button>
        <span className="muted">Dismiss keeps its files; you can still open it from the recent list.</span>
      </div>
    </section>
  );
}
