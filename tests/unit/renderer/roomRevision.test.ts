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

describe('the revision at which what the room sees last changed (the projector has caught up once it reaches it)', () => {
  it('is the snapshot revision at first', async () => {
    const { store } = await replicaAt5();
    expect(store.getState().roomRev).toBe(5);
  });

  it('stays put for a change the room cannot see, and moves for one it can', async () => {
    const { link, store } = await replicaAt5();
    link.push({ kind: 'event', rev: 6, event: sessionEvents.noteCaptured({ id: 'n1', activityId: elsewhere, text: 'Not projected', at: 2000 }) });
    expect(store.getState().roomRev).toBe(5);
    link.push({ kind: 'event', rev: 7, event: sessionEvents.noteCaptured({ id: 'n2', activityId: projected, text: 'On the projector', at: 2001 }) });
    expect(store.getState().roomRev).toBe(7);
  });

  it('is exact when several revisions arrive before the window draws (a burst is drawn once, at the next frame)', async () => {
    const { link, store } = await replicaAt5();
    // The room sees the timer start at 6; the notes captured into another activity at 7 and 8 change nothing it sees.
    link.push({ kind: 'event', rev: 6, event: sessionEvents.timerStarted({ activityId: projected, at: 3000 }) });
    link.push({ kind: 'event', rev: 7, event: sessionEvents.noteCaptured({ id: 'n1', activityId: elsewhere, text: 'Private', at: 3001 }) });
    link.push({ kind: 'event', rev: 8, event: sessionEvents.noteCaptured({ id: 'n2', activityId: elsewhere, text: 'Also private', at: 3002 }) });
    expect(store.getState().sync.rev).toBe(8);
    expect(store.getState().roomRev).toBe(6);
  });
});
