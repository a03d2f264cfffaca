import { describe, expect, it } from 'vitest';
import { findBuiltInWorkshop } from '../../../shared/workshop/builtInWorkshops';
import { createSession } from '../../../shared/workshop/createSession';
import { sessionEvents } from '../../../shared/session/sessionSlice';
import { createReplicaStore } from '../../../renderer/store/store';
import { startReplication } from '../../../renderer/store/replicator';
import { FakeLink } from './fakeLink';

const workshop = findBuiltInWorkshop('management-and-leadership');
if (!workshop) throw new Error('built-in workshop missing');
// Past the title screen, so the room sees the activity.
const created = createSession(workshop, { group: 'Team', date: '2026-11-28', sessionId: 's1', now: 1000 });
const session = { ...created, presenter: { ...created.presenter, titleScreen: false } };
const status = { file: null, save: { state: 'idle' as const } };
const projected = session.currentActivityId;
const elsewhere = session.agenda.find((activity) => activity.id !== projected)?.id ?? '';

/** A control replica that has applied a snapshot at revision 5. */
async function replicaAt5() {
  const link = new FakeLink();
  const store = createReplicaStore();
  startReplication(link, store, () => 40_000);
  link.setConnection('open');
  link.callsOf('session.snapshot')[0]?.resolve({ rev: 5, session, status, hostNow: 50_000 });
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { link, store };
}

describe('the revision at which what the room sees last changed, as the host says it (the projector has caught up once it reaches it)', () => {
  it('is the snapshot revision when the snapshot does not say', async () => {
    const { store } = await replicaAt5();
    expect(store.getState().sync.roomRev).toBe(5);
  });

  it('follows what each event says, and stays put when an event says nothing', async () => {
    const { link, store } = await replicaAt5();
    link.push({ kind: 'event', rev: 6, event: sessionEvents.noteCaptured({ id: 'n1', activityId: elsewhere, text: 'Not projected', at: 2000 }), roomRev: 5 });
    expect(store.getState().sync.roomRev).toBe(5);
    link.push({ kind: 'event', rev: 7, event: sessionEvents.noteCaptured({ id: 'n2', activityId: projected, text: 'On the projector', at: 2001 }), roomRev: 7 });
    expect(store.getState().sync.roomRev).toBe(7);
    link.push({ kind: 'event', rev: 8, event: sessionEvents.timerStarted({ activityId: elsewhere, at: 3000 }) });
    expect(store.getState().sync.rev).toBe(8);
    expect(store.getState().sync.roomRev).toBe(7);
  });

  it('keeps what an event said when it arrives out of order and waits for the gap to fill', async () => {
    const { link, store } = await replicaAt5();
    link.push({ kind: 'event', rev: 7, event: sessionEvents.noteCaptured({ id: 'n2', activityId: elsewhere, text: 'Private', at: 3001 }), roomRev: 6 });
    expect(store.getState().sync.rev).toBe(5);
    // The gap makes the replica ask for a snapshot at 6, which says the room last changed at 6; the buffered 7 follows.
    link.callsOf('session.snapshot').at(-1)?.resolve({ rev: 6, session, status, hostNow: 50_000, roomRev: 6 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().sync.rev).toBe(7);
    expect(store.getState().sync.roomRev).toBe(6);
  });

  it('is what a snapshot says', async () => {
    const link = new FakeLink();
    const store = createReplicaStore();
    startReplication(link, store, () => 40_000);
    link.setConnection('open');
    link.callsOf('session.snapshot')[0]?.resolve({ rev: 9, session, status, hostNow: 50_000, roomRev: 4 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().sync.roomRev).toBe(4);
  });
});
