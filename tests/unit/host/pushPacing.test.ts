import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { framePacing } from '../../../electron/host/pushPacing';
import type { PacingTimers } from '../../../electron/host/pushPacing';
import type { Command } from '../../../shared/protocol/commands';
import type { PushDelivery, PushMessage } from '../../../shared/protocol/messages';
import type { Role } from '../../../shared/protocol/roles';
import type { RoomView } from '../../../shared/session/roomView';
import { makeHost, startWorkshop } from '../helpers/hostHarness';
import type { HostHarness } from '../helpers/hostHarness';

/** Frame timers that end a frame only when the test says so; microtasks are real. */
function manualFrames(): { timers: PacingTimers; endFrame: () => void; open: () => number } {
  const due = new Map<number, () => void>();
  let next = 1;
  return {
    timers: {
      setTimeout: (callback) => {
        due.set(next, callback);
        return next++;
      },
      clearTimeout: (handle) => void due.delete(handle as number),
      queueMicrotask: (callback) => queueMicrotask(callback),
    },
    endFrame: () => {
      const callbacks = [...due.values()];
      due.clear();
      for (const callback of callbacks) callback();
    },
    open: () => due.size,
  };
}

/** Lets queued microtasks run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('a frame pacer', () => {
  it('sends a lone change once the code that made it is done, and what follows within the frame at its end, together', async () => {
    const frames = manualFrames();
    let sends = 0;
    const pacer = framePacing(16, frames.timers)(() => (sends += 1));
    pacer.wake();
    pacer.wake();
    expect(sends, 'nothing is sent while the code that made the change still runs').toBe(0);
    await settle();
    expect(sends, 'the two changes of one turn go out as one').toBe(1);
    pacer.wake();
    pacer.wake();
    pacer.wake();
    await settle();
    expect(sends, 'changes within the frame after a send wait for its end').toBe(1);
    frames.endFrame();
    expect(sends).toBe(2);
    frames.endFrame();
    expect(sends, 'a frame with nothing waiting sends nothing').toBe(2);
  });

  it('sends at once what is waiting when a reply is about to go out, and nothing once disposed', async () => {
    const frames = manualFrames();
    let sends = 0;
    const pacer = framePacing(16, frames.timers)(() => (sends += 1));
    pacer.wake();
    await settle();
    pacer.wake();
    pacer.flushNow();
    expect(sends).toBe(2);
    pacer.flushNow();
    expect(sends, 'nothing waiting, nothing sent').toBe(2);
    pacer.wake();
    pacer.dispose();
    frames.endFrame();
    pacer.wake();
    await settle();
    expect(sends).toBe(2);
    expect(frames.open()).toBe(0);
  });
});

/** A window connected with its own frames, recording what it was sent as delivered (a batch stays one delivery). */
function pacedWindow(h: HostHarness, role: Role) {
  const frames = manualFrames();
  const deliveries: PushDelivery[] = [];
  const connection = h.host.connect(role, (delivery) => deliveries.push(delivery), framePacing(16, frames.timers));
  const pushes = (): PushMessage[] => deliveries.flatMap((delivery) => (delivery.kind === 'batch' ? delivery.messages : [delivery]));
  return { connection, frames, deliveries, pushes };
}

/** The newest revision a projector link was sent a view for. */
function viewRevOf(pushes: readonly PushMessage[]): number | undefined {
  return pushes.findLast((message) => message.kind === 'view' || message.kind === 'viewPatch')?.rev;
}

describe('paced links on a real host', () => {
  let h: HostHarness;
  let activityIds: string[];
  const dispatch = (command: Command) => h.control.ok('session.dispatch', command);
  beforeEach(async () => {
    h = await makeHost();
    await startWorkshop(h.control);
    await dispatch({ type: 'presenter.setTitleScreen', on: false });
    activityIds = (await h.control.snapshot()).session?.agenda.map((activity) => activity.id) ?? [];
  });
  afterEach(async () => {
    await h.cleanup();
  });

  it('a burst of notes reaches the projector as one patch per frame, holding every note, at the newest revision', async () => {
    const projector = pacedWindow(h, 'presenter');
    await projector.connection.call('session.snapshot', {});
    const shown = activityIds[0] ?? '';
    await dispatch({ type: 'note.capture', activityId: shown, text: 'First of the burst' });
    await settle();
    expect(projector.deliveries).toHaveLength(1);
    for (let i = 2; i <= 10; i++) await dispatch({ type: 'note.capture', activityId: shown, text: `Burst note ${i}` });
    await settle();
    expect(projector.deliveries, 'the other nine wait for the frame to end').toHaveLength(1);
    projector.frames.endFrame();
    expect(projector.deliveries).toHaveLength(2);
    const last = projector.deliveries[1];
    expect(last?.kind).toBe('viewPatch');
    for (let i = 2; i <= 10; i++) expect(JSON.stringify(last)).toContain(`Burst note ${i}`);
    expect(viewRevOf(projector.pushes())).toBe((await h.control.snapshot()).rev);
  });

  it('a reply comes after the changes its call made, though the frame is still open', async () => {
    const paced = pacedWindow(h, 'control');
    const shown = activityIds[0] ?? '';
    const capture = (text: string) => paced.connection.call('session.dispatch', { type: 'note.capture', activityId: shown, text });
    expect((await capture('Opens the frame')).ok).toBe(true);
    expect(paced.frames.open(), 'a frame is open after the first send').toBe(1);
    expect((await capture('Inside the frame')).ok).toBe(true);
    const rev = (await h.control.snapshot()).rev;
    expect(paced.pushes().some((message) => message.kind === 'event' && message.rev === rev)).toBe(true);
    // The event and the "saving" it set off went out together.
    expect(paced.deliveries.some((delivery) => delivery.kind === 'batch' && delivery.messages.some((message) => message.kind === 'event') && delivery.messages.some((message) => message.kind === 'status'))).toBe(true);
  });

  it('a control window is sent every event of a frame but only the newest status: each replaces the last whole', async () => {
    const reader = pacedWindow(h, 'control');
    const shown = activityIds[0] ?? '';
    await dispatch({ type: 'note.capture', activityId: shown, text: 'Opens the frame' });
    await settle();
    for (let i = 2; i <= 10; i++) await dispatch({ type: 'note.capture', activityId: shown, text: `Burst note ${i}` });
    await settle();
    reader.frames.endFrame();
    const frame = reader.deliveries.at(-1);
    if (frame?.kind !== 'batch') throw new Error('the frame after the first note went as one batch');
    expect(frame.messages.filter((message) => message.kind === 'event')).toHaveLength(9);
    const statuses = frame.messages.filter((message) => message.kind === 'status');
    expect(statuses, 'one status for the frame').toHaveLength(1);
    expect(frame.messages.at(-1)?.kind, 'after the events it follows').toBe('status');
    expect(statuses[0]?.kind === 'status' ? statuses[0].status.history?.undo?.label : undefined).toContain('Burst note 10');
  });

  it('the room revision a control window is told is always one the projector is sent', async () => {
    const projector = pacedWindow(h, 'presenter');
    const reader = pacedWindow(h, 'control');
    await projector.connection.call('session.snapshot', {});
    const [shown = '', elsewhere = ''] = activityIds;
    // Both links send and open a frame; the projector's frame ends first.
    await dispatch({ type: 'note.capture', activityId: shown, text: 'Seen by the room' });
    await settle();
    projector.frames.endFrame();
    // A change the room sees goes to the projector at once; the control window's frame is still open.
    await dispatch({ type: 'note.capture', activityId: shown, text: 'Seen by the room too' });
    await settle();
    const seen = viewRevOf(projector.pushes());
    // Then one it does not see: the projector is sent nothing for it.
    await dispatch({ type: 'note.capture', activityId: elsewhere, text: 'On another activity' });
    await settle();
    projector.frames.endFrame();
    reader.frames.endFrame();
    expect(viewRevOf(projector.pushes())).toBe(seen);
    const told = reader.pushes().findLast((message) => message.kind === 'event')?.roomRev;
    expect(told, 'the control window waits for the projector to reach this revision').toBe(seen);
    const view = (await projector.connection.call('session.snapshot', {})) as { ok: true; result: { view: RoomView } };
    expect(JSON.stringify(view.result.view)).toContain('Seen by the room too');
  });
});
