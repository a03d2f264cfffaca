import { legacy_createStore } from 'redux';
import { describe, expect, it } from 'vitest';
import { notifyOncePerFrame } from '../../../renderer/store/notifyOncePerFrame';

/** A counter store whose frames this test draws by hand (and whose page is hidden while `hidden.now` is true). */
function setup(hidden = { now: false }) {
  let frames: Array<() => void> = [];
  const drawFrame = () => {
    const due = frames;
    frames = [];
    for (const callback of due) callback();
  };
  const store = legacy_createStore((count: number = 0, action: { type: string }) => (action.type === 'note' ? count + 1 : count), notifyOncePerFrame((callback) => frames.push(callback), () => hidden.now));
  const heard: number[] = [];
  store.subscribe(() => heard.push(store.getState()));
  return { store, heard, drawFrame };
}

describe('a store that tells its window at most once per frame', () => {
  it('tells of every change at once while the page is hidden (it draws no frames to wait for)', () => {
    const hidden = { now: true };
    const { store, heard, drawFrame } = setup(hidden);
    for (let i = 0; i < 3; i++) store.dispatch({ type: 'note' });
    expect(heard).toEqual([1, 2, 3]);
    hidden.now = false;
    drawFrame();
    for (let i = 0; i < 3; i++) store.dispatch({ type: 'note' });
    expect(heard, 'shown again: once per frame').toEqual([1, 2, 3, 4]);
  });

  it('tells of a lone change at once', () => {
    const { store, heard } = setup();
    store.dispatch({ type: 'note' });
    expect(heard).toEqual([1]);
  });

  it('holds a burst to the next frame, with the state always current', () => {
    const { store, heard, drawFrame } = setup();
    for (let i = 0; i < 5; i++) store.dispatch({ type: 'note' });
    expect(heard).toEqual([1]);
    expect(store.getState()).toBe(5);
    drawFrame();
    expect(heard).toEqual([1, 5]);
    store.dispatch({ type: 'note' });
    expect(heard, 'told in this frame already: waits for the next').toEqual([1, 5]);
    drawFrame();
    expect(heard).toEqual([1, 5, 6]);
    drawFrame();
    store.dispatch({ type: 'note' });
    expect(heard, 'a frame went by quietly: the next change is told at once').toEqual([1, 5, 6, 7]);
  });

  it('stops telling a subscriber that unsubscribed', () => {
    const { store, drawFrame } = setup();
    let told = 0;
    const stop = store.subscribe(() => (told += 1));
    store.dispatch({ type: 'note' });
    store.dispatch({ type: 'note' });
    stop();
    drawFrame();
    expect(told).toBe(1);
  });
});
