import type { Reducer, UnknownAction } from 'redux';
import type { SessionState } from '../../shared/session/types';
import { sameValue } from '../../shared/util/sameValue';
import type { RoomView } from '../../shared/session/roomView';
import { roomViewOf } from './roomViewSelector';
import type { SyncState } from './syncSlice';

/** What the room revision is worked out from (the replica's session and revision), and where it is kept. */
interface Replica {
  session: SessionState | null;
  sync: SyncState;
  /** The revision at which what the room sees last changed; null until the first snapshot. */
  roomRev: number | null;
}

/** The reducer of `roomRev` inside the replica's own: it only holds the value `withRoomRevision` works out. */
export function roomRevSlot(state: number | null = null): number | null {
  return state;
}

/**
 * Keeps the replica's `roomRev`: the revision at which what the room sees last changed. The projector is only sent a
 * view when that changes, so it has caught up once its own revision reaches this one (tests and the bench wait on
 * it). It is worked out at each revision the store applies, not at each render: a burst is drawn once per frame, and
 * comparing only what was drawn would blame the burst's last revision for a change made earlier in it.
 */
export function withRoomRevision<R extends Reducer<Replica, UnknownAction, never>>(reducer: R): R {
  // The view at the last applied revision, per store (each store gets its own reducer).
  let seen: RoomView | null | undefined;
  const withRevision = (state: Replica | undefined, action: UnknownAction): Replica => {
    const before = state;
    const next = reducer(state, action);
    const rev = next.sync.rev;
    if (rev === null || rev === before?.sync.rev) return next;
    const view = roomViewOf(next.session);
    const changed = seen === undefined || !sameValue(seen, view);
    seen = view;
    return changed ? { ...next, roomRev: rev } : next;
  };
  return withRevision as R;
}
