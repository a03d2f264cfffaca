import { describe, expect, it } from 'vitest';
import { commandSchema } from '../../../shared/protocol/commands';
import { commandToEvent } from '../../../shared/protocol/commandToEvent';
import { parseSessionFile, serializeSessionFile } from '../../../shared/session/sessionFile';
import { sessionReducer } from '../../../shared/session/sessionSlice';
import { createTimer, pauseTimer, startTimer } from '../../../shared/session/timer';
import type { SessionState } from '../../../shared/session/types';
import { TIMER_END_FLASH_MS, timerEndFlashing } from '../../../renderer/projector/overlays/TimerEndFlash';
import { newSession } from '../shared/sessionFixtures';

const MINUTE = 60_000;
const T0 = 1_000_000;

describe('overtime and the room', () => {
  it('the setting is off in a new session and in a file written before it, and a command turns it on and off', () => {
    const session = newSession();
    expect(session.settings.showOvertimeToRoom ?? false).toBe(false);
    const oldFile = serializeSessionFile({ ...session, settings: { timerEndSound: true } }, T0);
    expect(oldFile).not.toContain('showOvertimeToRoom');
    const opened = parseSessionFile(oldFile);
    if (!opened.ok) throw new Error(opened.problem);
    expect(opened.session.settings.showOvertimeToRoom ?? false).toBe(false);

    const turn = (state: SessionState, on: boolean): SessionState => {
      const outcome = commandToEvent(state, commandSchema.parse({ type: 'settings.setShowOvertime', on }), { now: T0, newId: () => 'x' });
      if (!outcome.ok || !outcome.event) throw new Error('refused');
      return sessionReducer(state, outcome.event) as SessionState;
    };
    const on = turn(session, true);
    expect(on.settings.showOvertimeToRoom).toBe(true);
    const saved = parseSessionFile(serializeSessionFile(on, T0));
    expect(saved.ok && saved.session.settings.showOvertimeToRoom).toBe(true);
    expect(turn(on, false).settings.showOvertimeToRoom).toBe(false);
    expect(commandSchema.safeParse({ type: 'settings.setShowOvertime', on: 1 }).success).toBe(false);
  });

  it('the timer-end flash is a moment as a running timer reaches 0:00, never a frame that stays', () => {
    const running = startTimer(createTimer(MINUTE), T0);
    const zero = T0 + MINUTE;
    expect(timerEndFlashing(running, zero - 1_000)).toBe(false);
    expect(timerEndFlashing(running, zero + 500)).toBe(true);
    expect(timerEndFlashing(running, zero + TIMER_END_FLASH_MS - 1)).toBe(true);
    expect(timerEndFlashing(running, zero + TIMER_END_FLASH_MS + 1)).toBe(false);
    expect(timerEndFlashing(running, zero + 10 * MINUTE), 'coming back to a timer that ran over long ago').toBe(false);
    const pausedOver = pauseTimer(running, zero + 23_000);
    expect(timerEndFlashing(pausedOver, zero + 10 * MINUTE), 'a paused timer past zero').toBe(false);
    const pausedAtZero = pauseTimer(running, zero + 100);
    expect(timerEndFlashing(pausedAtZero, zero + 200)).toBe(false);
  });
});
