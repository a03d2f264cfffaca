import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useHostAction } from '../../../app/useHostAction';
import { captureTargetProps } from '../../notes/captureFocus';
import { useSessionCommands } from '../../session/useSessionCommands';
import { EMPTY_DRAFT, draftProblem } from './commitmentDraft';
import type { CommitmentDraft, DraftProblem } from './commitmentDraft';

/** Three boxes for one person's next step (who, what, by when); Enter in any of them adds it. Who and what are required. */
export function CommitmentForm({ activityId }: { activityId: string }) {
  const commands = useSessionCommands();
  const [draft, setDraft] = useState<CommitmentDraft>(EMPTY_DRAFT);
  const [problem, setProblem] = useState<DraftProblem | null>(null);
  const whoRef = useRef<HTMLInputElement>(null);
  const whatRef = useRef<HTMLInputElement>(null);
  const byWhenRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const refs = { who: whoRef, what: whatRef, byWhen: byWhenRef };
  const add = useHostAction((sent: CommitmentDraft) =>
    commands.send({ type: 'note.capture', activityId, text: sent.what, commitment: { who: sent.who, byWhen: sent.byWhen } }),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = draftProblem(draft);
    setProblem(found);
    if (found) return refs[found.field].current?.focus();
    const sent = draft;
    if (await add.run(sent)) {
      setDraft((current) => (current === sent ? EMPTY_DRAFT : current));
      // Back to "Who" for the next person, unless the facilitator has moved on meanwhile (Esc, a click elsewhere).
      if (formRef.current?.contains(document.activeElement)) whoRef.current?.focus();
    }
  };

  const field = (name: keyof CommitmentDraft, label: string, placeholder: string, required: boolean) => (
    <div className={`field commitment-field commitment-${name}`}>
      <label className="field-label" htmlFor={`commitment-${name}`}>
        {label}
      </label>
      <input
        ref={refs[name]}
        id={`commitment-${name}`}
        className="input"
        data-testid={`commitment-input-${name}`}
        {...(name === 'who' ? captureTargetProps : {})}
        value={draft[name]}
        onChange={(event) => {
          const value = event.target.value;
          setDraft((current) => ({ ...current, [name]: value }));
          if (problem?.field === name) setProblem(null);
          if (add.error) add.clearError();
        }}
        placeholder={placeholder}
        autoComplete="off"
        aria-required={required || undefined}
        aria-invalid={problem?.field === name || undefined}
        aria-describedby={problem?.field === name ? 'commitment-problem' : 'commitment-hint'}
      />
    </div>
  );

  return (
    <form ref={formRef} className="capture commitment-form" onSubmit={(event) => void submit(event)} data-testid="commitment-form" noValidate>
      <h2 className="capture-label">Add a commitment</h2>
      <div className="commitment-fields">
        {field('who', 'Who', 'Name', true)}
        {field('what', 'Will do what', 'The next step', true)}
        {field('byWhen', 'By when', 'Optional, e.g. Friday', false)}
        <button type="submit" className="btn btn-primary commitment-add" data-testid="commitment-add">
          Add
        </button>
      </div>
      {problem || add.error ? (
        <p id="commitment-problem" className="inline-error" role="alert" data-testid="commitment-error">
          Not added: {problem?.message ?? add.error} What you typed is still there.
        </p>
      ) : (
        <p id="commitment-hint" className="field-hint">
          Who and what are needed; press Enter in any box to add. It shows on the projector at once.
        </p>
      )}
    </form>
  );
}
