import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { MAX_NOTE_LENGTH } from '../../../shared/session/types';
import { useHostAction } from '../../app/useHostAction';
import { useSessionCommands } from '../session/useSessionCommands';

/** One text box: type what the room said and press Enter. The text stays if the host refuses it. */
export function CaptureBox({ activityId }: { activityId: string }) {
  const [text, setText] = useState('');
  const commands = useSessionCommands();
  const lastSent = useRef<string | null>(null);
  const capture = useHostAction((noteText: string) => commands.send({ type: 'note.capture', activityId, text: noteText }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sent = text;
    if (sent.trim() === '') return;
    if (capture.pending && lastSent.current === sent) return;
    lastSent.current = sent;
    const done = await capture.run(sent);
    if (done) setText((current) => (current === sent ? '' : current));
  };

  return (
    <form className="capture" onSubmit={(event) => void submit(event)}>
      <label className="capture-label" htmlFor="capture-input">
        What did the room say?
      </label>
      <div className="capture-row">
        <input
          id="capture-input"
          className="input capture-input"
          data-testid="capture-input"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            if (capture.error) capture.clearError();
          }}
          maxLength={MAX_NOTE_LENGTH}
          autoComplete="off"
          placeholder="Type a note and press Enter"
          aria-describedby={capture.error ? 'capture-error' : 'capture-hint'}
        />
        <button type="submit" className="btn btn-primary" data-testid="capture-add" disabled={text.trim() === ''}>
          Add
        </button>
      </div>
      {capture.error ? (
        <p id="capture-error" className="inline-error" role="alert" data-testid="capture-error">
          Not added: {capture.error} Your text is still in the box.
        </p>
      ) : (
        <p id="capture-hint" className="field-hint">
          Press Enter to add. It shows on the projector at once.
        </p>
      )}
    </form>
  );
}
