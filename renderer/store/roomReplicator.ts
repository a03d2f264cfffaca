import type { PushMessage } from '../../shared/protocol/messages';
import type { RoomSnapshot } from '../../shared/protocol/verbs';
import type { HostLink } from '../transport/hostLink';
import { markLatency } from '../transport/latencyMarks';
import { parseRoomSnapshot, parseRoomView } from '../transport/checkServerMessage';
import { applyJsonPatch } from '../../shared/util/jsonPatch';
import { deepFreeze } from '../../shared/util/deepFreeze';
import { roomActions } from './roomSlice';
import type { RoomStore } from './roomStore';
import { syncActions } from './syncSlice';

/** Pause before asking for the view again after a failed attempt. */
const RETRY_VIEW_MS = 1000;

/**
 * Keeps the presenter window's room view the host's. A `view` push is the whole view, so the newest one wins. A
 * `viewPatch` is the changes from the view of `baseRev`: applied to the view held when that is the one (only what
 * changed gets new objects, so only that redraws), else the window asks for the whole view. On (re)connecting it asks
 * `session.snapshot` (which answers a projector link with the view), holding any whole view that arrives meanwhile so
 * an older answer cannot undo it. Returns a stop function.
 */
export function startRoomReplication(link: HostLink, store: RoomStore, now: () => number = Date.now): () => void {
  let stopped = false;
  let asking = false;
  // The newest view pushed while a snapshot was on its way; applied after it if newer.
  let heldBack: { rev: number; view: RoomSnapshot['view']; hostNow: number; receivedAt: number } | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  // The newest revision a patch named while a snapshot was on its way: if the answer is older, ask again.
  let patchedWhileAsking = -1;

  const apply = (rev: number, view: RoomSnapshot['view'], hostNow: number, receivedAt: number): void => {
    // A kept view is frozen: nothing can change it, and the message check remembers the parts it has passed.
    store.dispatch(roomActions.viewApplied(deepFreeze(view)));
    store.dispatch(syncActions.viewApplied({ rev, clockOffsetMs: hostNow - receivedAt }));
    markLatency('store-applied');
  };

  const retryLater = (): void => {
    if (stopped || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      if (store.getState().sync.connection === 'open') askForView();
    }, RETRY_VIEW_MS);
  };

  function askForView(): void {
    if (asking || stopped) return;
    asking = true;
    const sentAt = now();
    link.call('session.snapshot', {}).then(
      (answer) => {
        asking = false;
        if (stopped) return;
        const snapshot = parseRoomSnapshot(answer);
        if (!snapshot) {
          console.error('Groundwork: the host sent a view this window cannot read; asking again.');
          retryLater();
          return;
        }
        // The answer is the host's state after a restart too, so it applies even with a lower revision.
        apply(snapshot.rev, snapshot.view, snapshot.hostNow, (sentAt + now()) / 2);
        if (heldBack && heldBack.rev > snapshot.rev) apply(heldBack.rev, heldBack.view, heldBack.hostNow, heldBack.receivedAt);
        const missed = patchedWhileAsking > Math.max(snapshot.rev, heldBack?.rev ?? -1);
        heldBack = null;
        patchedWhileAsking = -1;
        if (missed) askForView();
      },
      () => {
        asking = false;
        retryLater();
      },
    );
  }

  const applyPatch = (message: Extract<PushMessage, { kind: 'viewPatch' }>, receivedAt: number): void => {
    if (asking) {
      patchedWhileAsking = Math.max(patchedWhileAsking, message.rev);
      return;
    }
    const { sync, room } = store.getState();
    if (sync.rev !== message.baseRev) {
      askForView();
      return;
    }
    let patched: unknown;
    try {
      // Frozen as it is made, before it is checked: the check remembers only frozen parts as passed (nothing can change
      // them), so what this patch brought is checked now and never again. Checked unfrozen, each new page was checked
      // again by the next patch, and the table of pages was never remembered, so every patch looked up all 1,024.
      patched = applyJsonPatch<unknown>(room.view, message.ops, { freeze: true });
    } catch {
      askForView();
      return;
    }
    // Checked like a whole view, but the patched view is kept (parsing copies), so unchanged parts keep their identity.
    if (parseRoomView(patched) === undefined) {
      askForView();
      return;
    }
    apply(message.rev, patched as RoomSnapshot['view'], message.hostNow, receivedAt);
  };

  const onPush = (message: PushMessage): void => {
    // A projector link is only ever sent views and their patches; anything else is not for it.
    if (message.kind === 'viewPatch') {
      applyPatch(message, now());
      return;
    }
    if (message.kind !== 'view') return;
    const receivedAt = now();
    if (asking) {
      if (!heldBack || message.rev >= heldBack.rev) heldBack = { rev: message.rev, view: message.view, hostNow: message.hostNow, receivedAt };
      return;
    }
    const current = store.getState().sync.rev;
    if (current !== null && message.rev < current) return;
    apply(message.rev, message.view, message.hostNow, receivedAt);
  };

  const stopPush = link.onPush(onPush);
  const stopConnection = link.onConnection((connection, detail) => {
    store.dispatch(syncActions.connectionChanged({ connection, detail }));
    if (connection === 'open') askForView();
  });

  return () => {
    stopped = true;
    if (retryTimer) clearTimeout(retryTimer);
    stopPush();
    stopConnection();
  };
}
