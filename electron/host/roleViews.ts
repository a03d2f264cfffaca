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
  /**
   * Hears every push the store makes and keeps what the window may have until `drain`. Returns whether the window
   * may now have something to be sent (false for a change its role does not see).
   */
  take(message: PushMessage): boolean;
  /** What the window is to be sent now for everything taken since the last drain, in order (often nothing or one push). */
  drain(): PushMessage[];
  /** A verb's result as this role may see it (a projector link's `session.snapshot` is the room view). */
  result(verb: VerbName, result: unknown): unknown;
  /** One push that brings the window up to date, whatever it missed (after pushes were held back from a slow link); it replaces whatever was waiting. */
  catchUp(): PushMessage;
}

/**
 * Sends each role only its view. The control window gets everything, as it is. Every other link (the projector
 * now, phones later) gets what the room may see (`roomView`, shared/session/roomView.ts): a whole `view` push each
 * time that view changes, nothing when a change is private (a hidden note, a script, an unrevealed count, another
 * activity), no file or save status, and `session.snapshot` answers with the view, never the session.
 */
export function createRoleView(role: Role, store: SessionStore): RoleView {
  if (role === 'control') {
    // Each event and snapshot says the revision at which what the room sees last changed (tests and the bench wait
    // for the projector to reach it), worked out here once per drain rather than by the window for each one it applies.
    const viewAt = sharedViews(store);
    const roomRevAt = (rev: number, session: SessionState | null): number => viewAt(rev, session).changedAt;
    // A reply's snapshot can be older than the last event worked out; the room's revision is never after the snapshot's.
    const withRoomRev = (snapshot: Snapshot): Snapshot => ({ ...snapshot, roomRev: Math.min(snapshot.rev, roomRevAt(snapshot.rev, snapshot.session)) });
    let waiting: PushMessage[] = [];
    return {
      take(message) {
        waiting.push(message);
        return true;
      },
      drain() {
        const out = waiting;
        waiting = [];
        const { rev, session } = store.snapshot();
        // Only the newest event is worked out: the window applies those before it in the same turn, so it reads only this one's.
        const newest = out.findLastIndex((message) => message.kind === 'event');
        // A status replaces the last one whole, and the window draws once a frame: of a burst's (one per note, each
        // naming the new Undo step), only the newest is sent, where it came.
        const newestStatus = out.findLastIndex((message) => message.kind === 'status');
        return out.flatMap((message, index): PushMessage[] => {
          if (message.kind === 'event') return [index === newest && message.rev === rev ? { ...message, roomRev: roomRevAt(rev, session) } : message];
          if (message.kind === 'snapshot') return [{ kind: 'snapshot', snapshot: withRoomRev(message.snapshot) }];
          if (message.kind === 'status' && index !== newestStatus) return [];
          return [message];
        });
      },
      result: (verb, result) => (verb === 'session.snapshot' ? withRoomRev(result as Snapshot) : result),
      catchUp: () => {
        waiting = [];
        return { kind: 'snapshot', snapshot: withRoomRev(store.snapshot()) };
      },
    };
  }
  // The view this link holds, so a change the room cannot see sends nothing.
  let sent: { rev: number; view: RoomView | null } | null = null;
  // Whether the session changed since the last drain; the view is worked out only when it is drained, once for however many changes.
  let changed = false;
  const viewAt = sharedViews(store);
  const roomSnapshot = (snapshot: Snapshot): RoomSnapshot => ({ rev: snapshot.rev, view: viewAt(snapshot.rev, snapshot.session).view, hostNow: snapshot.hostNow });
  return {
    take(message) {
      if (message.kind !== 'snapshot' && message.kind !== 'event') return false;
      changed = true;
      return true;
    },
    drain() {
      if (!changed) return [];
      changed = false;
      const { rev, view, hostNow } = roomSnapshot(store.snapshot());
      // Only what changed goes out (a new note is one note, not the board): the page applies it to the view it holds.
      const ops = sent && sent.view && view ? diffJson(sent.view, view, MAX_PATCH_OPS) : null;
      if (ops?.length === 0 || (sent && sent.view === null && view === null)) return [];
      const base = sent;
      sent = { rev, view };
      if (ops && base) return [{ kind: 'viewPatch', rev, baseRev: base.rev, ops, hostNow }];
      return [{ kind: 'view', rev, view, hostNow }];
    },
    result(verb, result) {
      if (verb !== 'session.snapshot') return result;
      const answer = roomSnapshot(result as Snapshot);
      // A reply can be overtaken by a newer push; it must not make the next push of that newer view look unchanged.
      if (sent === null || answer.rev >= sent.rev) sent = { rev: answer.rev, view: answer.view };
      return answer;
    },
    catchUp() {
      changed = false;
      const { rev, view, hostNow } = roomSnapshot(store.snapshot());
      sent = { rev, view };
      return { kind: 'view', rev, view, hostNow };
    },
  };
}

/** Past this many changes a whole view is sent instead of a patch (it is then about as small, and simpler to apply). */
const MAX_PATCH_OPS = 64;

/** The room's view as of one revision, and the revision at which it last changed. */
interface SharedView {
  view: RoomView | null;
  changedAt: number;
}

/** Per host store: its links share one computation of each view (each state is worked out once, whoever asks first). */
const viewsByStore = new WeakMap<SessionStore, (rev: number, session: SessionState | null) => SharedView>();

/**
 * The room's view of revision `rev` of the store's session, worked out once for all links, with the revision at which
 * it last changed. That revision is counted over every view worked out for any link, so it is always one a projector
 * link was sent or will be: a link drains only when something changed, and then at the newest revision. (Counted by
 * each link on its own, a control link that drained after two changes, the second private, would name the second, while
 * the projector, which drained between them, is never sent it.) The first view of a store counts as a change.
 */
function sharedViews(store: SessionStore): (rev: number, session: SessionState | null) => SharedView {
  let views = viewsByStore.get(store);
  if (!views) {
    let last: (SharedView & { rev: number; session: SessionState | null }) | null = null;
    views = (rev, session) => {
      if (last && last.session === session) return last;
      // The last view lends its unchanged parts to the next, so the patch that follows compares little.
      const view = roomView(session, last?.view ?? null);
      const changedAt = last && sameValue(last.view, view) ? last.changedAt : rev;
      // An older state (a reply's snapshot overtaken by an event) is answered but does not move the count back.
      if (last && rev < last.rev) return { view, changedAt: Math.min(changedAt, rev) };
      last = { rev, session, view, changedAt };
      return last;
    };
    viewsByStore.set(store, views);
  }
  return views;
}
