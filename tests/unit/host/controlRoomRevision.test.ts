import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Command } from '../../../shared/protocol/commands';
import type { PushMessage } from '../../../shared/protocol/messages';
import { connectWindow, makeHost, startWorkshop } from '../helpers/hostHarness';
import type { HostHarness } from '../helpers/hostHarness';

/** The room revision the control window was told with each event it was pushed, in order. */
function roomRevsOf(pushes: readonly PushMessage[]): (number | undefined)[] {
  return pushes.flatMap((message) => (message.kind === 'event' ? [message.roomRev] : []));
}

/**
 * The revision at which what the room sees last changed, which the host tells the control window with each event and
 * snapshot (tests and the bench wait for the projector to reach it). Worked out once per event on the host, from the
 * view the projector links are sent, not by each control window for each event it applies.
 */
describe('the room revision the control window is told', () => {
  let h: HostHarness;
  beforeEach(async () => {
    h = await makeHost();
    await startWorkshop(h.control);
  });
  afterEach(async () => {
    await h.cleanup();
  });

  it('moves with a change the room can see and stays put for one it cannot, event by event', async () => {
    const session = (await h.control.snapshot()).session;
    const [first, second] = session?.agenda ?? [];
    if (!first || !second) throw new Error('two activities');
    const dispatch = (command: Command) => h.control.ok('session.dispatch', command);
    await dispatch({ type: 'presenter.setTitleScreen', on: false });
    const shown = (await h.control.snapshot()).rev;
    h.control.pushes.length = 0;
    await dispatch({ type: 'note.capture', activityId: second.id, text: 'On another activity' });
    await dispatch({ type: 'settings.setTimerEndSound', on: false });
    await dispatch({ type: 'note.capture', activityId: first.id, text: 'On the projector' });
    await dispatch({ type: 'note.capture', activityId: second.id, text: 'Elsewhere again' });
    expect(roomRevsOf(h.control.pushes)).toEqual([shown, shown, shown + 3, shown + 3]);
  });

  it('is the same for every control link, and a snapshot says it too', async () => {
    const session = (await h.control.snapshot()).session;
    const second = session?.agenda[1];
    if (!second) throw new Error('two activities');
    await h.control.ok('session.dispatch', { type: 'presenter.setTitleScreen', on: false });
    const shown = (await h.control.snapshot()).rev;
    const other = connectWindow(h.host, 'control');
    await h.control.ok('session.dispatch', { type: 'note.capture', activityId: second.id, text: 'Not projected' });
    expect(roomRevsOf(other.pushes)).toEqual([shown]);
    const snapshot = await other.snapshot();
    expect(snapshot.rev).toBe(shown + 1);
    expect(snapshot.roomRev).toBe(shown);
  });

  it('is never sent to a projector link', async () => {
    const presenter = connectWindow(h.host, 'presenter');
    await presenter.snapshot();
    await h.control.ok('session.dispatch', { type: 'presenter.setTitleScreen', on: false });
    expect(JSON.stringify(presenter.pushes)).not.toContain('roomRev');
  });
});
