import { describe, expect, it } from 'vitest';
import { adjustTimer, createTimer, pauseTimer, readTimer, resetTimer, startTimer } from '../../../shared/session/timer';
import type { TimerReading, TimerState } from '../../../shared/session/timer';
import { spokenDuration, timerAnnouncement } from '../../../renderer/timer/timerAnnouncements';

const MINUTE = 60_000;
const T0 = 1_000_000;

/** A ten-minute timer started at T0. */
const running: TimerState = startTimer(createTimer(10 * MINUTE), T0);

/** Reads the running ten-minute timer when this much time is left. */
function at(remainingMs: number, timer: TimerState = running): TimerReading {
  return readTimer(timer, T0 + 10 * MINUTE - remainingMs);
}

/** Every announcement a screen reader would hear reading the timer every 200 ms from `fromMs` left down to `toMs` left. */
function heardWhileRunning(fromMs: number, toMs: number): string[] {
  const heard: string[] = [];
  let previous = at(fromMs);
  for (let left = fromMs - 200; left >= toMs; left -= 200) {
    const current = at(left);
    const said = timerAnnouncement(previous, current);
    if (said) heard.push(said);
    previous = current;
  }
  return heard;
}

describe('timer announcements for a screen reader', () => {
  it('says nothing as ordinary seconds go by, far from the end', () => {
    expect(heardWhileRunning(9 * MINUTE, 5 * MINUTE + 200)).toEqual([]);
  });

  it('says each whole minute of the last five, once, as the clock shows it', () => {
    expect(heardWhileRunning(5 * MINUTE + 200, 1)).toEqual(['5 minutes left.', '4 minutes left.', '3 minutes left.', '2 minutes left.', '1 minute left.']);
    expect(timerAnnouncement(at(4 * MINUTE + 100), at(4 * MINUTE))).toBe('4 minutes left.');
    expect(timerAnnouncement(at(4 * MINUTE), at(4 * MINUTE - 200))).toBeNull();
  });

  it('where overtime is kept from the room (the projector by default), says only "Time is up" and never an overtime count', () => {
    expect(timerAnnouncement(at(100), at(-100), { overtimeShown: false })).toBe('Time is up.');
    const paused = pauseTimer(running, T0 + 10 * MINUTE + 23_000);
    expect(timerAnnouncement(at(-23_000), readTimer(paused, T0 + 10 * MINUTE + 23_000), { overtimeShown: false })).toBe('Timer paused: time is up.');
    expect(timerAnnouncement(at(-23_000), readTimer(paused, T0 + 10 * MINUTE + 23_000))).toBe('Timer paused: 23 seconds over time.');
  });

  it('says "Time is up" once at zero, then nothing more as overtime runs on', () => {
    expect(heardWhileRunning(30_000, -3 * MINUTE)).toEqual(['Time is up. The timer is now counting overtime.']);
  });

  it('says when the timer starts, resumes and pauses, with the time left', () => {
    const idle = createTimer(10 * MINUTE);
    expect(timerAnnouncement(readTimer(idle, T0), readTimer(startTimer(idle, T0), T0))).toBe('Timer started: 10 minutes left.');
    const paused = pauseTimer(running, T0 + 90_000);
    expect(timerAnnouncement(at(8.5 * MINUTE), readTimer(paused, T0 + 90_000))).toBe('Timer paused: 8 minutes 30 seconds left.');
    expect(timerAnnouncement(readTimer(paused, T0 + 200_000), readTimer(startTimer(paused, T0 + 200_000), T0 + 200_000))).toBe('Timer resumed: 8 minutes 30 seconds left.');
  });

  it('says "paused" when a start and a pause reach the window together (drawn in the same frame)', () => {
    const idle = createTimer(10 * MINUTE);
    const ranAndPaused = pauseTimer(startTimer(idle, T0), T0 + 30_000);
    expect(timerAnnouncement(readTimer(idle, T0), readTimer(ranAndPaused, T0 + 30_000))).toBe('Timer paused: 9 minutes 30 seconds left.');
    const resumedAndPaused = pauseTimer(startTimer(ranAndPaused, T0 + 60_000), T0 + 90_000);
    expect(timerAnnouncement(readTimer(ranAndPaused, T0 + 60_000), readTimer(resumedAndPaused, T0 + 90_000))).toBe('Timer paused: 9 minutes left.');
  });

  it('says when time is added or removed, and when the timer is reset', () => {
    const later = T0 + 6 * MINUTE;
    expect(timerAnnouncement(readTimer(running, later), readTimer(adjustTimer(running, MINUTE), later))).toBe('1 minute added: 5 minutes left.');
    expect(timerAnnouncement(readTimer(running, later), readTimer(adjustTimer(running, -MINUTE), later))).toBe('1 minute removed: 3 minutes left.');
    expect(timerAnnouncement(readTimer(running, later), readTimer(resetTimer(running), later))).toBe('Timer reset: 10 minutes.');
  });

  it('does not speak on the first reading of an activity, nor for a paused timer standing still', () => {
    expect(timerAnnouncement(null, at(MINUTE))).toBeNull();
    const paused = pauseTimer(running, T0 + 9.5 * MINUTE);
    expect(timerAnnouncement(readTimer(paused, T0 + 9.5 * MINUTE), readTimer(paused, T0 + 20 * MINUTE))).toBeNull();
  });

  it('speaks durations in words, rounded up to the second like the clock', () => {
    expect(spokenDuration(0)).toBe('0 seconds');
    expect(spokenDuration(1)).toBe('1 second');
    expect(spokenDuration(60_000)).toBe('1 minute');
    expect(spokenDuration(-61_000)).toBe('1 minute 1 second');
    expect(spokenDuration(150_500)).toBe('2 minutes 31 seconds');
  });
});
