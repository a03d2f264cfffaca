import { describe, expect, it } from 'vitest';
import { adjustTimer, createTimer, elapsedMs, formatClock, pauseTimer, readTimer, resetTimer, startTimer, totalMs } from '../../../shared/session/timer';

const MIN = 60_000;
const T0 = 1_000_000;

describe('timer arithmetic', () => {
  it('a new timer is idle with the planned time left', () => {
    const reading = readTimer(createTimer(10 * MIN), T0);
    expect(reading).toEqual({ running: false, totalMs: 10 * MIN, elapsedMs: 0, remainingMs: 10 * MIN, phase: 'idle' });
  });

  it('counts from the start time, not by ticks', () => {
    const running = startTimer(createTimer(10 * MIN), T0);
    expect(readTimer(running, T0 + 90_000)).toMatchObject({ running: true, elapsedMs: 90_000, remainingMs: 8.5 * MIN, phase: 'running' });
    expect(formatClock(readTimer(running, T0 + 90_000).remainingMs)).toBe('8:30');
  });

  it('pause folds the run into used time and freezes the clock', () => {
    const paused = pauseTimer(startTimer(createTimer(10 * MIN), T0), T0 + 2 * MIN);
    expect(paused).toEqual({ plannedMs: 10 * MIN, adjustMs: 0, usedMs: 2 * MIN, startedAt: null });
    expect(readTimer(paused, T0 + 60 * MIN)).toMatchObject({ running: false, remainingMs: 8 * MIN, phase: 'paused' });
  });

  it('resume continues from where it paused', () => {
    const paused = pauseTimer(startTimer(createTimer(10 * MIN), T0), T0 + 2 * MIN);
    const resumed = startTimer(paused, T0 + 30 * MIN);
    expect(elapsedMs(resumed, T0 + 31 * MIN)).toBe(3 * MIN);
  });

  it('starting a running timer or pausing a paused one changes nothing', () => {
    const running = startTimer(createTimer(5 * MIN), T0);
    expect(startTimer(running, T0 + 5000)).toBe(running);
    const idle = createTimer(5 * MIN);
    expect(pauseTimer(idle, T0)).toBe(idle);
  });

  it('adjustments add and remove minutes but never go below one minute in total', () => {
    const timer = createTimer(5 * MIN);
    expect(totalMs(adjustTimer(timer, MIN))).toBe(6 * MIN);
    expect(totalMs(adjustTimer(adjustTimer(timer, MIN), -MIN))).toBe(5 * MIN);
    expect(totalMs(adjustTimer(timer, -30 * MIN))).toBe(MIN);
    // Removing too much then adding back starts from the one-minute floor, not from a hidden debt.
    expect(totalMs(adjustTimer(adjustTimer(timer, -30 * MIN), MIN))).toBe(2 * MIN);
  });

  it('turns to warning at 20% left, critical at 5%, overtime past zero', () => {
    const running = startTimer(createTimer(10 * MIN), T0);
    expect(readTimer(running, T0 + 7 * MIN).phase).toBe('running');
    expect(readTimer(running, T0 + 8 * MIN).phase).toBe('warning');
    expect(readTimer(running, T0 + 9.5 * MIN).phase).toBe('critical');
    const over = readTimer(running, T0 + 11 * MIN + 5000);
    expect(over.phase).toBe('overtime');
    expect(over.remainingMs).toBe(-(MIN + 5000));
    expect(formatClock(over.remainingMs)).toBe('+1:05');
  });

  it('a clock reading before the start never counts backwards', () => {
    const running = startTimer(createTimer(10 * MIN), T0);
    expect(elapsedMs(running, T0 - 5000)).toBe(0);
  });

  it('reset goes back to the planned length, stopped', () => {
    const used = adjustTimer(startTimer(createTimer(10 * MIN), T0), 2 * MIN);
    expect(resetTimer(used)).toEqual(createTimer(10 * MIN));
  });
});

describe('formatClock', () => {
  it.each([
    [0, '0:00'],
    [1, '0:01'],
    [999, '0:01'],
    [1000, '0:01'],
    [1001, '0:02'],
    [59_000, '0:59'],
    [60_000, '1:00'],
    [10 * MIN, '10:00'],
    [3_600_000, '1:00:00'],
    [3_600_000 + 61_000, '1:01:01'],
    [-1, '+0:00'],
    [-1000, '+0:01'],
    [-61_500, '+1:01'],
  ])('%i ms shows as %s', (ms, text) => {
    expect(formatClock(ms)).toBe(text);
  });
});
