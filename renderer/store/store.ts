import { combineReducers, configureStore } from '@reduxjs/toolkit';
import { sessionReducer } from '../../shared/session/sessionSlice';
import { queueAtPacedFrame } from './pacedFrameQueue';
import { createRenderPace, RENDER_BUSY_SHARE } from './renderPace';
import { syncReducer } from './syncSlice';

/** Creates the control window's replica store: the shared session reducer, and sync bookkeeping (the room's revision is the host's, in `sync`). */
export function createReplicaStore() {
  return configureStore({
    reducer: combineReducers({ session: sessionReducer, sync: syncReducer }),
    middleware: (getDefault) => getDefault({ serializableCheck: false, immutableCheck: false }),
    // A burst from the host is drawn at the next frame, and when drawing it costs much, every few frames (renderPace.ts).
    enhancers: (getDefault) => getDefault({ autoBatch: { type: 'callback', queueNotification: queueAtPacedFrame(createRenderPace({ busyShare: RENDER_BUSY_SHARE })) } }),
  });
}

/** The control window's replica store. */
export type ReplicaStore = ReturnType<typeof createReplicaStore>;
/** The state of the control window's replica. */
export type RootState = ReturnType<ReplicaStore['getState']>;
/** The dispatch function of the control window's replica. */
export type AppDispatch = ReplicaStore['dispatch'];
