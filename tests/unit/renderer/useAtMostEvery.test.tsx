// @vitest-environment jsdom
import { act, useLayoutEffect, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAtMostEvery } from '../../../renderer/ui/useAtMostEvery';
import { mountReact } from './mountReact';

let clock = 0;
const now = () => clock;
let setValue: (value: number) => void = () => undefined;
const drawn: number[] = [];

function Picture({ initial }: { initial: number }) {
  const [value, set] = useState(initial);
  setValue = set;
  const shown = useAtMostEvery(value, 250, { now });
  if (drawn.at(-1) !== shown) drawn.push(shown);
  return <span>{shown}</span>;
}

/** Moves the clock and the timers on together. */
function advance(ms: number) {
  clock += ms;
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

describe('a value passed on at most once per interval (the projector preview during a burst)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    clock = 1_000;
    drawn.length = 0;
  });
  afterEach(() => vi.useRealTimers());

  it('shows a change after a quiet spell at once', () => {
    const element = mountReact(<Picture initial={0} />);
    advance(1_000);
    act(() => setValue(1));
    expect(element.textContent).toBe('1');
  });

  it('merges the changes that follow closely into one, the latest, when the interval is up; nothing is lost', () => {
    const element = mountReact(<Picture initial={0} />);
    advance(1_000);
    act(() => setValue(1));
    for (let value = 2; value <= 40; value++) {
      advance(5);
      act(() => setValue(value));
    }
    // 1 was shown at once; 2..40 arrived within 195 ms of it, so they wait for the end of its 250 ms.
    expect(element.textContent).toBe('1');
    advance(54);
    expect(element.textContent).toBe('1');
    advance(1);
    expect(element.textContent).toBe('40');
    expect(drawn).toEqual([0, 1, 40]);
  });

  it('in a long burst, shows a new value once per interval and ends on the last', () => {
    const element = mountReact(<Picture initial={0} />);
    advance(1_000);
    for (let value = 1; value <= 200; value++) {
      act(() => setValue(value));
      advance(5);
    }
    advance(250);
    expect(element.textContent).toBe('200');
    // A thousand milliseconds of changes every 5 ms: at most one picture per 250 ms, and the last one.
    expect(drawn.length - 1).toBeLessThanOrEqual(5);
    expect(drawn.at(-1)).toBe(200);
  });

  it('waits longer when a picture costs more: each one takes at most its share of the time, and the last still shows', () => {
    // A picture whose drawing (its children's layout effects, like the preview's fit) takes 100 ms of the clock.
    function Costly({ value }: { value: number }) {
      useLayoutEffect(() => {
        clock += 100;
      }, [value]);
      return <span>{value}</span>;
    }
    function CostlyPicture() {
      const [value, set] = useState(0);
      setValue = set;
      const shown = useAtMostEvery(value, 250, { now, busyShare: 0.2 });
      if (drawn.at(-1) !== shown) drawn.push(shown);
      return <Costly value={shown} />;
    }
    const element = mountReact(<CostlyPicture />);
    advance(1_000);
    for (let value = 1; value <= 200; value++) {
      act(() => setValue(value));
      advance(5);
    }
    // 100 ms at a 20 % share: one picture per 500 ms, not per 250 ms (which would be 40 % of the time spent drawing).
    expect(drawn.length - 1).toBeLessThanOrEqual(3);
    advance(600);
    expect(element.textContent).toBe('200');
    expect(drawn.at(-1)).toBe(200);
  });

  it('keeps the interval for a picture that costs little', () => {
    function Cheap({ value }: { value: number }) {
      useLayoutEffect(() => {
        clock += 2;
      }, [value]);
      return <span>{value}</span>;
    }
    function CheapPicture() {
      const [value, set] = useState(0);
      setValue = set;
      const shown = useAtMostEvery(value, 250, { now, busyShare: 0.2 });
      if (drawn.at(-1) !== shown) drawn.push(shown);
      return <Cheap value={shown} />;
    }
    mountReact(<CheapPicture />);
    advance(1_000);
    for (let value = 1; value <= 200; value++) {
      act(() => setValue(value));
      advance(5);
    }
    advance(250);
    expect(drawn.length - 1).toBeGreaterThanOrEqual(4);
    expect(drawn.at(-1)).toBe(200);
  });
});
