import { PhoneBadge } from './PhoneBadge';
import { memo, useMemo, useState } from 'react';
import type { DragEvent, FormEvent, KeyboardEvent, ReactNode } from 'react';
import type { Note } from '../../../shared/session/types';
import { formatShortTime } from '../../ui/format';
import { EditFormButtons } from '../../ui/EditFormButtons';
import { InlineError } from '../../ui/InlineError';
import type { WindowedItemProps } from '../../ui/useWindowedList';
import { NoteActionButtons } from './NoteActionButtons';
import { NoteLengthCounter } from './NoteLengthCounter';
import { describeNoteLength, isTooLong, noteLength, tooLongMessage } from './noteLength';
import { shortenNote, useNoteCommands } from './useNoteCommands';

/** Makes a note a focusable card that owns some keys and can be dragged (sort and map boards). */
export interface NoteCardBehaviour {
  /** Runs for keys pressed while the card itself has the focus; it calls preventDefault for the keys it uses. */
  onKeyDown: (event: KeyboardEvent<HTMLLIElement>) => void;
  /** Id of the element that says which keys move the card. */
  hintId: string;
  onDragStart?: (event: DragEvent<HTMLLIElement>) => void;
  onDragEnd?: (event: DragEvent<HTMLLIElement>) => void;
}

/** Props of one listed note. */
export interface NoteItemProps {
  note: Note;
  /** A line under the text, e.g. where the note sits on a map or who said it. */
  detail?: ReactNode;
  /** Buttons shown before Edit / Hide / Delete. */
  actions?: ReactNode;
  /** Controls shown after Delete, at the end of the row (e.g. a vote count). */
  trailing?: ReactNode;
  /** Focus, keys and drag for board cards. */
  card?: NoteCardBehaviour;
  /** Extra class names, e.g. the narrow card layout. */
  className?: string;
  /** Its place in a windowed list (only part of the list is in the page). */
  listItem?: WindowedItemProps;
}

/**
 * One captured note with Edit (inline; an over-long edit is refused with the reason, never cut), Hide/Show on projector and Delete (with Undo).
 * The row itself is cheap and is redrawn whenever the list grows (each row says the list's size); what it holds is
 * redrawn only when its note or its edit changes, so a burst of notes draws one new card per note, not every card on screen.
 */
export function NoteItem({ note, detail, actions, trailing, card, className, listItem }: NoteItemProps) {
  const [draft, setDraft] = useState<string | null>(null);
  // Formatting a time costs about as much as the rest of the row, which is redrawn whenever the list grows.
  const captured = useMemo(() => `Captured at ${formatShortTime(note.createdAt)}`, [note.createdAt]);
  const cardProps = card
    ? {
        tabIndex: 0,
        'data-note-card': note.id,
        'aria-describedby': card.hintId,
        draggable: draft === null && Boolean(card.onDragStart),
        onKeyDown: (event: KeyboardEvent<HTMLLIElement>) => {
          if (event.target === event.currentTarget) card.onKeyDown(event);
        },
        onDragStart: card.onDragStart,
        onDragEnd: card.onDragEnd,
      }
    : {};

  return (
    <li
      className={`note${note.hidden ? ' is-hidden' : ''}${card ? ' note-card' : ''}${className ? ` ${className}` : ''}`}
      data-testid="note-item"
      data-hidden={note.hidden || undefined}
      title={captured}
      {...cardProps}
      {...listItem}
    >
      <NoteContent note={note} detail={detail} actions={actions} trailing={trailing} draft={draft} setDraft={setDraft} />
    </li>
  );
}

interface NoteContentProps extends Pick<NoteItemProps, 'note' | 'detail' | 'actions' | 'trailing'> {
  /** The edit in progress (null: showing the note). */
  draft: string | null;
  setDraft: (draft: string | null) => void;
}

/** What a note's row holds: its text and buttons, or its edit form. */
const NoteContent = memo(function NoteContent({ note, detail, actions, trailing, draft, setDraft }: NoteContentProps) {
  const commands = useNoteCommands();
  const { action } = commands;
  const [triedTooLong, setTriedTooLong] = useState(false);
  const short = shortenNote(note.text);
  const editRefusal = draft !== null && triedTooLong && isTooLong(draft) ? tooLongMessage(noteLength(draft)) : null;

  const saveEdit = async (event: FormEvent) => {
    event.preventDefault();
    if (draft === null) return;
    if (draft.trim() === note.text) return setDraft(null);
    if (isTooLong(draft)) return setTriedTooLong(true);
    const done = await action.run({ type: 'note.edit', noteId: note.id, text: draft });
    if (done) setDraft(null);
  };

  const onEditKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      setDraft(null);
      setTriedTooLong(false);
      action.clearError();
    }
  };

  return (
    <>
      {draft !== null ? (
        <form className="note-edit" onSubmit={(event) => void saveEdit(event)}>
          <label className="visually-hidden" htmlFor={`edit-${note.id}`}>
            Edit note
          </label>
          <input
            id={`edit-${note.id}`}
            className="input"
            data-testid="note-edit-input"
            value={draft}
            onChange={(event) => {
              setDraft(event.target.value);
              if (!isTooLong(event.target.value)) setTriedTooLong(false);
            }}
            onKeyDown={onEditKey}
            aria-invalid={isTooLong(draft) || undefined}
            aria-describedby={`${editRefusal ? `edit-error-${note.id}` : ''} ${describeNoteLength(noteLength(draft)).show ? `edit-counter-${note.id}` : ''}`.trim() || undefined}
            autoFocus
          />
          {editRefusal ? (
            <p id={`edit-error-${note.id}`} className="inline-error" role="alert" data-testid="note-edit-error">
              Not saved: {editRefusal} Your text is still in the box.
            </p>
          ) : null}
          <NoteLengthCounter id={`edit-counter-${note.id}`} length={noteLength(draft)} testId="note-edit-counter" />
          <EditFormButtons
            saveDisabled={draft.trim() === ''}
            onCancel={() => {
              setDraft(null);
              setTriedTooLong(false);
            }}
          />
        </form>
      ) : (
        <>
          <div className="note-body">
            <p className="note-text" data-testid="note-text">
              {note.text}
            </p>
            {detail}
            <PhoneBadge note={note} />
            {note.held ? (
              <span className="badge badge-muted" data-testid="note-held">
                Waiting for your review
              </span>
            ) : note.hidden ? (
              <span className="badge badge-muted">Hidden from projector</span>
            ) : null}
          </div>
          <span className="note-actions">
            {actions}
            <button type="button" className="btn btn-small btn-quiet" data-testid="note-edit" aria-label={`Edit note: ${short}`} onClick={() => setDraft(note.text)}>
              Edit
            </button>
            <NoteActionButtons note={note} short={short} noun="note" commands={commands} />
            {trailing}
          </span>
        </>
      )}
      <InlineError error={action.error} />
    </>
  );
});
