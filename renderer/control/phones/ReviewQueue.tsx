import { useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { notesOf } from '../../../shared/session/noteTable';
import type { Note } from '../../../shared/session/types';
import { useHostAction } from '../../app/useHostAction';
import { useAppSelector } from '../../store/hooks';
import type { RootState } from '../../store/store';
import { InlineError } from '../../ui/InlineError';
import { useSessionCommands } from '../session/useSessionCommands';
import './reviewQueue.css';

/** The held phone notes of one activity, oldest first. */
function heldNotes(state: RootState, activityId: string): Note[] {
  const session = state.session;
  if (!session) return NONE;
  const held = notesOf(session.notes, activityId).filter((note) => note.held === true && note.deletedAt === null);
  return held.length === 0 ? NONE : held;
}
const NONE: Note[] = [];

// The list is new on every event; the notes in it are not, so comparing them one by one keeps the queue still.
const sameNotes = (a: Note[], b: Note[]): boolean => a.length === b.length && a.every((note, index) => note === b[index]);

/**
 * Phone notes waiting for the facilitator before the room sees them (phones moderated, or flagged by the word filter),
 * one at a time, keyboard first: A approves, H keeps it hidden; the next one takes its place and keeps the focus.
 */
export function ReviewQueue({ activityId }: { activityId: string }) {
  const held = useAppSelector((state) => heldNotes(state, activityId), sameNotes);
  const commands = useSessionCommands();
  const region = useRef<HTMLElement>(null);
  const review = useHostAction(async (note: Note, approve: boolean) => {
    await commands.send({ type: 'note.review', noteId: note.id, approve });
    // The next note takes this one's place: the focus stays in the queue, so A and H keep working.
    region.current?.focus();
  });
  const current = held[0];
  if (!current) return null;
  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    if (event.ctrlKey || event.metaKey || event.altKey || review.pending) return;
    const key = event.key.toLowerCase();
    if (key !== 'a' && key !== 'h') return;
    // Handled here, before the window's keys (which would send a letter to the capture box).
    event.preventDefault();
    void review.run(current, key === 'a');
  };
  return (
    <section ref={region} className="review-queue" aria-label="Phone notes waiting for your review" data-testid="review-queue" tabIndex={-1} onKeyDown={onKeyDown}>
      <p className="review-queue-count" role="status">
        {held.length === 1 ? '1 phone note waits for your review' : `${held.length} phone notes wait for your review`}
        <span className="review-queue-hint"> · Alt+R, then A or H</span>
      </p>
      <div className="review-queue-item">
        <p className="review-queue-text" data-testid="review-text">
          {current.text}
        </p>
        {current.attribution ? <p className="review-queue-name">— {current.attribution}</p> : null}
        <div className="review-queue-actions">
          <button type="button" className="btn btn-small btn-primary" data-testid="review-approve" aria-keyshortcuts="A" disabled={review.pending} onClick={() => void review.run(current, true)}>
            Show to the room <kbd>A</kbd>
          </button>
          <button type="button" className="btn btn-small" data-testid="review-hide" aria-keyshortcuts="H" disabled={review.pending} onClick={() => void review.run(current, false)}>
            Keep hidden <kbd>H</kbd>
          </button>
        </div>
      </div>
      <InlineError prefix="Could not review that note" error={review.error} />
    </section>
  );
}
