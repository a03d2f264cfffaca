import { configureStore } from '@reduxjs/toolkit';
import { sessionReducer } from '../../shared/session/sessionSlice';
import { roomSlice } from './roomSlice';
import { syncSlice } from './syncSlice';

/** Creates a window's replica store: the shared session reducer (control) or the room view (presenter), plus sync bookkeeping. */
export function createReplicaStore() {
  return configureStore({
    reducer: { session: sessionReducer, room: roomSlice.reducer, sync: syncSlice.reducer },
    middleware: (getDefault) => getDefault({ serializableCheck: false, immutableCheck: false }),
  });
}

/** A window's replica store. */
export type ReplicaStore = ReturnType<typeof createReplicaStore>;
/** The state of a window's replica. */
export type RootState = ReturnType<ReplicaStore['getState']>;
/** The dispatch function of a window's replica. */
export type AppDispatch = ReplicaStore['dispatch'];
