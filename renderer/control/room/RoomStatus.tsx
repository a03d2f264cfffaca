import { describeRoomView, isProjectorLive, projectorView } from '../../../shared/session/projector';
import type { RoomViewKind } from '../../../shared/session/projector';
import { useHostAction } from '../../app/useHostAction';
import { useAppSelector } from '../../store/hooks';
import { sameForRoom, selectSession } from '../../store/sessionSelectors';
import { InlineError } from '../../ui/InlineError';
import { useRoomCommands } from './useRoomCommands';
import './room.css';

/**
 * A strip over the projector preview, there only while the room does not see the current activity live: it says what
 * the room sees (black, white, frozen, a message) and returns to live in one click (or Esc).
 */
export function RoomStatus() {
  const session = useAppSelector(selectSession, sameForRoom);
  const room = useRoomCommands();
  const live = useHostAction(() => room.returnToLive());
  if (!session || isProjectorLive(session)) return null;
  const view = projectorView(session);

  return (
    <div className={`room-status room-status-${view.kind}`} data-testid="room-status" data-room={view.kind} data-message={view.message !== null ? '' : undefined}>
      <p className="room-status-text" role="status" title={`${ROOM_TAGS[view.kind]} ${describeRoomView(session)}`}>
        <span className="room-status-tag">{ROOM_TAGS[view.kind]}</span>
        {describeRoomView(session)}
      </p>
      <InlineError prefix="Could not return to live" error={live.error} />
      <button type="button" className="btn btn-small room-status-live" data-testid="return-live" aria-keyshortcuts="Escape" onClick={() => void live.run()} disabled={live.pending}>
        Back to live <kbd>Esc</kbd>
      </button>
    </div>
  );
}

const ROOM_TAGS = { live: 'Message', title: 'Title', frozen: 'Frozen', black: 'Black', white: 'White', join: 'Join' } as const satisfies Record<RoomViewKind, string>;
