// @vitest-environment jsdom
import { act, useState } from 'react';
import { Provider, useSelector } from 'react-redux';
import { legacy_createStore } from 'redux';
import type { Store } from 'redux';
import { describe, expect, it } from 'vitest';
import { drawnView } from '../../../renderer/store/drawnView';
import { notifyOncePerFrame } from '../../../renderer/store/notifyOncePerFrame';
import { mountReact } from './mountReact';

interface Room {
  moves: number;
}

/** Which activity the room is on, as a count of moves; the window's frames are drawn by hand. */
function setup() {
  let frames: Array<() => void> = [];
  const drawFrame = () => {
    const due = frames;
    frames = [];
    for (const callback of due) callback();
  };
  const store = legacy_createStore((room: Room = { moves: 0 }, action: { type: string }) => (action.type === 'move' ? { moves: room.moves + 1 } : room), notifyOncePerFrame((callback) => frames.push(callback), () => false));
  return { store, drawFrame };
}

const redraw: { list: (() => void) | null } = { list: null };

function Heading() {
  const moves = useSelector((room: Room) => room.moves);
  return <h1 data-testid="heading">{moves}</h1>;
}

/** Redraws for a reason of its own too (a scroll, a measured height, a deferred pass), as the notes list does. */
function List() {
  const moves = useSelector((room: Room) => room.moves);
  const [, setTick] = useState(0);
  redraw.list = () => setTick((tick) => tick + 1);
  return <ol data-testid="list">{moves}</ol>;
}

function mount(store: Store) {
  const page = mountReact(
    <Provider store={store}>
      <Heading />
      <List />
    </Provider>,
  );
  return () => [page.querySelector('[data-testid="heading"]')?.textContent, page.querySelector('[data-testid="list"]')?.textContent];
}

describe('the store as the window draws it', () => {
  it('gives a component that redraws on its own the state its siblings were told, not a newer one', () => {
    const { store, drawFrame } = setup();
    const drawn = mount(drawnView(store));
    act(() => void store.dispatch({ type: 'move' }));
    expect(drawn(), 'a lone move is told at once').toEqual(['1', '1']);
    act(() => void store.dispatch({ type: 'move' }));
    expect(drawn(), 'a second move in the frame waits for the next frame').toEqual(['1', '1']);
    act(() => redraw.list?.());
    expect(drawn(), 'the list redrawn meanwhile draws what the heading draws').toEqual(['1', '1']);
    act(() => drawFrame());
    expect(drawn(), 'the next frame brings both forward').toEqual(['2', '2']);
  });

  it('keeps the store itself current, for code outside the window that checks revisions', () => {
    const { store } = setup();
    const view = drawnView(store);
    store.dispatch({ type: 'move' });
    store.dispatch({ type: 'move' });
    expect(store.getState().moves).toBe(2);
    expect(view.getState().moves).toBe(1);
  });
});
