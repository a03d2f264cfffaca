import { createSlice } from '@reduxjs/toolkit';
import type { PayloadAction } from '@reduxjs/toolkit';
import type { RoomView } from '../../shared/session/roomView';

/** What a projector link holds: the room view the host last sent (never the session). */
export interface RoomState {
  view: RoomView | null;
}

const initialState: RoomState = { view: null };

/** The presenter window's replica: the whole room view, replaced each time the host sends a newer one. */
export const roomSlice = createSlice({
  name: 'room',
  initialState,
  reducers: {
    viewApplied: (_state, action: PayloadAction<RoomView | null>) => ({ view: action.payload }),
  },
});

/** Actions of the room slice. */
export const roomActions = roomSlice.actions;
