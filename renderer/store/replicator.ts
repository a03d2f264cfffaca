import { SHOULD_AUTOBATCH } from '@reduxjs/toolkit';
import type { PushMessage } from '../../shared/protocol/messages';
import type { Snapshot } from '../../shared/protocol/verbs';
import { sessionEvents } from '../../shared/session/sessionSlice';
import type { SessionEvent } from '../../shared/session/sessionSlice';
import { assertNever } from '../../shared/util/assertNever';
import type { HostLink } from '../transport/hostLink';
import { markLatency } from '../transport/latencyMarks';
import type { ReplicaStore } from './store';
import { syncActions } from './syncSlice';

/**
 * Marks an action from the host as one of a possible burst: the store applies it at once, but tells the window
 * (React) only at the next frame, once for all that came meanwhile (Redux Toolkit's autoBatchEnhancer, which
 * configureStore installs). 200 phones answering are 200 messages a second; drawing each on its own redrew the
 * board and refitted the preview 200 times a second, where the screen shows 60 frames. Anything not so marked
 * (a snapshot, the connection) tells the window at once, together with what was waiting.
 */
function inBurst<Action extends object>(action: Action): Action & { meta: Record<string, unknown> } {
  const meta = 'meta' in action && typeof action.meta === 'object' && action.meta !== null ? action.meta : {};
  return { ...action, meta: { ...meta, [SHOULD_AUTOBATCH]: true } };
}

/** Not marked as a burst, so dispatching it tells the window at once of everything applied so far; it changes nothing. */
const DRAW_NOW = { type: 'sync/drawNow' } as const;

/**
 * The link the control window's own code calls: a call resolves only once the window has been told of everything
 * the host sent before its reply. The host pushes a command's events before answering it, but a burst is drawn only
 * at the next frame; code that awaits a command and then reads what it changed (a count box building on its last
 * press, a list moving the focus to a new item) must find it drawn.
 */
export function withDrawnReplies(link: HostLink, store: ReplicaStore): HostLink {
  return {
    call: async (verb, args) => {
      try {
        return await link.call(verb, args);
      } finally {
        store.dispatch(DRAW_NOW);
      }
    },
    onPush: (listener) => link.onPush(listener),
    onConnection: (listener) => link.onConnection(listener),
  };
}

/** Pause before asking for a snapshot again after a failed attempt. */
const RETRY_SNAPSHOT_MS = 1000;

/**
 * Keeps a window's store a faithful copy of the host's: applies events in
 * revision order, asks for a snapshot on a gap or after reconnecting, and
 * replaces the session whenever a snapshot arrives. Returns a stop function.
 */
export function startReplication(link: HostLink, store: ReplicaStore, now: () => number = Date.now): () => void {
  let resyncing = false;
  let stopped = false;
  let buffered: { rev: number; event: SessionEvent; roomRev?: number }[] = [];
  let retryTimer: ReturnType<typeof setTimeout> | null = null;

  const applySnapshot = (snapshot: Snapshot, receivedAt: number): void => {
    store.dispatch(snapshot.session ? sessionEvents.loaded(snapshot.session) : sessionEvents.closed());
    store.dispatch(syncActions.snapshotApplied({ rev: snapshot.rev, roomRev: snapshot.roomRev ?? snapshot.rev, status: snapshot.status, clockOffsetMs: snapshot.hostNow - receivedAt }));
  };

  const applyEvent = (rev: number, event: SessionEvent, roomRev?: number): void => {
    const current = store.getState().sync.rev;
    if (current === null || resyncing) {
      buffered.push({ rev, event, roomRev });
      if (current === null) resync();
      return;
    }
    if (rev <= current) return;
    if (rev !== current + 1) {
      buffered.push({ rev, event, roomRev });
      resync();
      return;
    }
    try {
      store.dispatch(inBurst(event));
    } catch (error) {
      console.error('Groundwork: could not apply an update; fetching a fresh copy.', error);
      resync();
      return;
    }
    store.dispatch(inBurst(syncActions.eventApplied(roomRev === undefined ? { rev } : { rev, roomRev })));
    markLatency('store-applied');
  };

  const replayBuffered = (): void => {
    const pendingEvents = buffered.sort((a, b) => a.rev - b.rev);
    buffered = [];
    for (const { rev, event, roomRev } of pendingEvents) applyEvent(rev, event, roomRev);
  };

  function resync(): void {
    if (resyncing || stopped) return;
    resyncing = true;
    const sentAt = now();
    link.call('session.snapshot', {}).then(
      (snapshot) => {
        resyncing = false;
        if (stopped) return;
        applySnapshot(snapshot, (sentAt + now()) / 2);
        replayBuffered();
      },
      () => {
        resyncing = false;
        if (stopped || retryTimer) return;
        retryTimer = setTimeout(() => {
          retryTimer = null;
          if (store.getState().sync.connection === 'open') resync();
        }, RETRY_SNAPSHOT_MS);
      },
    );
  }

  const onPush = (message: PushMessage): void => {
    switch (message.kind) {
      case 'snapshot':
        applySnapshot(message.snapshot, now());
        buffered = buffered.filter((entry) => entry.rev > message.snapshot.rev);
        return;
      case 'event':
        applyEvent(message.rev, message.event, message.roomRev);
        return;
      case 'status':
        // Each save sends one (saving, saved): in a burst of notes they come as often as the notes.
        store.dispatch(inBurst(syncActions.statusChanged(message.status)));
        return;
      case 'command':
        // A menu item asking the control window to run a command; useMenuCommands handles it, not the replica.
        return;
      case 'view':
      case 'viewPatch':
        // Only projector links are sent views (renderer/store/roomReplicator.ts).
        return;
      default:
        assertNever(message, 'push');
    }
  };

  const stopPush = link.onPush(onPush);
  const stopConnection = link.onConnection((connection, detail) => {
    store.dispatch(syncActions.connectionChanged({ connection, detail }));
    if (connection === 'open') resync();
  });

  return () => {
    stopped = true;
    if (retryTimer) clearTimeout(retryTimer);
    stopPush();
    stopConnection();
  };
}
