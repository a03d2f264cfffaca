import './notes.css';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { notesForActivity } from '../../../shared/session/selectors';
import { useAppSelector } from '../../store/hooks';
import { sameForCurrentActivity, selectSession } from '../../store/sessionSelectors';
import { CaptureBox } from './CaptureBox';
import { NoteItem } from './NoteItem';
import { notesCountText } from './notesCount';

/** Notes of the current activity (newest at the bottom) and the capture box under them. */
export function NotesPanel() {
  // Re-renders when the current activity's board would change, not on every event (a note elsewhere, a timer, a save).
  const session = useAppSelector(selectSession, sameForCurrentActivity);
  const activityId = session?.currentActivityId ?? '';
  const notes = useMemo(() => (session ? notesForActivity(session, activityId) : []), [session, activityId]);
  const listRef = useRef<HTMLOListElement>(null);
  const lastCount = useRef(0);
  const lastActivity = useRef(activityId);

  useLayoutEffect(() => {
    const list = listRef.current;
    if (list && (notes.length > lastCount.current || lastActivity.current !== activityId)) list.scrollTop = list.scrollHeight;
    lastCount.current = notes.length;
    lastActivity.current = activityId;
  }, [notes.length, activityId]);

  if (!session) return null;
  const hiddenCount = notes.filter((note) => note.hidden).length;

  return (
    <section className="panel work-panel notes-panel" aria-labelledby="notes-title" data-testid="notes-panel">
      <div className="panel-head">
        <h2 id="notes-title" className="panel-label">
          Notes from the room
        </h2>
        <span className="notes-count" data-testid="notes-count">
          {notesCountText(notes.length, hiddenCount)}
        </span>
      </div>
      <ol className="note-list" ref={listRef} aria-label="Notes for this activity">
        {notes.length === 0 ? <li className="notes-empty">Nothing captured yet for this activity.</li> : null}
        {notes.map((note) => (
          <NoteItem key={note.id} note={note} />
        ))}
      </ol>
      <CaptureBox activityId={activityId} />
    </section>
  );
}
