import { describe, expect, it } from 'vitest';
import { findBuiltInWorkshop } from '../../../shared/workshop/builtInWorkshops';
import { createSession } from '../../../shared/workshop/createSession';
import { sessionEvents } from '../../../shared/session/sessionSlice';
import type { Snapshot } from '../../../shared/protocol/verbs';
import { createReplicaStore } from '../../../renderer/store/store';
import { startReplication, withDrawnReplies } from '../../../renderer/store/replicator';
import { FakeLink } from './fakeLink';
import { noteIds, notesTable } from '../../support/noteTables';
import type { Note } from '../../../shared/session/types';

const workshop = findBuiltInWorkshop('management-and-leadership');
if (!workshop) throw new Error('built-in workshop missing');
const session = createSession(workshop, { group: 'Team', date: '2026-11-28', sessionId: 's1', now: 1000 });
const status = { file: null, save: { state: 'idle' as const } };

function snapshot(rev: number, hostNow = 50_000): Snapshot {
  return { rev, session, status, hostNow };
}

/** The note the host holds after capture(id, text). */
function capturedNote(id: string, text: string): Note {
  return { id, activityId: 'opening-perceptions', text, hidden: false, createdAt: 2000, updatedAt: 2000, deletedAt: null, columnId: null, position: null, attribution: null, commitment: null };
}

const capture = (id: string, text: string) => sessionEvents.noteCaptured({ id, activityId: 'opening-perceptions', text, at: 2000 });

function setup() {
  const link = new FakeLink();
  const store = createReplicaStore();
  let clock = 40_000;
  startReplication(link, store, () => clock);
  link.setConnection('open');
  return { link, store, tick: (ms: number) => (clock += ms) };
}

async function settle() {
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('replication', () => {
  it('asks for a snapshot once connected and applies it with the clock offset', async () => {
    const { link, store } = setup();
    expect(link.callsOf('session.snapshot')).toHaveLength(1);
    link.callsOf('session.snapshot')[0]?.resolve(snapshot(5));
    await settle();
    expect(store.getState().sync.rev).toBe(5);
    expect(store.getState().session?.meta.group).toBe('Team');
    expect(store.getState().sync.clockOffsetMs).toBe(10_000);
  });

  it('applies the next revision, ignores repeats, and fetches a snapshot on a gap', async () => {
    const { link, store } = setup();
    link.callsOf('session.snapshot')[0]?.resolve(snapshot(5));
    await settle();
    link.push({ kind: 'event', rev: 6, event: capture('n1', 'first') });
    link.push({ kind: 'event', rev: 6, event: capture('n1-again', 'repeat') });
    expect(store.getState().sync.rev).toBe(6);
    expect(noteIds(store.getState().session?.notes)).toEqual(['n1']);

    link.push({ kind: 'event', rev: 9, event: capture('n9', 'after a gap') });
    expect(store.getState().sync.rev).toBe(6);
    expect(link.callsOf('session.snapshot')).toHaveLength(2);
    link.push({ kind: 'event', rev: 10, event: capture('n10', 'while resyncing') });
    link.callsOf('session.snapshot')[1]?.resolve({ ...snapshot(9), session: { ...session, notes: notesTable(capturedNote('n1', 'first'), capturedNote('n9', 'after a gap')) } });
    await settle();
    expect(store.getState().sync.rev).toBe(10);
    expect(noteIds(store.getState().session?.notes)).toEqual(['n1', 'n9', 'n10']);
  });

  it('keeps a snapshot that came over the wire frozen through, as every state the reducer makes is', () => {
    // What the window reads most (an activity's notes after each event) remembers its lookups only for frozen pieces;
    // a snapshot parsed from JSON is not frozen, so without this each read of 2,000 notes hashed every id again.
    const { link, store } = setup();
    const wire = JSON.parse(JSON.stringify({ ...snapshot(3), session: { ...session, notes: notesTable(capturedNote('n1', 'first'), capturedNote('n2', 'second')) } })) as Snapshot;
    link.push({ kind: 'snapshot', snapshot: wire });
    const kept = store.getState().session;
    const chunk = kept?.notes.byActivity['opening-perceptions']?.[0];
    const page = kept?.notes.pages.find((candidate) => Object.keys(candidate).length > 0);
    expect(chunk).toEqual(['n1', 'n2']);
    expect([kept, kept?.notes, kept?.notes.pages, chunk, page, kept?.agenda[0]].every((piece) => Object.isFrozen(piece))).toBe(true);
  });

  it('replaces the session on a pushed snapshot and follows status pushes', () => {
    const { link, store } = setup();
    link.push({ kind: 'snapshot', snapshot: snapshot(3) });
    expect(store.getState().session).not.toBeNull();
    link.push({ kind: 'status', status: { file: { path: 'a.groundwork', name: 'a.groundwork' }, save: { state: 'saved', at: 7 } } });
    expect(store.getState().sync.status?.save).toEqual({ state: 'saved', at: 7 });
    link.push({ kind: 'snapshot', snapshot: { ...snapshot(4), session: null } });
    expect(store.getState().session).toBeNull();
    expect(store.getState().sync.rev).toBe(4);
  });

  it('fetches a fresh snapshot after reconnecting', async () => {
    const { link, store } = setup();
    link.callsOf('session.snapshot')[0]?.resolve(snapshot(1));
    await settle();
    link.setConnection('reconnecting');
    expect(store.getState().sync.connection).toBe('reconnecting');
    link.setConnection('open');
    expect(link.callsOf('session.snapshot')).toHaveLength(2);
  });

  it('draws a burst of notes once: the store is current at once, the window hears of it once per frame', async () => {
    const { link, store } = setup();
    link.callsOf('session.snapshot')[0]?.resolve(snapshot(5));
    await settle();
    let notified = 0;
    store.subscribe(() => (notified += 1));
    const heard = new Promise<void>((resolve) => {
      const stop = store.subscribe(() => {
        stop();
        resolve();
      });
    });
    for (let i = 0; i < 20; i++) link.push({ kind: 'event', rev: 6 + i, event: capture(`b${i}`, `burst ${i}`) });
    expect(noteIds(store.getState().session?.notes)).toHaveLength(20);
    expect(notified).toBe(0);
    await heard;
    expect(notified).toBe(1);
  });

  it('tells the window at once of what is not a burst: a connection change flushes the notes waiting with it', async () => {
    const { link, store } = setup();
    link.callsOf('session.snapshot')[0]?.resolve(snapshot(5));
    await settle();
    let notified = 0;
    store.subscribe(() => (notified += 1));
    link.push({ kind: 'event', rev: 6, event: capture('n1', 'first') });
    expect(notified).toBe(0);
    link.setConnection('reconnecting');
    expect(notified).toBe(1);
    expect(noteIds(store.getState().session?.notes)).toEqual(['n1']);
  });

  it('answers a command only once the window has heard of what it changed (a count box builds on its last press)', async () => {
    const { link, store } = setup();
    link.callsOf('session.snapshot')[0]?.resolve(snapshot(5));
    await settle();
    const appLink = withDrawnReplies(link, store);
    let heardNotes: string[] = [];
    store.subscribe(() => (heardNotes = noteIds(store.getState().session?.notes) ?? []));
    const answered = appLink.call('session.dispatch', { type: 'note.capture', activityId: 'opening-perceptions', text: 'first' });
    // The host pushes the command's event, then its reply; the event alone is drawn at the next frame.
    link.push({ kind: 'event', rev: 6, event: capture('n1', 'first') });
    expect(heardNotes).toEqual([]);
    link.callsOf('session.dispatch')[0]?.resolve(undefined);
    await answered;
    expect(heardNotes).toEqual(['n1']);
  });
});
