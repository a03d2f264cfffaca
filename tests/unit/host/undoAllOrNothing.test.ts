import { describe, expect, it } from 'vitest';
import { sessionFullMessage, SessionSizeBudget, TEXT_HEADROOM_BYTES, changeBound } from '../../../electron/host/sizeBudget';
import { createSessionStore } from '../../../electron/host/sessionStore';
import { createUndoHistory } from '../../../electron/host/undoHistory';
import { sessionEvents } from '../../../shared/session/sessionSlice';
import type { SessionEvent } from '../../../shared/session/sessionSlice';
import { createSession } from '../../../shared/workshop/createSession';
import { managementAndLeadershipWorkshop } from '../../../shared/workshop/builtInWorkshops';

const LIMIT = 4 * 1024 * 1024;

describe('a change of several events is admitted whole or not at all', () => {
  const move = sessionEvents.activityChanged({ activityId: 'opening-perceptions', at: 1 });
  const restore = sessionEvents.slicesRestored({ details: { group: 'A group renamed back', date: '2026-12-03' } });

  it('the size budget refuses the batch that would cross the limit, and counts nothing of it', () => {
    // Room for the move alone (a change without text) but not for the move with a restore (which adds text).
    const room = LIMIT - TEXT_HEADROOM_BYTES - changeBound(move) - changeBound(restore) + 1;
    const budget = new SessionSizeBudget(room, LIMIT);
    expect(() => budget.admit([move, restore])).toThrow(sessionFullMessage(LIMIT));
    // Nothing of the refused batch was counted: the move alone still fits, exactly as before the refusal.
    expect(() => budget.admit([move])).not.toThrow();
  });

  it('an undo refused for size changes nothing: not the activity shown, not the history', () => {
    const store = createSessionStore(() => 1);
    const session = createSession(managementAndLeadershipWorkshop, { group: 'Team', date: '2026-12-03', sessionId: 's1', now: 1 });
    store.replace(session, { file: null, save: { state: 'idle' } });
    const budget = new SessionSizeBudget(LIMIT - TEXT_HEADROOM_BYTES - 600, LIMIT);
    const seen: SessionEvent[][] = [];
    const history = createUndoHistory(store, () => 2, (events) => {
      seen.push([...events]);
      budget.admit(events);
      for (const event of events) store.apply(event);
    });
    // A note captured in the first activity, then the facilitator moves on (moving is not a step).
    const [first, second] = session.agenda;
    if (!first || !second) throw new Error('the workshop has two activities');
    const before = store.session();
    const captured = sessionEvents.noteCaptured({ id: 'n1', activityId: first.id, text: 'x'.repeat(400), at: 1 });
    store.apply(captured);
    history.record(before!, store.session()!, captured);
    store.apply(sessionEvents.activityChanged({ activityId: second.id, at: 1 }));
    const rev = store.rev();

    // Undo needs two events (back to the first activity, then the notes as they were): together they do not fit.
    expect(() => history.undo()).toThrow(sessionFullMessage(LIMIT));
    expect(seen.at(-1)?.map((event) => event.type)).toEqual([sessionEvents.activityChanged.type, sessionEvents.slicesRestored.type]);
    expect(store.session()?.currentActivityId).toBe(second.id);
    expect(store.rev()).toBe(rev);
    // Room made (the last save came out smaller), the same undo goes through whole.
    budget.serialized(0);
    history.undo();
    expect(store.session()?.currentActivityId).toBe(first.id);
    expect(store.session()?.notes.count).toBe(0);
  });
});
