import type { Note } from '../../../shared/session/types';
import type { NoteCommands } from './useNoteCommands';
import { own } from '../../../shared/util/own';
import { useAppSelector } from '../../store/hooks';

/** Props of a listed note's Hide / Show and Delete buttons. */
export interface NoteActionButtonsProps {
  note: Note;
  /** The note's text cut short, naming it in the buttons' labels. */
  short: string;
  /** What the row is called in the Delete label, e.g. "note" or "commitment". */
  noun: string;
  /** The row's commands, so their error shows under the row. */
  commands: NoteCommands;
}

/** Hide / Show on projector and Delete (with Undo) for one listed note or commitment; for a phone's note, Remove that phone from the session (or Let it back in). */
export function NoteActionButtons({ note, short, noun, commands: { action, remove } }: NoteActionButtonsProps) {
  const phone = note.origin?.phone;
  // The session keeps removed phones as `phones.muted`, by key.
  const removed = useAppSelector((state) => phone !== undefined && state.session?.phones?.muted !== undefined && own(state.session.phones.muted, phone) === true);
  return (
    <>
      {phone !== undefined ? (
        <button
          type="button"
          className="btn btn-small btn-quiet"
          data-testid="note-mute-phone"
          aria-label={removed ? `Let the phone that sent “${short}” back in` : `Remove the phone that sent “${short}” from the session and hide its notes`}
          title={removed ? 'Let this phone back into the session' : 'Remove this phone from the session, hide everything it sent and stop counting its votes (Undo brings it back)'}
          onClick={() => void action.run({ type: 'phones.mute', phone, muted: !removed, hideNotes: !removed })}
        >
          {removed ? 'Let in' : 'Remove'}
        </button>
      ) : null}
      <button
        type="button"
        className="btn btn-small btn-quiet"
        data-testid="note-visibility"
        aria-label={note.hidden ? `Show on projector: ${short}` : `Hide from projector: ${short}`}
        onClick={() => void action.run({ type: 'note.setHidden', noteId: note.id, hidden: !note.hidden })}
      >
        {note.hidden ? 'Show' : 'Hide'}
      </button>
      <button type="button" className="btn btn-small btn-quiet btn-danger-text" data-testid="note-delete" aria-label={`Delete ${noun}: ${short}`} onClick={() => void remove(note)}>
        Delete
      </button>
    </>
  );
}
