import type { UnknownAction } from 'redux';
import type { RoomView } from '../../shared/session/roomView';

/** What a projector link holds: the room view the host last sent (never the session). */
export interface RoomState {
  view: RoomView | null;
}

const initialState: RoomState = { view: null };

/** Actions of the room replica (plain Redux, like syncSlice.ts, so the presenter page carries no Redux Toolkit). */
export const roomActions = {
  viewApplied: (payload: RoomView | null) => ({ type: 'room/viewApplied', payload }) as const,
};

type RoomAction = ReturnType<typeof roomActions.viewApplied>;

/** The presenter window's replica: the whole room view, replaced each time the host sends a newer one. */
export function roomReducer(state: RoomState = initialState, anyAction: UnknownAction): RoomState {
  const action = anyAction as RoomAction;
  return action.type === 'room/viewApplied' ? { view: action.payload } : state;
}
