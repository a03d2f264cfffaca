import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPacer, SEND_GAP_MS } from '../../../../renderer/phone/pacer';
import type { SendOutcome } from '../../../../renderer/phone/pacer';
import { pageTimers } from '../../../../renderer/phone/timers';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function recording(outcome: (id: string) => SendOutcome = () => 'sent') {
  const sent: Array<[string, number]> = [];
  const start = Date.now();
  const pacer = createPacer((id) => {
    const result = outcome(id);
    if (result === 'sent') sent.push([id, Date.now() - start]);
    return result;
  }, pageTimers);
  return { pacer, sent };
}

describe('the pacer', () => {
  it('sends the first note at once and the rest at most four a second, in order', () => {
    const { pacer, sent } = recording();
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f']) pacer.push(id);
    expect(sent).toEqual([['a', 0]]);
    vi.advanceTimersByTime(2000);
    expect(sent).toEqual([
      ['a', 0],
      ['b', 250],
      ['c', 500],
      ['d', 750],
      ['e', 1000],
      ['f', 1250],
    ]);
    expect(SEND_GAP_MS).toBe(250);
  });

  it('never sends more than five in any second (the host limit)', () => {
    const { pacer, sent } = recording();
    for (let index = 0; index < 40; index += 1) pacer.push('n' + index);
    vi.advanceTimersByTime(15000);
    expect(sent).toHaveLength(40);
    for (const [, at] of sent) expect(sent.filter(([, other]) => other >= at && other < at + 1000).length).toBeLessThanOrEqual(4);
  });

  it('queues a note once, however often it is pushed', () => {
    const { pacer, sent } = recording();
    pacer.push('a');
    pacer.push('b');
    pacer.push('b');
    vi.advanceTimersByTime(1000);
    expect(sent.map(([id]) => id)).toEqual(['a', 'b']);
  });

  it('skips notes no longer waiting without spending a turn', () => {
    const { pacer, sent } = recording((id) => (id.startsWith('gone') ? 'skip' : 'sent'));
    pacer.push('a');
    pacer.push('gone1');
    pacer.push('gone2');
    pacer.push('b');
    vi.advanceTimersByTime(250);
    expect(sent).toEqual([
      ['a', 0],
      ['b', 250],
    ]);
  });

  it('waits while offline, and a reconnect replaces the queue with every unsent note in order', () => {
    let online = false;
    const { pacer, sent } = recording(() => (online ? 'sent' : 'offline'));
    pacer.push('a');
    pacer.push('b');
    vi.advanceTimersByTime(1000);
    expect(sent).toEqual([]);
    online = true;
    pacer.replace(['a', 'b', 'c', 'a']);
    vi.advanceTimersByTime(1000);
    expect(sent.map(([id]) => id)).toEqual(['a', 'b', 'c']);
  });

  it('sends a note again after a pause when asked to slow down; a reconnect cancels the pause (it resends anyway)', () => {
    const { pacer, sent } = recording();
    pacer.pushLater('a', 1000);
    vi.advanceTimersByTime(999);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([['a', 1000]]);
    pacer.pushLater('b', 1000);
    pacer.replace([]);
    vi.advanceTimersByTime(5000);
    expect(sent.map(([id]) => id)).toEqual(['a']);
  });

  it('forgets everything when cleared', () => {
    const { pacer, sent } = recording();
    pacer.push('a');
    pacer.push('b');
    pacer.pushLater('c', 500);
    pacer.clear();
    vi.advanceTimersByTime(5000);
    expect(sent.map(([id]) => id)).toEqual(['a']);
  });
});
