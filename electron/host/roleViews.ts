import type { PushMessage } from '../../shared/protocol/messages';
import type { Role } from '../../shared/protocol/roles';
import type { RoomSnapshot, Snapshot, VerbName } from '../../shared/protocol/verbs';
import { roomView } from '../../shared/session/roomView';
import type { RoomView } from '../../shared/session/roomView';
import type { SessionState } from '../../shared/session/types';
import { diffJson } from '../../shared/util/jsonPatch';
import { sameValue } from '../../shared/util/sameValue';
import type { SessionStore } from './sessionStore';

/** What one connection's role may receive: its pushes, and what its verbs answer. */
export interface RoleView {
  /** Receives every push the store makes; passes on to the window only what its role may have. */
  push(message: PushMessage): void;
  /** A verb's result as this role may see it (a projector link's `session.snapshot` is the room view). */
  result(verb: VerbName, result: unknown): unknown;
  /** One push that brings the window up to date, whatever it missed (after pushes were held back from a slow link). */
  catchUp(): PushMessage;
}

/**
 * Sends each role only its view. The control window gets everything, as it is. Every other link (the projector
 * now, phones later) gets what the room may see (`roomView`, shared/session/roomView.ts): a whole `view` push each
 * time that view changes, nothing when a change is private (a hidden note, a script, an unrevealed count, another
 * activity), no file or save status, and `session.snapshot` answers with the view, never the session.
 */
export function createRoleView(role: Role, store: SessionStore, push: (message: PushMessage) => void): RoleView {
  if (role === 'control') {
    // Each event and snapshot says the revision at which what the room sees last changed (tests and the bench wait
    // for the projector to reach it), worked out here once per event rather than by the window for each one it applies.
    const roomRevAt = sharedRoomRevision(store);
    // A reply's snapshot can be older than the last event worked out; the room's revision is never after the snapshot's.
    const withRoomRev = (snapshot: Snapshot): Snapshot => ({ ...snapshot, roomRev: Math.min(snapshot.rev, roomRevAt(snapshot.rev, snapshot.session)) });
    return {
      push(message) {
        if (message.kind === 'event') {
          const { rev, session } = store.snapshot();
          push(rev === message.rev ? { ...message, roomRev: roomRevAt(rev, session) } : message);
        } else if (message.kind === 'snapshot') push({ kind: 'snapshot', snapshot: withRoomRev(message.snapshot) });
        else push(message);
      },
      result: (verb, result) => (verb === 'session.snapshot' ? withRoomRev(result as Snapshot) : result),
      catchUp: () => ({ kind: 'snapshot', snapshot: withRoomRev(store.snapshot()) }),
    };
  }
  // The view this link holds, so a change the room cannot see sends nothing.
  let sent: { rev: number; view: RoomView | null } | null = null;
  const viewOf = sharedViews(store);
  const roomSnapshot = (snapshot: Snapshot): RoomSnapshot => ({ rev: snapshot.rev, view: viewOf(snapshot.session), hostNow: snapshot.hostNow });
  return {
    push(message) {
      if (message.kind !== 'snapshot' && message.kind !== 'event') return;
      const { rev, view, hostNow } = roomSnapshot(message.kind === 'snapshot' ? message.snapshot : store.snapshot());
      // Only what changed goes out (a new note is one note, not the board): the page applies it to the view it holds.
      const ops = sent && sent.view && view ? diffJson(sent.view, view, MAX_PATCH_OPS) : null;
      if (ops?.length === 0 || (sent && sent.view === null && view === null)) return;
      const base = sent;
      sent = { rev, view };
      if (ops && base) push({ kind: 'viewPatch', rev, baseRev: base.rev, ops, hostNow });
      else push({ kind: 'view', rev, view, hostNow });
    },
    result(verb, result) {
      if (verb !== 'session.snapshot') return result;
      const answer = roomSnapshot(result as Snapshot);
      // A reply can be overtaken by a newer push; it must not make the next push of that newer view look unchanged.
      if (sent === null || answer.rev >= sent.rev) sent = { rev: answer.rev, view: answer.view };
      return answer;
    },
    catchUp() {
      const { rev, view, hostNow } = roomSnapshot(store.snapshot());
      sent = { rev, view };
      return { kind: 'view', rev, view, hostNow };
    },
  };
}

/** Past this many changes a whole view is sent instead of a patch (it is then about as small, and simpler to apply). */
const MAX_PATCH_OPS = 64;

/** Per host store: its projector links share one computation of each view (each event is worked out once). */
const viewsByStore = new WeakMap<SessionStore, (session: SessionState | null) => RoomView | null>();

function sharedViews(store: SessionStore): (session: SessionState | null) => RoomView | null {
  let views = viewsByStore.get(store);
  if (!views) {
    let last: { session: SessionState | null; view: RoomView | null } | null = null;
    views = (session) => {
      // The last view lends its unchanged parts to the next, so the patch that follows compares little.
      if (!last || last.session !== session) last = { session, view: roomView(session, last?.view ?? null) };
      return last.view;
    };
    viewsByStore.set(store, views);
  }
  return views;
}

/** Per host store: the revision at which its room view last changed, shared by its control links. */
const roomRevsByStore = new WeakMap<SessionStore, (rev: number, session: SessionState | null) => number>();

/**
 * The revision at which what the room sees last changed, as of revision `rev` of the store's session. It is worked
 * out from the same views the projector links are sent (computed once per event for all links), and moves only when
 * that view changes. The first call of a store counts its revision as the change: nothing earlier was compared.
 */
function sharedRoomRevision(store: SessionStore): (rev: number, session: SessionState | null) => number {
  let roomRevAt = roomRevsByStore.get(store);
  if (!roomRevAt) {
    const viewOf = sharedViews(store);
    let last: { rev: number; view: RoomView | null; roomRev: number } | null = null;
    roomRevAt = (rev, session) => {
      if (last && rev <= last.rev) return last.roomRev;
      const view = viewOf(session);
      last = { rev, view, roomRev: last && sameValue(last.view, view) ? last.roomRev : rev };
      return last.roomRev;
    };
    roomRevsByStore.set(store, roomRevAt);
  }
  return roomRevAt;
}
