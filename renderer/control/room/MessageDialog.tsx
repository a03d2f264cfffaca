import { useState } from 'react';
import { MAX_PROJECTOR_MESSAGE } from '../../../shared/session/types';
import { useHostAction } from '../../app/useHostAction';
import { useAppSelector } from '../../store/hooks';
import { InlineError } from '../../ui/InlineError';
import { Modal } from '../../ui/Modal';
import { messagePresets } from './messagePresets';
import { useRoomCommands } from './useRoomCommands';

/** Puts a message on the projector: one click on a preset, or the facilitator's own words (up to 200 characters). */
export function MessageDialog({ onClose }: { onClose: () => void }) {
  const current = useAppSelector((state) => state.session?.presenter.message ?? null);
  const [text, setText] = useState(current ?? '');
  const [presets] = useState(() => messagePresets(new Date()));
  const room = useRoomCommands();
  const show = useHostAction(async (message: string | null) => {
    await room.setMessage(message);
    onClose();
  });

  return (
    <Modal title="Message to the room" onClose={onClose} className="modal-message" testId="message-dialog">
      <p className="modal-text">Shown large over the projected activity until you remove it or press Esc.</p>
      <div className="room-presets" role="group" aria-label="Ready-made messages">
        {presets.map((preset) => (
          <button key={preset} type="button" className="btn btn-small" data-testid="message-preset" onClick={() => void show.run(preset)} disabled={show.pending}>
            {preset}
          </button>
        ))}
      </div>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void show.run(text);
        }}
      >
        <label className="field">
          <span className="field-label">Your own message</span>
          <input
            className="input"
            data-testid="message-text"
            data-autofocus
            value={text}
            maxLength={MAX_PROJECTOR_MESSAGE}
            onChange={(event) => setText(event.target.value)}
            placeholder="e.g. Lunch: back at 13:30"
          />
          <span className="field-hint">
            {text.length} / {MAX_PROJECTOR_MESSAGE}
          </span>
        </label>
        <InlineError prefix="Could not show the message" error={show.error} />
        <div className="modal-actions">
          {current !== null ? (
            <button type="button" className="btn" data-testid="message-remove" onClick={() => void show.run(null)} disabled={show.pending}>
              Remove message
            </button>
          ) : null}
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" data-testid="message-show" disabled={show.pending || text.trim() === ''}>
            Show on projector
          </button>
        </div>
      </form>
    </Modal>
  );
}
