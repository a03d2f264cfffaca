import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useHostAction } from '../../app/useHostAction';
import { useSessionCommands } from '../session/useSessionCommands';
import { NoteLengthCounter } from './NoteLengthCounter';
import { describeNoteLength, isTooLong, noteLength, tooLongMessage } from './noteLength';

/**
 * One text box: type what the room said and press Enter. Nothing is ever cut
 * off: a note over the length limit is not sent (the box says why, with a live
 * counter), and the text stays if the host refuses it.
 */
export function CaptureBox({ activityId }: { activityId: string }) {
  const [text, setText] = useState('');
  const [triedTooLong, setTriedTooLong] = useState(false);
  const commands = useSessionCommands();
  const lastSent = useRef<string | null>(null);
  const capture = useHostAction((noteText: string) => commands.send({ type: 'note.capture', activityId, text: noteText }));
  const over = isTooLong(text);
  const refusal = triedTooLong && over ? tooLongMessage(noteLength(text)) : capture.error;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sent = text;
    if (sent.trim() === '') return;
    if (isTooLong(sent)) {
      setTriedTooLong(true);
      return;
    }
    if (capture.pending && lastSent.current === sent) return;
    lastSent.current = sent;
    const done = await capture.run(sent);
    if (done) setText((current) => (current === sent ? '' : current));
  };

  const describedBy = [refusal ? 'capture-error' : 'capture-hint', describeNoteLength(noteLength(text)).show ? 'capture-counter' : ''].join(' ').trim();
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
            if (!isTooLong(event.target.value)) setTriedTooLong(false);
            if (capture.error) capture.clearError();
          }}
          autoComplete="off"
          placeholder="Type a note and press Enter"
          aria-invalid={over || undefined}
          aria-describedby={describedBy}
        />
        <button type="submit" className="btn btn-primary" data-testid="capture-add" disabled={text.trim() === ''}>
          Add
        </button>
      </div>
      <div className="capture-meta">
        {refusal ? (
          <p id="capture-error" className="inline-error" role="alert" data-testid="capture-error">
            Not added: {refusal} Your text is still in the box.
          </p>
        ) : (
          <p id="capture-hint" className="field-hint">
            Press Enter to add. It shows on the projector at once.
          </p>
        )}
        <NoteLengthCounter id="capture-counter" length={noteLength(text)} testId="capture-counter" />
      </div>
    </form>
  );
}
