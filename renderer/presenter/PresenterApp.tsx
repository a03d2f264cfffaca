import { useEffect } from 'react';
import { useRevOnBody } from '../app/useRevOnBody';
import { useAppSelector } from '../store/hooks';
import { KindStage } from './kinds/KindStage';
import { useIdleCursor } from './useIdleCursor';

/** The projector window: read-only, dark, large type. */
export function PresenterApp() {
  const session = useAppSelector((state) => state.session);
  const ready = useAppSelector((state) => state.sync.rev !== null);
  const connection = useAppSelector((state) => state.sync.connection);
  const detail = useAppSelector((state) => state.sync.connectionDetail);
  useRevOnBody();
  useIdleCursor();
  const refused = connection === 'refused';
  // A refused link says so even over a blackout: the facilitator has to notice it.
  const blackout = !refused && (session?.presenter.blackout ?? false);

  useEffect(() => {
    document.body.classList.toggle('is-blackout', blackout);
  }, [blackout]);

  if (refused) return <LinkRefused detail={detail} />;
  if (blackout) return <div className="presenter-blackout" data-testid="presenter-blackout" aria-label="Projector blacked out" role="img" />;

  return (
    <div className="presenter">
      {session ? (
        <KindStage session={session} />
      ) : (
        <main className="presenter-waiting" data-testid="presenter-waiting">
          <p className="presenter-waiting-brand">
            <span className="brand-mark" aria-hidden="true" />
            Groundwork
          </p>
          <h1 className="presenter-waiting-text">{ready ? 'No session yet — waiting for the facilitator' : 'Connecting…'}</h1>
        </main>
      )}
      {ready && (connection === 'reconnecting' || connection === 'connecting') ? (
        <p className="presenter-reconnecting" role="status" data-testid="presenter-reconnecting">
          Reconnecting…
        </p>
      ) : null}
    </div>
  );
}

/** The whole projector says the link does not work (wrong or outdated key), in place of a stale stage. */
function LinkRefused({ detail }: { detail: string | null }) {
  return (
    <div className="presenter">
      <main className="presenter-waiting" data-testid="presenter-waiting">
        <p className="presenter-waiting-brand">
          <span className="brand-mark" aria-hidden="true" />
          Groundwork
        </p>
        <div className="presenter-refused" role="alert" data-testid="link-refused">
          <h1 className="presenter-waiting-text">Cannot connect</h1>
          <p className="presenter-waiting-detail">{detail ?? 'This window cannot connect to Groundwork.'}</p>
        </div>
      </main>
    </div>
  );
}
