import './notes.css';
import { useCallback, useDeferredValue, useLayoutEffect, useRef } from 'react';
import type { Note } from '../../../shared/session/types';
import { useAppSelector } from '../../store/hooks';
import { sameForCurrentActivity, selectSession } from '../../store/sessionSelectors';
import { useKeptNotes } from '../../store/useKeptNotes';
import { useWindowedList } from '../../ui/useWindowedList';
import { CaptureBox } from './CaptureBox';
import { NoteItem } from './NoteItem';
import { notesCountText } from './notesCount';

/** A one-line note's height at 1280×720 (text, padding, border), until real ones are measured. */
const NOTE_HEIGHT_ESTIMATE = 40;
/** `.note-list`'s gap in control.css. */
const NOTE_GAP = 6;

const notDeleted = (note: Note): boolean => note.deletedAt === null;
const isHidden = (note: Note): boolean => note.hidden;

/** Notes of the current activity (newest at the bottom) and the capture box under them. */
export function NotesPanel() {
  // Re-renders when the current activity's board would change, not on every event (a note elsewhere, a timer, a save).
  const current = useAppSelector(selectSession, sameForCurrentActivity);
  // New notes reach the list at React's lower priority, in slices that let the frame go: a burst of notes into a window
  // just opened would otherwise render its new rows in one go, 50 to 110 ms a frame. Another activity is drawn at once
  // (never its heading over the last one's notes), and the capture box always follows at once, so a note typed just
  // after Next goes to the activity the facilitator sees named.
  const deferred = useDeferredValue(current);
  const session = deferred?.currentActivityId === current?.currentActivityId ? deferred : current;
  const activityId = session?.currentActivityId ?? '';
  const { notes, counted: hiddenCount } = useKeptNotes(session?.notes ?? null, activityId, notDeleted, isHidden);
  const keyOf = useCallback((index: number) => notes[index]?.id ?? '', [notes]);
  // Only the notes on screen are in the page, so a keystroke, a new note or a scroll lays out a screenful, not the activity.
  const list = useWindowedList<HTMLOListElement>({ count: notes.length, keyOf, estimate: NOTE_HEIGHT_ESTIMATE, gap: NOTE_GAP, overscan: 400 });
  const { stickToEnd } = list;
  const lastCount = useRef(0);
  const lastActivity = useRef(activityId);

  useLayoutEffect(() => {
    if (notes.length > lastCount.current || lastActivity.current !== activityId) stickToEnd();
    lastCount.current = notes.length;
    lastActivity.current = activityId;
  }, [notes.length, activityId, stickToEnd]);

  if (!session) return null;

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
      <ol className="note-list" ref={list.scrollerRef} onFocus={list.onFocus} onBlur={list.onBlur} aria-label="Notes for this activity">
        {notes.length === 0 ? <li className="notes-empty">Nothing captured yet for this activity.</li> : null}
        {list.pieces.map((piece) =>
          piece.kind === 'spacer' ? (
            <li key={piece.key} className="window-spacer" aria-hidden="true" style={{ height: piece.height }} />
          ) : (
            <NoteItem key={notes[piece.index]!.id} note={notes[piece.index]!} listItem={list.itemProps(piece.index)} />
          ),
        )}
      </ol>
      <CaptureBox activityId={activityId} />
    </section>
  );
}
