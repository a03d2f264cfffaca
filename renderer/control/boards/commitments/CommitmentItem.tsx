import { PhoneBadge } from '../../notes/PhoneBadge';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Commitment } from '../../../../shared/kinds/commitments';
import { InlineError } from '../../../ui/InlineError';
import { EditFormButtons } from '../../../ui/EditFormButtons';
import { NoteActionButtons } from '../../notes/NoteActionButtons';
import { shortenNote, useNoteCommands } from '../../notes/useNoteCommands';
import { draftProblem } from './commitmentDraft';
import type { CommitmentDraft, DraftProblem } from './commitmentDraft';

/** One commitment as a row (who, what, by when) with Edit in place, Hide / Show on projector and Delete (with Undo). */
export function CommitmentItem({ commitment }: { commitment: Commitment }) {
  const { note } = commitment;
  const commands = useNoteCommands();
  const { action } = commands;
  const [draft, setDraft] = useState<CommitmentDraft | null>(null);
  const [problem, setProblem] = useState<DraftProblem | null>(null);
  const short = shortenNote(`${commitment.who}: ${commitment.what}`);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    const found = draftProblem(draft);
    setProblem(found);
    if (found) return;
    const who = draft.who.trim();
    const byWhen = draft.byWhen.trim();
    if (who !== commitment.who || byWhen !== commitment.byWhen) {
      if (!(await action.run({ type: 'note.setCommitment', noteId: note.id, commitment: { who, byWhen } }))) return;
    }
    if (draft.what.trim() !== note.text) {
      if (!(await action.run({ type: 'note.edit', noteId: note.id, text: draft.what }))) return;
    }
    setDraft(null);
  };

  if (draft) {
    const input = (name: keyof CommitmentDraft, label: string) => (
      <label className="commitment-edit-field">
        <span className="field-label">{label}</span>
        <input
          className="input"
          value={draft[name]}
          data-testid={`commitment-edit-${name}`}
          autoFocus={name === 'who'}
          aria-invalid={problem?.field === name || undefined}
          onChange={(event) => {
            const value = event.target.value;
            setDraft((current) => (current ? { ...current, [name]: value } : current));
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              setDraft(null);
              setProblem(null);
            }
          }}
        />
      </label>
    );
    return (
      <li className="commitment-item is-editing" data-testid="commitment-item">
        <form className="commitment-edit" onSubmit={(event) => void save(event)} noValidate>
          {input('who', 'Who')}
          {input('what', 'Will do what')}
          {input('byWhen', 'By when')}
          <EditFormButtons
            as="span"
            saveTestId="commitment-save"
            onCancel={() => {
              setDraft(null);
              setProblem(null);
            }}
          />
        </form>
        <InlineError prefix="Not saved" error={problem?.message ?? action.error} />
      </li>
    );
  }

  return (
    <li className={`commitment-item${note.hidden ? ' is-hidden' : ''}`} data-testid="commitment-item" data-hidden={note.hidden || undefined}>
      <span className="commitment-who" data-testid="commitment-who">
        {commitment.who || 'Someone'}
      </span>
      <span className="commitment-what">
        <span data-testid="commitment-what">{commitment.what}</span>
        <PhoneBadge note={note} />
        {note.held ? <span className="badge badge-muted">Waiting for your review</span> : null}
        {note.hidden && !note.held ? <span className="badge badge-muted">Hidden from projector</span> : null}
      </span>
      <span className="commitment-when" data-testid="commitment-when">
        {commitment.byWhen ? `by ${commitment.byWhen}` : 'no date'}
      </span>
      <span className="note-actions">
        <button
          type="button"
          className="btn btn-small btn-quiet"
          data-testid="commitment-edit"
          aria-label={`Edit commitment: ${short}`}
          onClick={() => setDraft({ who: commitment.who, what: commitment.what, byWhen: commitment.byWhen })}
        >
          Edit
        </button>
        <NoteActionButtons note={note} short={short} noun="commitment" commands={commands} />
      </span>
      <InlineError error={action.error} />
    </li>
  );
}
