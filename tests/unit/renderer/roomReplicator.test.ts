import { describe, expect, it } from 'vitest';
import { startRoomReplication } from '../../../renderer/store/roomReplicator';
import { createRoomStore } from '../../../renderer/store/roomStore';
import { parseServerMessage } from '../../../renderer/transport/parseServerMessage';
import { parseRoomMessage } from '../../../renderer/transport/checkServerMessage';
import type { RoomView } from '../../../shared/session/roomView';
import { roomView } from '../../../shared/session/roomView';
import { newSession } from '../shared/sessionFixtures';
import { FakeLink } from './fakeLink';
import type { PushMessage } from '../../../shared/protocol/messages';
import { sessionEvents, sessionReducer } from '../../../shared/session/sessionSlice';
import type { SessionState } from '../../../shared/session/types';
import { diffJson } from '../../../shared/util/jsonPatch';
import { notePageOf } from '../../../shared/session/noteTable';

const black: RoomView = { screen: 'black', theme: 'dark' };
const white: RoomView = { screen: 'white', theme: 'light' };

async function settle() {
  await new Promise((resolve) => setTimeout(resolve, 0));
}

function setup() {
  const link = new FakeLink();
  const store = createRoomStore();
  startRoomReplication(link, store, () => 40_000);
  link.setConnection('open');
  return { link, store };
}

describe('the presenter window keeps the room view, never the session', () => {
  it('asks for the view on connecting and applies it, with the clock offset', async () => {
    const { link, store } = setup();
    expect(link.callsOf('session.snapshot')).toHaveLength(1);
    link.callsOf('session.snapshot')[0]?.resolve({ rev: 4, view: black, hostNow: 50_000 });
    await settle();
    expect(store.getState().room.view).toEqual(black);
    expect(store.getState()).not.toHaveProperty('session');
    expect(store.getState().sync).toMatchObject({ rev: 4, clockOffsetMs: 10_000 });
  });

  it('a push that arrives while the answer is on its way wins over that older answer', async () => {
    const { link, store } = setup();
    link.push({ kind: 'view', rev: 7, view: white, hostNow: 50_000 });
    link.callsOf('session.snapshot')[0]?.resolve({ rev: 6, view: black, hostNow: 50_000 });
    await settle();
    expect(store.getState().room.view).toEqual(white);
    expect(store.getState().sync.rev).toBe(7);
    link.push({ kind: 'view', rev: 5, view: black, hostNow: 50_000 });
    expect(store.getState().room.view, 'an older view is ignored').toEqual(white);
  });

  it('ignores an answer that is not a room view, and asks again', async () => {
    const { link, store } = setup();
    link.callsOf('session.snapshot')[0]?.resolve({ rev: 3, session: newSession(), status: { file: null, save: { state: 'idle' } }, hostNow: 1 });
    await settle();
    expect(store.getState().room.view).toBeNull();
    expect(store.getState().sync.rev).toBeNull();
  });

  it('parses a live view off the wire, and refuses a malformed one', () => {
    const view = roomView(newSession());
    const message = JSON.parse(JSON.stringify({ kind: 'view', rev: 2, view, hostNow: 9 })) as unknown;
    expect(parseServerMessage(message)).toEqual({ kind: 'view', rev: 2, view, hostNow: 9 });
    expect(parseServerMessage({ kind: 'view', rev: 2, view: { screen: 'live', theme: 'dark', message: null, frozen: false, stage: { agenda: [] } }, hostNow: 9 })).toBeNull();
    expect(parseServerMessage({ kind: 'view', rev: 2, view: null, hostNow: 9 })).toEqual({ kind: 'view', rev: 2, view: null, hostNow: 9 });
  });

  it('refuses a message nested too deep to walk, without throwing', () => {
    let deep: unknown = [];
    for (let depth = 0; depth < 200_000; depth++) deep = [deep];
    expect(parseRoomMessage({ kind: 'view', rev: 2, view: { screen: 'live', theme: 'dark', message: null, frozen: false, stage: deep }, hostNow: 9 })).toBeNull();
  });

  it('applies a patch to the view it holds: only what changed gets new objects, the rest keeps its identity', async () => {
    const { link, store } = setup();
    const before = roomView(withCapture(newSession(), 'First'));
    link.callsOf('session.snapshot')[0]?.resolve({ rev: 4, view: JSON.parse(JSON.stringify(before)) as unknown, hostNow: 50_000 });
    await settle();
    const held = store.getState().room.view;
    const after = roomView(withCapture(withCapture(newSession(), 'First'), 'Second'));
    const ops = diffJson(before, after) ?? [];
    expect(ops.length).toBeGreaterThan(0);
    link.push(parseServerMessage(JSON.parse(JSON.stringify({ kind: 'viewPatch', rev: 5, baseRev: 4, ops, hostNow: 50_000 }))) as PushMessage);
    const patched = store.getState().room.view;
    expect(patched).toEqual(after);
    expect(store.getState().sync.rev).toBe(5);
    if (held?.screen !== 'live' || patched?.screen !== 'live') throw new Error('live views');
    expect(patched.stage.agenda, 'unchanged parts are the same objects, so they do not redraw').toBe(held.stage.agenda);
    // Frozen all through, what the patch brought too: nothing can change a kept view, and the check of the next
    // message remembers the pages it passed (checkServerMessage.ts, onceValid).
    const frozenAllThrough = (value: unknown): boolean => typeof value !== 'object' || value === null || (Object.isFrozen(value) && Object.values(value).every(frozenAllThrough));
    expect(frozenAllThrough(held)).toBe(true);
    expect(frozenAllThrough(patched)).toBe(true);
  });

  it('checks what a patch brought once: a note that came in one patch is not read again by the checks of the next', async () => {
    const { link, store } = setup();
    const first = withCapture(newSession(), 'First');
    const second = withCapture(first, 'Second');
    const third = withCapture(second, 'Third');
    expect(notePageOf('note-Third'), 'the third note lands on another page than the second').not.toBe(notePageOf('note-Second'));
    const base = roomView(first);
    link.callsOf('session.snapshot')[0]?.resolve({ rev: 4, view: JSON.parse(JSON.stringify(base)) as unknown, hostNow: 50_000 });
    await settle();
    // The second note arrives as a patch whose note counts every read of its fields (what a check does).
    let reads = 0;
    const ops = (diffJson(base, roomView(second)) ?? []).map((op) => {
      const value: unknown = JSON.parse(JSON.stringify(op.op === 'set' ? op.value : null));
      const isNote = op.op === 'set' && op.path.at(-1) === 'note-Second' && typeof value === 'object' && value !== null;
      return isNote ? { ...op, value: new Proxy(value, { get: (target, key, receiver) => ((reads += 1), Reflect.get(target, key, receiver) as unknown) }) } : op;
    });
    link.push({ kind: 'viewPatch', rev: 5, baseRev: 4, ops, hostNow: 50_000 });
    expect(store.getState().sync.rev).toBe(5);
    const readByFirstCheck = reads;
    expect(readByFirstCheck, 'the patch that brought it checked it').toBeGreaterThan(0);
    link.push(parseServerMessage(JSON.parse(JSON.stringify({ kind: 'viewPatch', rev: 6, baseRev: 5, ops: diffJson(roomView(second), roomView(third)) ?? [], hostNow: 50_000 }))) as PushMessage);
    expect(store.getState().sync.rev).toBe(6);
    expect(reads, 'the next patch left it alone').toBe(readByFirstCheck);
  });

  it('checks a whole view once: the first patch after it reads none of its notes again', async () => {
    const { link, store } = setup();
    const first = withCapture(newSession(), 'First');
    const second = withCapture(first, 'Second');
    expect(notePageOf('note-Second'), 'the second note lands on another page than the first').not.toBe(notePageOf('note-First'));
    // The whole view as it comes off the wire, its note counting every read of its fields (what a check does).
    const answer = JSON.parse(JSON.stringify({ rev: 4, view: roomView(first), hostNow: 50_000 })) as { view: { stage: { notes: { pages: Record<string, object>[] } } } };
    const page = answer.view.stage.notes.pages[notePageOf('note-First')] ?? {};
    let reads = 0;
    const note = page['note-First'] ?? {};
    page['note-First'] = new Proxy(note, { get: (target, key, receiver) => ((reads += 1), Reflect.get(target, key, receiver) as unknown) });
    link.callsOf('session.snapshot')[0]?.resolve(answer);
    await settle();
    expect(store.getState().sync.rev).toBe(4);
    const readByItsCheck = reads;
    expect(readByItsCheck, 'the whole view was checked').toBeGreaterThan(0);
    link.push(parseRoomMessage(JSON.parse(JSON.stringify({ kind: 'viewPatch', rev: 5, baseRev: 4, ops: diffJson(roomView(first), roomView(second)) ?? [], hostNow: 50_000 }))) as PushMessage);
    expect(store.getState().sync.rev).toBe(5);
    expect(reads, 'the patch after it left the note alone').toBe(readByItsCheck);
  });

  it('asks for the whole view when a patch is for a view it does not hold, or does not fit', async () => {
    const { link, store } = setup();
    link.callsOf('session.snapshot')[0]?.resolve({ rev: 4, view: black, hostNow: 50_000 });
    await settle();
    link.push({ kind: 'viewPatch', rev: 9, baseRev: 8, ops: [{ op: 'set', path: ['theme'], value: 'light' }], hostNow: 50_000 });
    expect(store.getState().room.view, 'a patch on another base is not applied').toEqual(black);
    expect(link.callsOf('session.snapshot')).toHaveLength(2);
    link.callsOf('session.snapshot')[1]?.resolve({ rev: 9, view: white, hostNow: 50_000 });
    await settle();
    link.push({ kind: 'viewPatch', rev: 10, baseRev: 9, ops: [{ op: 'set', path: ['__proto__', 'polluted'], value: true }], hostNow: 50_000 });
    link.push({ kind: 'viewPatch', rev: 10, baseRev: 9, ops: [{ op: 'set', path: ['screen'], value: 'sideways' }], hostNow: 50_000 });
    expect(store.getState().room.view).toEqual(white);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(link.callsOf('session.snapshot').length).toBeGreaterThan(2);
  });

  it('checks what a patch brings even when the rest of the view was checked before: a malformed note is refused', async () => {
    const { link, store } = setup();
    const before = roomView(withCapture(newSession(), 'First'));
    link.callsOf('session.snapshot')[0]?.resolve({ rev: 4, view: JSON.parse(JSON.stringify(before)) as unknown, hostNow: 50_000 });
    await settle();
    const after = roomView(withCapture(withCapture(newSession(), 'First'), 'Second'));
    const ops = diffJson(before, after) ?? [];
    // Twice the same good patch on the same base: the second time every page it does not touch was checked already.
    link.push(parseServerMessage(JSON.parse(JSON.stringify({ kind: 'viewPatch', rev: 5, baseRev: 4, ops, hostNow: 50_000 }))) as PushMessage);
    expect(store.getState().sync.rev).toBe(5);
    const broken = ops.map((op) => (op.op === 'set' && op.path.includes('pages') && typeof op.value === 'object' && op.value !== null ? { ...op, value: { ...op.value, text: 42 } } : op));
    expect(broken).not.toEqual(ops);
    link.push(parseServerMessage(JSON.parse(JSON.stringify({ kind: 'viewPatch', rev: 6, baseRev: 5, ops: diffJson(after, after) ?? [], hostNow: 50_000 }))) as PushMessage);
    link.push(parseServerMessage(JSON.parse(JSON.stringify({ kind: 'viewPatch', rev: 7, baseRev: 6, ops: broken.map((op) => ({ ...op })), hostNow: 50_000 }))) as PushMessage);
    expect(store.getState().sync.rev, 'the malformed patch is not applied').toBe(6);
    expect(link.callsOf('session.snapshot')).toHaveLength(2);
  });
});

/** The session with one more note captured into its first activity, with the title screen off. */
function withCapture(session: SessionState, text: string): SessionState {
  const activityId = session.agenda[0]?.id ?? '';
  const captured = sessionReducer(session, sessionEvents.noteCaptured({ id: `note-${text}`, activityId, text, at: 1 })) ?? session;
  return { ...captured, presenter: { ...captured.presenter, titleScreen: false } };
}
