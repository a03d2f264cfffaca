import { useAppSelector } from '../../store/hooks';
import { useRoomDialogs } from '../room/roomDialogs';

/**
 * Phones in the room, beside the preview's title: off, it offers them; on, it says how many phones are connected. It
 * opens the phones dialog (as Alt+P and the menu do). In the preview's header, so it costs the script no line at 720.
 */
export function PhonesButton() {
  const on = useAppSelector((state) => Boolean(state.session?.phones?.open));
  const connected = useAppSelector((state) => state.sync.status?.phones?.connected ?? 0);
  const gone = useAppSelector((state) => state.sync.status?.phones?.addressGone === true);
  const dialogs = useRoomDialogs();
  return (
    <button
      type="button"
      className={`btn btn-small phones-button${on ? ' btn-room-on' : ''}`}
      data-testid="phones"
      aria-pressed={on}
      aria-keyshortcuts="Alt+P"
      title={gone ? 'Phones cannot reach this computer: the network changed (Alt+P)' : on ? `Phones are on: ${connected} connected (Alt+P)` : 'Let the room answer from their phones (Alt+P)'}
      onClick={() => dialogs.showPhones()}
    >
      {gone ? 'Phones · network changed' : on ? `Phones · ${connected}` : 'Phones'}
    </button>
  );
}
