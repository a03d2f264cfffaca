import { configureStore } from '@reduxjs/toolkit';
import type { PushMessage } from '../../shared/protocol/messages';
import type { HostStatus, PhonesStatus, ProjectorSize, UndoStatus } from '../../shared/protocol/hostStatus';
import type { Snapshot } from '../../shared/protocol/verbs';
import { sessionEvents, sessionReducer } from '../../shared/session/sessionSlice';
import type { SessionEvent } from '../../shared/session/sessionSlice';
import type { SessionState } from '../../shared/session/types';

/** The part of the status the session's file and saves decide (the projector's size and the undo history are set apart). */
export type FileStatus = Omit<HostStatus, 'projector' | 'history' | 'phones'>;

/** A window's push channel. */
export type PushListener = (message: PushMessage) => void;

/** The authoritative session, its revision and the windows listening to it. */
export interface SessionStore {
  session(): SessionState | null;
  status(): HostStatus;
  rev(): number;
  snapshot(): Snapshot;
  /** Applies one event, bumps the revision and pushes the event. Returns whether the session changed. */
  apply(event: SessionEvent): boolean;
  /** Updates what Undo and Redo would act on (null: nothing); it goes out with the next status push. */
  setHistory(history: UndoStatus | null): void;
  /** Pushes the status if the history changed since the last status push (one push per command, not two). */
  pushHistory(): void;
  /** Replaces the whole session (create, open, close), forgets its undo history and pushes a snapshot. */
  replace(session: SessionState | null, status: FileStatus): void;
  /** Updates the file/save status and pushes it. */
  setStatus(status: FileStatus): void;
  /** Updates the projector's size (null: no presenter page open) and pushes the status. */
  setProjector(size: ProjectorSize | null): void;
  /** Updates how the room's phones are doing (null: phones off) and pushes the status. */
  setPhones(phones: PhonesStatus | null): void;
  subscribe(listener: PushListener): () => void;
}

/**
 * Creates the host's store: the shared session reducer in Redux Toolkit,
 * plus a revision counter so windows can spot a missed event.
 */
export function createSessionStore(now: () => number): SessionStore {
  const store = configureStore({
    reducer: sessionReducer,
    // The dev-mode checks walk the whole state on every event; too slow for a 20,000-note session.
    middleware: (getDefault) => getDefault({ thunk: false, serializableCheck: false, immutableCheck: false }),
  });
  let rev = 0;
  let fileStatus: FileStatus = { file: null, save: { state: 'idle' } };
  let projector: ProjectorSize | null = null;
  let history: UndoStatus | null = null;
  let phones: PhonesStatus | null = null;
  let historyUnsent = false;
  // The projector and history keys are left out while there is none, so a status reads the same as before either existed.
  const status = (): HostStatus => ({ ...fileStatus, ...(projector ? { projector } : {}), ...(history ? { history } : {}), ...(phones ? { phones } : {}) });
  const listeners = new Set<PushListener>();

  const broadcast = (message: PushMessage): void => {
    for (const listener of [...listeners]) {
      try {
        listener(message);
      } catch {
        // One broken window must not stop the others from hearing about changes.
      }
    }
  };
  const snapshot = (): Snapshot => ({ rev, session: store.getState(), status: status(), hostNow: now() });
  const pushStatus = (): void => {
    historyUnsent = false;
    broadcast({ kind: 'status', status: status() });
  };

  return {
    session: () => store.getState(),
    status,
    rev: () => rev,
    snapshot,
    apply(event) {
      const before = store.getState();
      store.dispatch(event);
      rev += 1;
      broadcast({ kind: 'event', rev, event });
      return store.getState() !== before;
    },
    replace(session, nextStatus) {
      store.dispatch(session ? sessionEvents.loaded(session) : sessionEvents.closed());
      rev += 1;
      fileStatus = nextStatus;
      history = null;
      historyUnsent = false;
      broadcast({ kind: 'snapshot', snapshot: snapshot() });
    },
    setStatus(nextStatus) {
      fileStatus = nextStatus;
      pushStatus();
    },
    setHistory(next) {
      history = next;
      historyUnsent = true;
    },
    pushHistory() {
      if (historyUnsent) pushStatus();
    },
    setProjector(size) {
      projector = size;
      pushStatus();
    },
    setPhones(next) {
      phones = next;
      pushStatus();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
