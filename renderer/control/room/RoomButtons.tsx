import { useHostAction } from '../../app/useHostAction';
import { useAppSelector } from '../../store/hooks';
import { InlineError } from '../../ui/InlineError';
import { useRoomDialogs } from './roomDialogs';
import { useRoomCommands } from './useRoomCommands';
import './room.css';

/** The projector buttons under the preview: black, white, freeze and message, each showing whether it is on, with its key. */
export function RoomButtons() {
  const presenter = useAppSelector((state) => state.session?.presenter);
  const room = useRoomCommands();
  const dialogs = useRoomDialogs();
  const black = useHostAction(() => room.toggleScreen('black'));
  const white = useHostAction(() => room.toggleScreen('white'));
  const freeze = useHostAction(() => room.toggleFreeze());
  if (!presenter) return null;
  const isBlack = presenter.screen === 'black';
  const isWhite = presenter.screen === 'white';
  const isFrozen = presenter.frozenActivityId !== null;
  const hasMessage = presenter.message !== null;
  const error = black.error ?? white.error ?? freeze.error;

  return (
    <div className="room-buttons" role="group" aria-label="What the room sees">
      <button type="button" className={`btn${isBlack ? ' btn-blackout-on' : ''}`} data-testid="blackout" aria-pressed={isBlack} aria-keyshortcuts="B" title="Black screen (B)" onClick={() => void black.run()}>
        Black
      </button>
      <button type="button" className={`btn${isWhite ? ' btn-room-on' : ''}`} data-testid="whiteout" aria-pressed={isWhite} aria-keyshortcuts="W" title="White screen (W)" onClick={() => void white.run()}>
        White
      </button>
      <button type="button" className={`btn${isFrozen ? ' btn-room-on' : ''}`} data-testid="freeze" aria-pressed={isFrozen} aria-keyshortcuts="F" title="Freeze the projector on this view (F)" onClick={() => void freeze.run()}>
        Freeze
      </button>
      <button type="button" className={`btn${hasMessage ? ' btn-room-on' : ''}`} data-testid="message" aria-keyshortcuts="M" title="Show a message to the room (M)" onClick={() => dialogs.showMessage()}>
        Message
      </button>
      {error ? <InlineError prefix="Could not change the projector" error={error} /> : null}
    </div>
  );
}
