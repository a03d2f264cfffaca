import { describe, expect, it } from 'vitest';
import { backAtHostMs, backAtLocalMs, breakClock, breakHeadline } from '../../../../shared/kinds/break';
import { breakSection } from '../../../../shared/kinds/break/report';
import { commandSchema } from '../../../../shared/protocol/commands';
import type { Command } from '../../../../shared/protocol/commands';
import { commandToEvent } from '../../../../shared/protocol/commandToEvent';
import { roomView } from '../../../../shared/session/roomView';
import { sessionEvents, sessionReducer } from '../../../../shared/session/sessionSlice';
import { adjustTimer, createTimer, pauseTimer, readTimer, startTimer } from '../../../../shared/session/timer';
import type { TimerState } from '../../../../shared/session/timer';
import type { BreakActivity, SessionState } from '../../../../shared/session/types';
import { noteIds, notesIn } from '../../../support/noteTables';
import { newSession } from '../sessionFixtures';

const MIN = 60_000;
/** 10:30:00 UTC on the session's day: the host's clock when the break starts. */
const TEN_THIRTY = Date.UTC(2026, 10, 28, 10, 30, 0);
/** Writes a time as UTC "hh:mm", so the tests do not depend on the machine's time zone. */
const utcTime = (ms: number): string => new Date(ms).toISOString().slice(11, 16);

function coffee(session: SessionState): BreakActivity {
  const activity = session.agenda.find((candidate) => candidate.id === 'coffee');
  if (activity?.kind !== 'break') throw new Error('the every-kind workshop has no coffee break');
  return activity;
}

function withTimer(session: SessionState, timer: TimerState): SessionState {
  return { ...session, timers: { ...session.timers, coffee: timer } };
}

function run(state: SessionState, commands: Command[]): SessionState {
  return commands.reduce((current, command, index) => {
    const outcome = commandToEvent(current, commandSchema.parse(command), { now: TEN_THIRTY + index * 1000, newId: () => `b${index}` });
    if (!outcome.ok) throw new Error(outcome.error);
    return outcome.event ? (sessionReducer(current, outcome.event) as SessionState) : current;
  }, state);
}

describe('when the room is back from a break', () => {
  const fifteen = createTimer(15 * MIN);

  it('has no end until the timer runs', () => {
    expect(backAtHostMs(fifteen)).toBeNull();
    expect(backAtHostMs(pauseTimer(startTimer(fifteen, TEN_THIRTY), TEN_THIRTY + 5 * MIN))).toBeNull();
  });

  it('is the host clock at the start plus the time left, and the same as now plus the time remaining at any moment of the run', () => {
    const running = startTimer(fifteen, TEN_THIRTY);
    expect(utcTime(backAtHostMs(running) ?? 0)).toBe('10:45');
    for (const later of [0, 1, 61_234, 14 * MIN + 59_999, 20 * MIN]) {
      const now = TEN_THIRTY + later;
      expect(backAtHostMs(running)).toBe(now + readTimer(running, now).remainingMs);
    }
  });

  it('follows +1 / −1 min and a pause: time already used is not counted twice', () => {
    expect(utcTime(backAtHostMs(adjustTimer(startTimer(fifteen, TEN_THIRTY), 2 * MIN)) ?? 0)).toBe('10:47');
    expect(utcTime(backAtHostMs(adjustTimer(startTimer(fifteen, TEN_THIRTY), -MIN)) ?? 0)).toBe('10:44');
    // Five minutes, a three-minute pause, then on again at 10:38: ten minutes are left, so 10:48.
    const paused = pauseTimer(startTimer(fifteen, TEN_THIRTY), TEN_THIRTY + 5 * MIN);
    expect(utcTime(backAtHostMs(startTimer(paused, TEN_THIRTY + 8 * MIN)) ?? 0)).toBe('10:48');
  });

  it('is shown on the window’s own clock (host clock minus the offset), to the nearest whole minute', () => {
    const end = TEN_THIRTY + 15 * MIN;
    expect(backAtLocalMs(end, 0)).toBe(end);
    // This window's clock runs 2 minutes behind the host's: the host says 10:45, this window 10:43.
    expect(utcTime(backAtLocalMs(end, 2 * MIN))).toBe('10:43');
    expect(utcTime(backAtLocalMs(end + 29_000, 0))).toBe('10:45');
    expect(utcTime(backAtLocalMs(end + 31_000, 0))).toBe('10:46');
    expect(utcTime(backAtLocalMs(end, -45_000))).toBe('10:46');
    expect(backAtLocalMs(end + 17_000, 1234) % MIN).toBe(0);
  });
});

describe('what a break’s screen says', () => {
  const format = (localMs: number): string => utcTime(localMs);

  it('says how long before the timer starts, with any adjustment', () => {
    expect(breakClock(null, 15)).toEqual({ state: 'planned', minutes: 15 });
    expect(breakClock(createTimer(15 * MIN), 15)).toEqual({ state: 'planned', minutes: 15 });
    expect(breakClock(adjustTimer(createTimer(15 * MIN), MIN), 15)).toEqual({ state: 'planned', minutes: 16 });
    expect(breakHeadline(breakClock(null, 15), 0, format)).toBe('15 minutes');
    expect(breakHeadline(breakClock(createTimer(MIN), 1), 0, format)).toBe('1 minute');
  });

  it('says when the room is back while it runs, on this window’s clock', () => {
    const running = startTimer(createTimer(15 * MIN), TEN_THIRTY);
    expect(breakClock(running, 15)).toEqual({ state: 'running', backAtHostMs: TEN_THIRTY + 15 * MIN });
    expect(breakHeadline(breakClock(running, 15), 0, format)).toBe('Back at 10:45');
    expect(breakHeadline(breakClock(running, 15), MIN, format)).toBe('Back at 10:44');
  });

  it('says the whole minutes left while paused, and that time is up once none are', () => {
    const paused = pauseTimer(startTimer(createTimer(15 * MIN), TEN_THIRTY), TEN_THIRTY + 4 * MIN + 30_000);
    expect(breakClock(paused, 15)).toEqual({ state: 'paused', minutesLeft: 11 });
    expect(breakHeadline(breakClock(paused, 15), 0, format)).toBe('11 minutes left');
    const over = pauseTimer(startTimer(createTimer(15 * MIN), TEN_THIRTY), TEN_THIRTY + 16 * MIN);
    expect(breakHeadline(breakClock(over, 15), 0, format)).toBe('Time’s up');
  });
});

describe('a break in the report and on the projector', () => {
  const session = newSession();
  const activity = coffee(session);

  it('says it was not timed, still running, or how long it took against the plan', () => {
    const started = startTimer(createTimer(15 * MIN), TEN_THIRTY);
    expect(breakSection(session, activity)).toEqual(['The break was not timed.']);
    expect(breakSection(withTimer(session, started), activity)).toEqual(['The break was still running when the report was exported.']);
    expect(breakSection(withTimer(session, pauseTimer(started, TEN_THIRTY + 17 * MIN)), activity)).toEqual(['Taken: 17 min, 2 min over the 15 min planned.']);
    expect(breakSection(withTimer(session, pauseTimer(started, TEN_THIRTY + 12 * MIN + 10_000)), activity)).toEqual(['Taken: 12 min, 3 min under the 15 min planned.']);
    expect(breakSection(withTimer(session, pauseTimer(started, TEN_THIRTY + 15 * MIN + 20_000)), activity)).toEqual(['Taken: 15 min, as planned.']);
  });

  it('projects no notes, even one a file holds, and keeps its timer for the room', () => {
    const started = run(session, [
      { type: 'activity.go', activityId: 'coffee' },
      { type: 'timer.start', activityId: 'coffee' },
    ]);
    // Commands refuse a note into a break (below); a file written by hand can still hold one.
    const handWritten = sessionEvents.noteCaptured({ id: 'by-hand', activityId: 'coffee', text: 'Written by hand', at: TEN_THIRTY, columnId: null, position: null, attribution: null, commitment: null });
    const state = sessionReducer(started, handWritten) as SessionState;
    expect(noteIds(state.notes).length).toBe(1);
    const view = roomView(state);
    if (view?.screen !== 'live') throw new Error('expected the live stage');
    expect(notesIn(view.stage.notes)).toEqual([]);
    expect(view.stage.agenda.map((candidate) => candidate.kind)).toEqual(['break']);
    expect(view.stage.timers.coffee?.startedAt).toBe(TEN_THIRTY + 1000);
  });
});

describe('notes during a break', () => {
  it('are refused with a sentence, and nothing is added', () => {
    const session = newSession();
    const outcome = commandToEvent(session, commandSchema.parse({ type: 'note.capture', activityId: 'coffee', text: 'a note typed into the break' }), { now: TEN_THIRTY, newId: () => 'n1' });
    expect(outcome).toEqual({ ok: false, error: '"Coffee break" is a break: it does not take notes.' });
  });
});
