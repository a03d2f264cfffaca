import { legacy_createStore } from 'redux';
import { describe, expect, it } from 'vitest';
import { notifyOncePerFrame } from '../../../renderer/store/notifyOncePerFrame';
import { queueAtPacedFrame } from '../../../renderer/store/pacedFrameQueue';
import { createRenderPace } from '../../../renderer/store/renderPace';

/** A hand-driven page: its clock, its frames and the moments the work of a telling is done, each moved by the test. */
function page() {
  let time = 0;
  let frames: Array<() => void> = [];
  let workDone: Array<() => void> = [];
  return {
    now: () => time,
    advance: (ms: number) => (time += ms),
    schedule: (callback: () => void) => frames.push(callback),
    afterWork: (callback: () => void) => workDone.push(callback),
    drawFrame() {
      time += 16;
      const due = frames;
      frames = [];
      for (const callback of due) callback();
    },
    finishWork() {
      const due = workDone;
      workDone = [];
      for (const callback of due) callback();
    },
  };
}

/** A note counter store told through `notifyOncePerFrame` with a pace whose drawings each cost `drawMs` of the page's clock. */
function pacedStore(drawMs: number, hidden = { now: false }) {
  const clock = page();
  const pace = createRenderPace({ busyShare: 0.5, now: clock.now, afterWork: clock.afterWork });
  const store = legacy_createStore((count: number = 0, action: { type: string }) => (action.type === 'note' ? count + 1 : count), notifyOncePerFrame(clock.schedule, () => hidden.now, pace));
  const heard: number[] = [];
  store.subscribe(() => {
    heard.push(store.getState());
    clock.advance(drawMs);
  });
  return { store, heard, clock };
}

describe('a render pace', () => {
  it('lets a telling through after a quiet spell, and holds the next for its cost over the share', () => {
    const clock = page();
    const pace = createRenderPace({ busyShare: 0.5, now: clock.now, afterWork: clock.afterWork });
    expect(pace.due()).toBe(true);
    let told = 0;
    pace.tell(() => {
      told += 1;
      clock.advance(40);
    });
    expect(told).toBe(1);
    expect(pace.due(), 'its work not yet done: the next waits for it').toBe(false);
    clock.finishWork();
    expect(pace.due(), '40 ms of work at a share of one half: 80 ms from its start').toBe(false);
    clock.advance(39);
    expect(pace.due()).toBe(false);
    clock.advance(1);
    expect(pace.due()).toBe(true);
  });

  it('counts the time until the work is done, not only the telling itself', () => {
    const clock = page();
    const pace = createRenderPace({ busyShare: 0.5, now: clock.now, afterWork: clock.afterWork });
    pace.tell(() => clock.advance(2));
    clock.advance(58); // the render it set off, its deferred passes and the frame
    clock.finishWork();
    clock.advance(59);
    expect(pace.due()).toBe(false);
    clock.advance(1);
    expect(pace.due()).toBe(true);
  });

  it('counts at most 100 ms of a telling, so a page that slept meanwhile is not held for twice its sleep', () => {
    const clock = page();
    const pace = createRenderPace({ busyShare: 0.5, now: clock.now, afterWork: clock.afterWork });
    pace.tell(() => clock.advance(5));
    clock.advance(60_000); // the laptop slept, or a test moved the page's clock a minute on
    clock.finishWork();
    expect(pace.due(), 'held 200 ms from its start at most, long past').toBe(true);
  });

  it('measures a telling that throws, so the next is not held for ever', () => {
    const clock = page();
    const pace = createRenderPace({ busyShare: 0.5, now: clock.now, afterWork: clock.afterWork });
    expect(() =>
      pace.tell(() => {
        clock.advance(5);
        throw new Error('a listener failed');
      }),
    ).toThrow('a listener failed');
    clock.finishWork();
    clock.advance(5);
    expect(pace.due()).toBe(true);
  });
});

describe('a store told once per frame at a pace', () => {
  it('tells of a lone change at once', () => {
    const { store, heard } = pacedStore(40);
    store.dispatch({ type: 'note' });
    expect(heard).toEqual([1]);
  });

  it('draws a costly burst every few frames, with everything that came meanwhile, and loses nothing', () => {
    const { store, heard, clock } = pacedStore(40);
    store.dispatch({ type: 'note' }); // told at once; costs 40 ms, so the next may come 80 ms after it began
    clock.finishWork();
    const frameTimes: number[] = [];
    for (let frame = 0; frame < 12; frame++) {
      store.dispatch({ type: 'note' });
      store.dispatch({ type: 'note' });
      const before = heard.length;
      clock.drawFrame();
      if (heard.length > before) frameTimes.push(clock.now());
      clock.finishWork();
    }
    expect(heard.length, 'fewer drawings than frames').toBeLessThan(8);
    expect(heard.length).toBeGreaterThan(2);
    for (let i = 1; i < frameTimes.length; i++) expect(frameTimes[i]! - frameTimes[i - 1]!).toBeGreaterThanOrEqual(80);
    expect(store.getState()).toBe(25);
    // The burst ends: the frames go on until the last change is drawn.
    for (let frame = 0; frame < 8 && heard.at(-1) !== 25; frame++) {
      clock.drawFrame();
      clock.finishWork();
    }
    expect(heard.at(-1), 'the last change of the burst is drawn').toBe(25);
  });

  it('draws a cheap burst at every frame, as without a pace', () => {
    const { store, heard, clock } = pacedStore(3);
    store.dispatch({ type: 'note' });
    clock.finishWork();
    for (let frame = 0; frame < 6; frame++) {
      store.dispatch({ type: 'note' });
      store.dispatch({ type: 'note' });
      clock.drawFrame();
      clock.finishWork();
    }
    expect(heard).toEqual([1, 3, 5, 7, 9, 11, 13]);
  });

  it('tells a change after a frame with none at once, however much the last drawing cost (a note typed, not a burst)', () => {
    const { store, heard, clock } = pacedStore(40);
    store.dispatch({ type: 'note' });
    clock.drawFrame(); // a frame with nothing new: the burst, if any, is over
    clock.finishWork();
    store.dispatch({ type: 'note' });
    expect(heard, 'told at once, 56 ms after a drawing that cost 40').toEqual([1, 2]);
  });

  it('does not hold the follow-up of a lone change for the pace (a pushed view, then the revision it is at)', () => {
    const { store, heard, clock } = pacedStore(40);
    store.dispatch({ type: 'note' });
    store.dispatch({ type: 'note' });
    clock.finishWork();
    clock.drawFrame();
    expect(heard, 'the follow-up at the next frame, though the pace would hold it').toEqual([1, 2]);
  });

  it('tells a hidden page of every change at once, paced or not', () => {
    const hidden = { now: true };
    const { store, heard } = pacedStore(40, hidden);
    for (let i = 0; i < 3; i++) store.dispatch({ type: 'note' });
    expect(heard).toEqual([1, 2, 3]);
  });
});

describe("Redux Toolkit's queue at a paced frame", () => {
  /** A queue whose tellings each cost `drawMs`, and how many it has told. */
  function pacedQueue(drawMs: number) {
    const clock = page();
    const pace = createRenderPace({ busyShare: 0.5, now: clock.now, afterWork: clock.afterWork });
    const queue = queueAtPacedFrame(pace, clock.schedule);
    const told: number[] = [];
    const notify = () => {
      told.push(clock.now());
      clock.advance(drawMs);
    };
    return { clock, pace, told, queue: () => queue(notify) };
  }

  it('tells a change and its follow-up at the next frames, and holds the third in a row for the pace', () => {
    const { clock, told, queue } = pacedQueue(60);
    queue();
    expect(told, 'waits for the next frame').toHaveLength(0);
    clock.drawFrame();
    expect(told).toHaveLength(1);
    clock.finishWork();
    queue();
    clock.drawFrame();
    expect(told, 'the follow-up: not held').toHaveLength(2);
    clock.finishWork();
    queue();
    while (told.length === 2) {
      clock.drawFrame();
      clock.finishWork();
    }
    // 60 ms of work at a share of one half: 120 ms from the start of the last.
    expect(told[2]! - told[1]!).toBeGreaterThanOrEqual(120);
  });

  it('tells a change queued after a frame with none at the next frame, however much the last tellings cost', () => {
    const { clock, pace, told, queue } = pacedQueue(60);
    for (let i = 0; i < 3; i++) {
      queue();
      while (told.length === i) {
        clock.drawFrame();
        clock.finishWork();
      }
    }
    clock.drawFrame(); // nothing queued meanwhile
    expect(pace.due(), 'the pace alone would still hold it').toBe(false);
    queue();
    clock.drawFrame();
    expect(told).toHaveLength(4);
  });
});
