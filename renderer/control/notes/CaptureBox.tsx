import { memo, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent, ReactNode } from 'react';
import type { Command } from '../../../shared/protocol/commands';
import { useHostAction } from '../../app/useHostAction';
import { useSessionCommands } from '../session/useSessionCommands';
import { NoteLengthCounter } from './NoteLengthCounter';
import { captureTargetProps } from './captureFocus';
import { useCaptureDraft } from './captureDrafts';
import { describeNoteLength, isTooLong, noteLength, tooLongMessage } from './noteLength';
import './capture.css';

/** What a new note carries besides its text: the sort column, or the name a highlight is attributed to. */
export type CaptureDetails = Omit<Extract<Command, { type: 'note.capture' }>, 'type' | 'activityId' | 'text'>;

/** Props of the capture box; everything but the activity has a default fit for open discussion. */
export interface CaptureBoxProps {
  activityId: string;
  label?: string;
  placeholder?: string;
  /** The quiet line under the box. */
  hint?: ReactNode;
  /** Read when the note is sent: the kind's extra fields (column, name). */
  details?: () => CaptureDetails;
  /** Controls beside the text box, e.g. a name field. */
  beside?: ReactNode;
  /** Controls above the text box, e.g. the column picker. */
  above?: ReactNode;
  /** Keys pressed in the text box before the box handles them (e.g. Alt+1 to pick a column). */
  onInputKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  /** Called once a note was accepted, e.g. to clear a name field. */
  onCaptured?: () => void;
}

/**
 * One text box: type what the room said and press Enter. Nothing is ever cut
 * off: a note over the length limit is not sent (the box says why, with a live
 * counter), and the text stays if the host refuses it. Memoised: a note arriving redraws the board above it, not the box
 * being typed in.
 */
export const CaptureBox = memo(function CaptureBox({
  activityId,
  label = 'What did the room say?',
  placeholder = 'Type a note and press Enter',
  hint = 'Press Enter to add. It shows on the projector at once.',
  details,
  beside,
  above,
  onInputKeyDown,
  onCaptured,
}: CaptureBoxProps) {
  const [text, setText] = useCaptureDraft(activityId);
  const [triedTooLong, setTriedTooLong] = useState(false);
  const commands = useSessionCommands();
  const lastSent = useRef<string | null>(null);
  const capture = useHostAction((noteText: string) => commands.send({ type: 'note.capture', activityId, text: noteText, ...details?.() }));
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
    if (done) {
      setText((current) => (current === sent ? '' : current));
      onCaptured?.();
    }
  };

  const describedBy = [refusal ? 'capture-error' : 'capture-hint', describeNoteLength(noteLength(text)).show ? 'capture-counter' : ''].join(' ').trim();
  return (
    <form className="capture" onSubmit={(event) => void submit(event)}>
      <div className="capture-head">
        <label className="capture-label" htmlFor="capture-input">
          {label}
        </label>
        {above}
      </div>
      <div className="capture-row">
        <input
          id="capture-input"
          className="input capture-input"
          data-testid="capture-input"
          {...captureTargetProps}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            if (!isTooLong(event.target.value)) setTriedTooLong(false);
            if (capture.error) capture.clearError();
          }}
          onKeyDown={onInputKeyDown}
          autoComplete="off"
          placeholder={placeholder}
          aria-invalid={over || undefined}
          aria-describedby={describedBy}
        />
        {beside}
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
            {hint}
          </p>
        )}
        <NoteLengthCounter id="capture-counter" length={noteLength(text)} testId="capture-counter" />
      </div>
    </form>
  );
});
