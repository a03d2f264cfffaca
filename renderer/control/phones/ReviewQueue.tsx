import { useRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { Note, SessionState } from '../../../shared/session/types';
import { useHostAction } from '../../app/useHostAction';
import { InlineError } from '../../ui/InlineError';
import { useKeptNotes } from '../../store/useKeptNotes';
import { useSessionCommands } from '../session/useSessionCommands';
import './reviewQueue.css';

/** A held phone note, not deleted: one waiting for review. */
const isHeld = (note: Note): boolean => note.held === true && note.deletedAt === null;

/**
 * Phone notes waiting for the facilitator before the room sees them (phones moderated, or flagged by the word filter),
 * one at a time, keyboard first: A approves, H keeps it hidden; the next one takes its place and keeps the focus.
 * `session` is the activity panel's, which changes only when the current activity's board would.
 */
export function ReviewQueue({ session, activityId }: { session: SessionState; activityId: string }) {
  // Worked out when the activity's notes change (the panel's session is selected for that), not on every store event:
  // a selector of its own walked every note of the activity twice per frame, the largest cost of a burst at 2,000.
  // Carried over from the last render's reading, so a note arriving costs the change, not the activity.
  const { notes: held } = useKeptNotes(session.notes, activityId, isHeld);
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
