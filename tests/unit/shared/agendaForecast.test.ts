import { describe, expect, it } from 'vitest';
import { agendaForecast } from '../../../shared/session/agendaForecast';
import { adjustTimer, createTimer, pauseTimer, startTimer } from '../../../shared/session/timer';
import type { TimerState } from '../../../shared/session/timer';
import type { Activity } from '../../../shared/session/types';

const MINUTE = 60_000;
const T0 = 1_000_000;

/** An agenda of discussions planned at these minutes, ids a, b, c, … */
function agendaOf(...minutes: number[]): Activity[] {
  return minutes.map((plannedMinutes, index) => ({
    kind: 'discussion',
    id: String.fromCharCode(97 + index),
    title: `Activity ${index + 1}`,
    prompt: 'p',
    plannedMinutes,
    script: { say: '', watchFor: '', shortGroup: '', largeGroup: '' },
    talkingPoints: [],
  }));
}

/** A timer of `planned` minutes that ran for `used` minutes and stopped. */
function ran(planned: number, used: number): TimerState {
  return pauseTimer(startTimer(createTimer(planned * MINUTE), T0), T0 + used * MINUTE);
}

describe('the agenda finish forecast', () => {
  const agenda = agendaOf(10, 20, 30);

  it('before anything ran, is the plan: all of it to go, on time', () => {
    const timers = { a: createTimer(10 * MINUTE), b: createTimer(20 * MINUTE), c: createTimer(30 * MINUTE) };
    expect(agendaForecast(agenda, timers, 'a', T0)).toEqual({ started: false, remainingMs: 60 * MINUTE, overMs: 0 });
  });

  it('carries an overrun forward: 10 planned, 15 used, now 5 into the second', () => {
    const timers = { a: ran(10, 15), b: startTimer(createTimer(20 * MINUTE), T0 + 20 * MINUTE), c: createTimer(30 * MINUTE) };
    const forecast = agendaForecast(agenda, timers, 'b', T0 + 25 * MINUTE);
    expect(forecast).toEqual({ started: true, remainingMs: (15 + 30) * MINUTE, overMs: 5 * MINUTE });
  });

  it('counts the current activity running past its time, and minutes added to it', () => {
    const over = { a: ran(10, 10), b: startTimer(createTimer(20 * MINUTE), T0), c: createTimer(30 * MINUTE) };
    expect(agendaForecast(agenda, over, 'b', T0 + 26 * MINUTE)).toMatchObject({ remainingMs: 30 * MINUTE, overMs: 6 * MINUTE });
    const added = { ...over, b: adjustTimer(over.b, 5 * MINUTE) };
    expect(agendaForecast(agenda, added, 'b', T0 + 10 * MINUTE)).toMatchObject({ remainingMs: (15 + 30) * MINUTE, overMs: 5 * MINUTE });
  });

  it('gains the time of an activity skipped', () => {
    const timers = { a: ran(10, 10), b: createTimer(20 * MINUTE), c: startTimer(createTimer(30 * MINUTE), T0) };
    expect(agendaForecast(agenda, timers, 'c', T0)).toEqual({ started: true, remainingMs: 30 * MINUTE, overMs: -20 * MINUTE });
  });

  it('counts a later activity already begun (the facilitator went back) by what it has left', () => {
    const timers = { a: startTimer(createTimer(10 * MINUTE), T0), b: createTimer(20 * MINUTE), c: ran(30, 12) };
    expect(agendaForecast(agenda, timers, 'a', T0 + 4 * MINUTE)).toEqual({ started: true, remainingMs: (6 + 20 + 18) * MINUTE, overMs: 0 });
  });
});
