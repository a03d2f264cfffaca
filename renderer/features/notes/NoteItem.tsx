import { useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import type { Note } from '../../../shared/session/types';
import { useHostAction } from '../../app/useHostAction';
import { describeError } from '../../transport/hostCallError';
import { formatShortTime } from '../../ui/format';
import { useSessionCommands } from '../session/useSessionCommands';
import { useToaster } from '../toasts/toastContext';
import { NoteLengthCounter } from './NoteLengthCounter';
import { describeNoteLength, isTooLong, noteLength, tooLongMessage } from './noteLength';

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** One captured note with Edit (inline; an over-long edit is refused with the reason, never cut), Hide/Show on projector and Delete (with Undo). */
export function NoteItem({ note }: { note: Note }) {
  const commands = useSessionCommands();
  const toaster = useToaster();
  const [draft, setDraft] = useState<string | null>(null);
  const [triedTooLong, setTriedTooLong] = useState(false);
  const action = useHostAction((command: Parameters<typeof commands.send>[0]) => commands.send(command));
  const short = shorten(note.text);
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

  const remove = async () => {
    const done = await action.run({ type: 'note.delete', noteId: note.id });
    if (!done) return;
    toaster.show({
      message: `Note deleted: “${short}”`,
      actionLabel: 'Undo',
      onAction: () => {
        commands.send({ type: 'note.restore', noteId: note.id }).catch((error: unknown) => {
          toaster.show({ message: `Could not bring the note back: ${describeError(error)}`, tone: 'error' });
        });
      },
    });
  };

  return (
    <li
      className={`note${note.hidden ? ' is-hidden' : ''}`}
      data-testid="note-item"
      data-hidden={note.hidden || undefined}
      title={`Captured at ${formatShortTime(note.createdAt)}`}
    >
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
          <div className="note-actions">
            <button type="submit" className="btn btn-small btn-primary" disabled={draft.trim() === ''}>
              Save
            </button>
            <button
              type="button"
              className="btn btn-small"
              onClick={() => {
                setDraft(null);
                setTriedTooLong(false);
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <div className="note-body">
            <p className="note-text" data-testid="note-text">
              {note.text}
            </p>
            {note.hidden ? <span className="badge badge-muted">Hidden from projector</span> : null}
          </div>
          <span className="note-actions">
            <button type="button" className="btn btn-small btn-quiet" data-testid="note-edit" aria-label={`Edit note: ${short}`} onClick={() => setDraft(note.text)}>
              Edit
            </button>
            <button
              type="button"
              className="btn btn-small btn-quiet"
              data-testid="note-visibility"
              aria-label={note.hidden ? `Show on projector: ${short}` : `Hide from projector: ${short}`}
              onClick={() => void action.run({ type: 'note.setHidden', noteId: note.id, hidden: !note.hidden })}
            >
              {note.hidden ? 'Show' : 'Hide'}
            </button>
            <button type="button" className="btn btn-small btn-quiet btn-danger-text" data-testid="note-delete" aria-label={`Delete note: ${short}`} onClick={() => void remove()}>
              Delete
            </button>
          </span>
        </>
      )}
      {action.error ? (
        <p className="inline-error" role="alert">
          {action.error}
        </p>
      ) : null}
    </li>
  );
}
