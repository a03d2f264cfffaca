import { combineReducers, configureStore } from '@reduxjs/toolkit';
import { sessionReducer } from '../../shared/session/sessionSlice';
import { syncReducer } from './syncSlice';

/** Creates the control window's replica store: the shared session reducer, and sync bookkeeping (the room's revision is the host's, in `sync`). */
export function createReplicaStore() {
  return configureStore({
    reducer: combineReducers({ session: sessionReducer, sync: syncReducer }),
    middleware: (getDefault) => getDefault({ serializableCheck: false, immutableCheck: false }),
  });
}

/** The control window's replica store. */
export type ReplicaStore = ReturnType<typeof createReplicaStore>;
/** The state of the control window's replica. */
export type RootState = ReturnType<ReplicaStore['getState']>;
/** The dispatch function of the control window's replica. */
export type AppDispatch = ReplicaStore['dispatch'];
