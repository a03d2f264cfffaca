import { combineReducers, legacy_createStore } from 'redux';
import { notifyOncePerFrame } from './notifyOncePerFrame';
import { createRenderPace, RENDER_BUSY_SHARE } from './renderPace';
import { roomReducer } from './roomSlice';
import { syncReducer } from './syncSlice';

/**
 * Creates the presenter window's replica store: the room view plus sync bookkeeping. It never holds the session, so
 * it is plain Redux: the page loads neither the session reducer nor Redux Toolkit and Immer, which only the control
 * window's session reducer needs (`legacy_createStore` is Redux's own store, not deprecated, only named so to steer
 * apps to Redux Toolkit's `configureStore`). A lone note is drawn as it arrives; a burst, once per frame, or every few frames when drawing it costs much.
 */
export function createRoomStore() {
  return legacy_createStore(combineReducers({ room: roomReducer, sync: syncReducer }), notifyOncePerFrame(undefined, undefined, createRenderPace({ busyShare: RENDER_BUSY_SHARE })));
}

/** The presenter window's replica store. */
export type RoomStore = ReturnType<typeof createRoomStore>;
/** The state of the presenter window's replica. */
export type RoomRootState = ReturnType<RoomStore['getState']>;
