import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_QUEUED_CALLS } from '../../../electron/host/connection';
import type { CallOutcome } from '../../../electron/host/hostTypes';
import { notesForActivity } from '../../../shared/session/selectors';
import { connectWindow, makeHost, startWorkshop } from '../helpers/hostHarness';
import type { HostHarness } from '../helpers/hostHarness';

/** The next turn of the event loop: where a transport delivers the next message it read from a socket. */
const nextIoTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
const capture = (text: string) => ({ type: 'note.capture', activityId: 'opening-perceptions', text });

let h: HostHarness;
beforeEach(async () => {
  h = await makeHost();
  await startWorkshop(h.control);
});
afterEach(() => h.cleanup());

describe('one window flooding the host', () => {
  it('takes turns with another window: the projector is answered while the flood is still being worked through', async () => {
    let floodDone = 0;
    const flood = Array.from({ length: MAX_QUEUED_CALLS }, (_, i) => h.control.call('session.dispatch', capture(`Flood ${i}`)).then(() => (floodDone += 1)));
    await nextIoTurn();
    const projector = connectWindow(h.host, 'presenter');
    const answer = await projector.call('session.snapshot');
    expect(answer.ok).toBe(true);
    // Before each call took its own turn, the whole queue ran before the projector's message was even read.
    expect(floodDone).toBeLessThan(10);
    await Promise.all(flood);
    expect(floodDone).toBe(MAX_QUEUED_CALLS);
  });

  it(`runs at most ${MAX_QUEUED_CALLS} waiting calls per window, refuses the rest with a sentence, and keeps every note it acknowledged`, async () => {
    const outcomes: CallOutcome[] = await Promise.all(Array.from({ length: 3000 }, (_, i) => h.control.call('session.dispatch', capture(`Note ${i}`))));
    const accepted = outcomes.flatMap((outcome, i) => (outcome.ok ? [`Note ${i}`] : []));
    const refused = outcomes.filter((outcome) => !outcome.ok);
    expect(accepted).toHaveLength(MAX_QUEUED_CALLS);
    expect(refused).toHaveLength(3000 - MAX_QUEUED_CALLS);
    for (const outcome of refused) {
      expect(outcome.ok ? null : outcome.error.code).toBe('busy');
      expect(outcome.ok ? '' : outcome.error.message).toMatch(/more than 200 requests at once, so this one was not run/);
    }
    // Once the queue has drained, the same window is served again.
    expect((await h.control.call('session.dispatch', capture('After the flood'))).ok).toBe(true);

    await h.control.ok('session.saveAs', { path: 'flooded.groundwork' });
    await h.host.close();
    const reopened = connectWindow(h.restart(), 'control');
    await reopened.ok('session.open', { path: 'flooded.groundwork' });
    const session = (await reopened.snapshot()).session;
    expect(session && notesForActivity(session, 'opening-perceptions').map((note) => note.text)).toEqual([...accepted, 'After the flood']);
  });
});
