import { useEffect, useMemo } from 'react';
import { currentActivity, projectedNotes } from '../../shared/session/selectors';
import type { Note, SessionState } from '../../shared/session/types';
import { useRevOnBody } from '../app/useRevOnBody';
import { useAppSelector } from '../store/hooks';
import { PresenterNotes } from './PresenterNotes';
import { PresenterTimer } from './PresenterTimer';
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
        <Stage session={session} />
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

/** A prompt longer than this is set a little smaller when the notes need the room. */
const LONG_PROMPT_CHARS = 110;
/** Up to this many notes (and this much text), the prompt keeps its large size. */
const FEW_NOTES = 12;
const FEW_NOTES_CHARS = 480;

/** How crowded the stage is: decides how much room the heading gives up to the notes. */
function stageDensity(notes: readonly Note[]): 'none' | 'few' | 'many' {
  if (notes.length === 0) return 'none';
  const chars = notes.reduce((sum, note) => sum + note.text.length, 0);
  return notes.length <= FEW_NOTES && chars <= FEW_NOTES_CHARS ? 'few' : 'many';
}

function Stage({ session }: { session: SessionState }) {
  const activity = currentActivity(session);
  const notes = useMemo(() => projectedNotes(session, activity.id), [session, activity.id]);
  const timer = session.timers[activity.id];
  const density = stageDensity(notes);
  const promptLength = activity.prompt.length > LONG_PROMPT_CHARS ? 'long' : 'short';
  return (
    <main className="stage" data-density={density} data-prompt-length={promptLength}>
      <header className="stage-head">
        <div className="stage-heading">
          <h1 className="stage-title" data-testid="presenter-title">
            {activity.title}
          </h1>
          {activity.prompt ? (
            <p className="stage-prompt" data-testid="presenter-prompt">
              {activity.prompt}
            </p>
          ) : null}
        </div>
        {timer ? <PresenterTimer timer={timer} /> : null}
      </header>
      <PresenterNotes notes={notes} layoutKey={`${activity.id}|${density}|${activity.prompt}|${activity.title}`} />
    </main>
  );
}
