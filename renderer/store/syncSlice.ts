import type { UnknownAction } from 'redux';
import type { HostStatus } from '../../shared/protocol/hostStatus';
import { own } from '../../shared/util/own';
import { sameValue } from '../../shared/util/sameValue';
import type { HostCapabilities } from '../../shared/protocol/verbs';
import type { ConnectionState } from '../transport/hostLink';

/** How this window's replica relates to the host. */
export interface SyncState {
  /** Revision of the last applied change; null until the first snapshot arrives. */
  rev: number | null;
  /**
   * Control window: the revision at which what the room sees last changed, as the host says with each event and
   * snapshot (electron/host/roleViews.ts). The projector is only sent a view when that changes, so it has caught up
   * once its own revision reaches this one (tests and the bench wait on it). Null until the first snapshot.
   */
  roomRev: number | null;
  connection: ConnectionState;
  /** Why the connection is refused or lost, when there is something useful to say. */
  connectionDetail: string | null;
  /** Save state and file of the open session, as the host reports it. */
  status: HostStatus | null;
  /** Host clock minus this window's clock, from the last snapshot. */
  clockOffsetMs: number;
  capabilities: HostCapabilities | null;
}

const initialState: SyncState = {
  rev: null,
  roomRev: null,
  connection: 'connecting',
  connectionDetail: null,
  status: null,
  clockOffsetMs: 0,
  capabilities: null,
};

/**
 * Actions of the sync bookkeeping: plain action creators and a plain reducer rather than Redux Toolkit's
 * `createSlice`, because both windows hold this state and the presenter page loads no Redux Toolkit or Immer
 * (renderer/store/roomStore.ts).
 */
export const syncActions = {
  connectionChanged: (payload: { connection: ConnectionState; detail: string | null }) => ({ type: 'sync/connectionChanged', payload }) as const,
  snapshotApplied: (payload: { rev: number; roomRev: number; status: HostStatus; clockOffsetMs: number }) => ({ type: 'sync/snapshotApplied', payload }) as const,
  /** A projector link applied a room view (it has no file status). */
  viewApplied: (payload: { rev: number; clockOffsetMs: number }) => ({ type: 'sync/viewApplied', payload }) as const,
  /** `roomRev` when the host said it with the event; otherwise it stays where it was. */
  eventApplied: (payload: { rev: number; roomRev?: number }) => ({ type: 'sync/eventApplied', payload }) as const,
  statusChanged: (payload: HostStatus) => ({ type: 'sync/statusChanged', payload }) as const,
  capabilitiesLoaded: (payload: HostCapabilities) => ({ type: 'sync/capabilitiesLoaded', payload }) as const,
};

type SyncAction = ReturnType<(typeof syncActions)[keyof typeof syncActions]>;

/**
 * The new status, keeping each part of the old one whose content it repeats (the same object, not an equal copy):
 * every status is a fresh message, so a window that reads the projector's size or the file would otherwise redraw for
 * each note's new Undo step.
 */
function keepUnchanged(before: HostStatus | null, after: HostStatus): HostStatus {
  if (!before) return after;
  const parts: Readonly<Record<string, unknown>> = { ...before };
  let changed = Object.keys(before).length !== Object.keys(after).length;
  const kept = Object.fromEntries(
    Object.entries(after).map(([key, value]) => {
      const old = own(parts, key);
      if (sameValue(value, old)) return [key, old];
      changed = true;
      return [key, value];
    }),
  );
  return changed ? (kept as unknown as HostStatus) : before;
}

/** Bookkeeping of the replica: revision, connection, save status and clock offset. */
export function syncReducer(state: SyncState = initialState, anyAction: UnknownAction): SyncState {
  // Every action reaches every reducer; the switch ignores the types that are not the sync bookkeeping's.
  const action = anyAction as SyncAction;
  switch (action.type) {
    case 'sync/connectionChanged':
      return { ...state, connection: action.payload.connection, connectionDetail: action.payload.detail };
    case 'sync/snapshotApplied':
    case 'sync/viewApplied':
      return { ...state, ...action.payload };
    case 'sync/eventApplied':
      return { ...state, rev: action.payload.rev, roomRev: action.payload.roomRev ?? state.roomRev };
    case 'sync/statusChanged':
      return { ...state, status: keepUnchanged(state.status, action.payload) };
    case 'sync/capabilitiesLoaded':
      return { ...state, capabilities: action.payload };
    default:
      return state;
  }
}
