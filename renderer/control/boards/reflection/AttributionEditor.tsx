import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Note } from '../../../../shared/session/types';
import { useHostAction } from '../../../app/useHostAction';
import { InlineError } from '../../../ui/InlineError';
import { shortenNote } from '../../notes/useNoteCommands';
import { useSessionCommands } from '../../session/useSessionCommands';

/** Who a highlight is from: "Anonymous" unless a name was added, with a small form to add, change or remove the name. */
export function AttributionEditor({ note }: { note: Note }) {
  const commands = useSessionCommands();
  const [draft, setDraft] = useState<string | null>(null);
  const save = useHostAction((attribution: string | null) => commands.send({ type: 'note.setAttribution', noteId: note.id, attribution }));
  const short = shortenNote(note.text);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (draft === null) return;
    const name = draft.trim();
    if ((note.attribution ?? '') === name) return setDraft(null);
    if (await save.run(name === '' ? null : name)) setDraft(null);
  };

  if (draft !== null) {
    return (
      <form className="attribution-edit" onSubmit={(event) => void submit(event)}>
        <label className="visually-hidden" htmlFor={`name-${note.id}`}>
          Name for: {short}
        </label>
        <input
          id={`name-${note.id}`}
          className="input input-small"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              setDraft(null);
            }
          }}
          placeholder="Leave empty for anonymous"
          autoComplete="off"
          autoFocus
          data-testid="attribution-input"
        />
        <button type="submit" className="btn btn-small btn-primary">
          Save
        </button>
        <button type="button" className="btn btn-small" onClick={() => setDraft(null)}>
          Cancel
        </button>
        <InlineError error={save.error} />
      </form>
    );
  }
  return (
    <span className="attribution">
      <span className={`attribution-name${note.attribution ? '' : ' is-anonymous'}`} data-testid="note-attribution">
        {note.attribution ? `— ${note.attribution}` : 'Anonymous'}
      </span>
      <button type="button" className="btn-link attribution-change" data-testid="attribution-edit" aria-label={`${note.attribution ? 'Change name' : 'Add name'}: ${short}`} onClick={() => setDraft(note.attribution ?? '')}>
        {note.attribution ? 'Change name' : 'Add name'}
      </button>
    </span>
  );
}
