import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Command } from '../../../shared/protocol/commands';
import { makeHost, startWorkshop } from '../helpers/hostHarness';
import type { HostHarness } from '../helpers/hostHarness';

let h: HostHarness;
beforeEach(async () => {
  h = await makeHost();
  await startWorkshop(h.control);
  await h.control.ok('session.dispatch', { type: 'activity.next' });
});
afterEach(async () => {
  await h.cleanup();
});

/** Sends the commands at once, as a clicker pressed twice does, before any answer or push comes back. */
async function sendAtOnce(...commands: Command[]): Promise<void> {
  const outcomes = await Promise.all(commands.map((command) => h.control.call('session.dispatch', command)));
  expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
}

const session = async () => {
  const current = (await h.control.snapshot()).session;
  if (!current) throw new Error('no session');
  return current;
};

describe('the keys that toggle the room act on the host’s session, not on the window’s copy', () => {
  it('B pressed twice at once blacks out and comes back; W over black shows white', async () => {
    await sendAtOnce({ type: 'presenter.toggleScreen', screen: 'black' }, { type: 'presenter.toggleScreen', screen: 'black' });
    expect((await session()).presenter.screen).toBe('live');
    await sendAtOnce({ type: 'presenter.toggleScreen', screen: 'black' }, { type: 'presenter.toggleScreen', screen: 'white' });
    expect((await session()).presenter.screen).toBe('white');
    await sendAtOnce({ type: 'presenter.toggleScreen', screen: 'white' });
    expect((await session()).presenter.screen).toBe('live');
  });

  it('freeze pressed twice at once freezes and unfreezes', async () => {
    await sendAtOnce({ type: 'presenter.toggleFreeze' });
    const frozenOn = (await session()).currentActivityId;
    expect((await session()).presenter.frozenActivityId).toBe(frozenOn);
    await sendAtOnce({ type: 'presenter.toggleFreeze' }, { type: 'presenter.toggleFreeze' }, { type: 'presenter.toggleFreeze' });
    expect((await session()).presenter.frozenActivityId).toBeNull();
  });

  it('Space pressed twice at once starts the room’s timer and pauses it', async () => {
    await sendAtOnce({ type: 'timer.toggleRoom' }, { type: 'timer.toggleRoom' });
    const current = await session();
    const timer = current.timers[current.currentActivityId];
    expect(timer?.startedAt).toBeNull();
    expect(timer?.usedMs).toBeGreaterThanOrEqual(0);
    await sendAtOnce({ type: 'timer.toggleRoom' });
    const running = await session();
    expect(running.timers[running.currentActivityId]?.startedAt).not.toBeNull();
  });

});
