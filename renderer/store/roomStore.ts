import { combineReducers, legacy_createStore } from 'redux';
import { notifyOncePerFrame } from './notifyOncePerFrame';
import { roomReducer } from './roomSlice';
import { syncReducer } from './syncSlice';

/**
 * Creates the presenter window's replica store: the room view plus sync bookkeeping. It never holds the session, so
 * it is plain Redux: the page loads neither the session reducer nor Redux Toolkit and Immer, which only the control
 * window's session reducer needs (`legacy_createStore` is Redux's own store, not deprecated, only named so to steer
 * apps to Redux Toolkit's `configureStore`). A lone note is drawn as it arrives; a burst, once per frame.
 */
export function createRoomStore() {
  return legacy_createStore(combineReducers({ room: roomReducer, sync: syncReducer }), notifyOncePerFrame());
}

/** The presenter window's replica store. */
export type RoomStore = ReturnType<typeof createRoomStore>;
/** The state of the presenter window's replica. */
export type RoomRootState = ReturnType<RoomStore['getState']>;
