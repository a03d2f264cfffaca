import { useEffect } from 'react';
import { RevOnBody } from '../app/RevOnBody';
import { useRoomSelector } from '../store/hooks';
import { ProjectorScreen } from '../projector/ProjectorScreen';
import { useIdleCursor } from './useIdleCursor';
import { useReportScreen } from './useReportScreen';

/** The projector window: read-only, large type, themed per session (see ProjectorScreen). */
export function PresenterApp() {
  // Only what the room may see ever reaches this window (renderer/store/roomReplicator.ts).
  const view = useRoomSelector((state) => state.room.view);
  const ready = useRoomSelector((state) => state.sync.rev !== null);
  const connection = useRoomSelector((state) => state.sync.connection);
  const detail = useRoomSelector((state) => state.sync.connectionDetail);
  useIdleCursor();
  useReportScreen();
  const refused = connection === 'refused';
  // A refused link says so even over a blackout: the facilitator has to notice it.
  const blackout = !refused && view?.screen === 'black';

  useEffect(() => {
    document.body.classList.toggle('is-blackout', blackout);
  }, [blackout]);

  if (refused) return <LinkRefused detail={detail} />;

  // Small on purpose: a notice for the facilitator, not text for the room to read.
  const reconnecting =
    ready && (connection === 'reconnecting' || connection === 'connecting') ? (
      <p className="presenter-reconnecting" role="status" data-testid="presenter-reconnecting" data-facilitator-only="">
        Reconnecting…
      </p>
    ) : null;
  return (
    <>
      <RevOnBody />
      <ProjectorScreen view={view} ready={ready} overlay={reconnecting} testId="presenter-screen" isPageMain />
    </>
  );
}

/** The whole projector says the link does not work (wrong or outdated key), in place of a stale stage. */
function LinkRefused({ detail }: { detail: string | null }) {
  return (
    <main className="presenter-screen" data-presenter-screen="" data-theme="dark">
      <div className="presenter-waiting" data-testid="presenter-waiting">
        <p className="presenter-waiting-brand">
          <span className="brand-mark" aria-hidden="true" />
          Groundwork
        </p>
        <div className="presenter-refused" role="alert" data-testid="link-refused">
          <h1 className="presenter-waiting-text">Cannot connect</h1>
          <p className="presenter-waiting-detail">{detail ?? 'This window cannot connect to Groundwork.'}</p>
        </div>
      </div>
    </main>
  );
}
