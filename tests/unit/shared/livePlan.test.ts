import { describe, expect, it } from 'vitest';
import { commandSchema } from '../../../shared/protocol/commands';
import type { Command } from '../../../shared/protocol/commands';
import { commandToEvent } from '../../../shared/protocol/commandToEvent';
import { agendaForecast } from '../../../shared/session/agendaForecast';
import { isSkipped, plannedMinutesNow } from '../../../shared/session/livePlan';
import { parseSessionFile, serializeSessionFile } from '../../../shared/session/sessionFile';
import { sessionReducer } from '../../../shared/session/sessionSlice';
import type { SessionState } from '../../../shared/session/types';
import { buildSessionReport } from '../../../shared/report/buildSessionReport';
import { newSession } from './sessionFixtures';

const MINUTE = 60_000;
let clock = 2_000_000;

/** Runs a command as the host would: the new session, or the sentence that refused it. */
function run(state: SessionState, command: Command): { state: SessionState; error?: string } {
  clock += 1000;
  const outcome = commandToEvent(state, commandSchema.parse(command), { now: clock, newId: () => `id-${clock}` });
  if (!outcome.ok) return { state, error: outcome.error };
  return { state: outcome.event ? (sessionReducer(state, outcome.event) as SessionState) : state };
}

/** The every-kind session on its second activity (the sort), the opening behind it with 12 minutes used. */
function midSession(): SessionState {
  let state = newSession(clock);
  state = run(state, { type: 'timer.start', activityId: 'opening' }).state;
  clock += 12 * MINUTE;
  state = run(state, { type: 'activity.next' }).state;
  return state;
}

const order = (state: SessionState) => state.agenda.map((activity) => activity.id);

describe('the live agenda', () => {
  it('re-plans an activity still to come: its timer counts the new minutes, the workshop plan stays for comparison', () => {
    const state = run(midSession(), { type: 'agenda.setMinutes', activityId: 'map', minutes: 15 }).state;
    expect(plannedMinutesNow(state, 'map')).toBe(15);
    expect(state.agenda.find((activity) => activity.id === 'map')?.plannedMinutes).toBe(10);
    expect(state.timers.map?.plannedMs).toBe(15 * MINUTE);
  });

  it('refuses, in a sentence, to re-plan what has begun or is behind', () => {
    const state = midSession();
    expect(run(state, { type: 'agenda.setMinutes', activityId: 'administration-vs-influence', minutes: 20 }).error).toMatch(/has begun: add or take minutes on its timer/);
    expect(run(state, { type: 'agenda.setMinutes', activityId: 'opening', minutes: 20 }).error).toMatch(/has begun/);
    expect(() => commandSchema.parse({ type: 'agenda.setMinutes', activityId: 'map', minutes: 0 })).toThrow(/at least 1 minute/);
  });

  it('drops an activity still to come: Next passes over it, Previous too, and going there by hand brings it back', () => {
    let state = run(midSession(), { type: 'agenda.setSkipped', activityId: 'map', skipped: true }).state;
    expect(isSkipped(state, 'map')).toBe(true);
    state = run(state, { type: 'activity.next' }).state;
    expect(state.currentActivityId).toBe('spectrum');
    state = run(state, { type: 'activity.previous' }).state;
    expect(state.currentActivityId).toBe('administration-vs-influence');
    state = run(state, { type: 'activity.go', activityId: 'map' }).state;
    expect(state.currentActivityId).toBe('map');
    expect(isSkipped(state, 'map')).toBe(false);
    expect(state.skippedActivityIds).toBeUndefined();
  });

  it('refuses to drop the activity the room is on, or one that already happened', () => {
    const state = midSession();
    expect(run(state, { type: 'agenda.setSkipped', activityId: 'administration-vs-influence', skipped: true }).error).toMatch(/move on first/);
    expect(run(state, { type: 'agenda.setSkipped', activityId: 'opening', skipped: true }).error).toMatch(/already happened/);
  });

  it('moves an activity among those still to come, and nowhere else', () => {
    const state = midSession();
    const moved = run(state, { type: 'agenda.move', activityId: 'vote', toIndex: 2 }).state;
    expect(order(moved).slice(0, 5)).toEqual(['opening', 'administration-vs-influence', 'vote', 'map', 'spectrum']);
    expect(run(state, { type: 'agenda.move', activityId: 'vote', toIndex: 1 }).error).toMatch(/only move among the others still to come/);
    expect(run(state, { type: 'agenda.move', activityId: 'opening', toIndex: 4 }).error).toMatch(/only what is still to come can be moved/);
  });

  it('counts in the finish forecast: a dropped activity saves its minutes, a re-planned one costs its new length', () => {
    const state = midSession();
    const planned = agendaForecast(state.agenda, state.timers, state.currentActivityId, clock, state);
    const dropped = run(state, { type: 'agenda.setSkipped', activityId: 'map', skipped: true }).state;
    const droppedForecast = agendaForecast(dropped.agenda, dropped.timers, dropped.currentActivityId, clock, dropped);
    expect(droppedForecast.overMs - planned.overMs).toBe(-10 * MINUTE);
    expect(droppedForecast.remainingMs - planned.remainingMs).toBe(-10 * MINUTE);
    const longer = run(state, { type: 'agenda.setMinutes', activityId: 'map', minutes: 25 }).state;
    const longerForecast = agendaForecast(longer.agenda, longer.timers, longer.currentActivityId, clock, longer);
    expect(longerForecast.overMs - planned.overMs).toBe(15 * MINUTE);
  });

  it('adds a method from the library after the current activity: a fresh activity with its timer, marked as added', () => {
    const state = run(midSession(), { type: 'agenda.insert', methodId: 'start-stop-continue', toIndex: 2 }).state;
    const added = state.agenda[2];
    expect(added?.kind).toBe('sort');
    expect(added?.title).toBe('Start, stop, continue');
    expect(added?.id).toMatch(/^start-stop-continue-[a-z0-9-]+$/);
    expect(state.timers[added?.id ?? '']?.plannedMs).toBe(10 * MINUTE);
    expect(state.addedActivityIds).toEqual([added?.id]);
    // Next goes to it.
    expect(run(state, { type: 'activity.next' }).state.currentActivityId).toBe(added?.id);
  });

  it('sets a dot vote from the library on the notes of the nearest earlier activity that collects ideas', () => {
    const state = run(midSession(), { type: 'agenda.insert', methodId: 'dot-voting', toIndex: 2 }).state;
    const vote = state.agenda[2];
    expect(vote?.kind === 'vote' && vote.optionsFrom).toBe('administration-vs-influence');
    expect(state.runs[vote?.id ?? '']).toMatchObject({ kind: 'vote', revealed: false });
  });

  it('refuses, in a sentence, an unknown method or a place that is not still to come', () => {
    const state = midSession();
    expect(run(state, { type: 'agenda.insert', methodId: 'no-such-method', toIndex: 2 }).error).toMatch(/no method "no-such-method" in the library/);
    expect(run(state, { type: 'agenda.insert', methodId: 'check-in-round', toIndex: 1 }).error).toMatch(/goes after the one the room is on/);
    expect(run(state, { type: 'agenda.insert', methodId: 'check-in-round', toIndex: 99 }).error).toMatch(/goes after the one the room is on/);
  });

  it('counts an added activity in the forecast as time beyond the workshop plan', () => {
    const state = midSession();
    const before = agendaForecast(state.agenda, state.timers, state.currentActivityId, clock, state);
    const added = run(state, { type: 'agenda.insert', methodId: 'check-out-round', toIndex: state.agenda.length }).state;
    const after = agendaForecast(added.agenda, added.timers, added.currentActivityId, clock, added);
    expect(after.overMs - before.overMs).toBe(5 * MINUTE);
    expect(after.remainingMs - before.remainingMs).toBe(5 * MINUTE);
  });

  it('is saved with the session and opens again as it was', () => {
    let state = run(midSession(), { type: 'agenda.setSkipped', activityId: 'scale', skipped: true }).state;
    state = run(state, { type: 'agenda.move', activityId: 'close', toIndex: 2 }).state;
    state = run(state, { type: 'agenda.setMinutes', activityId: 'vote', minutes: 7 }).state;
    state = run(state, { type: 'agenda.insert', methodId: 'fist-to-five', toIndex: 3 }).state;
    const reopened = parseSessionFile(serializeSessionFile(state, clock));
    expect(reopened.ok && reopened.session).toEqual(state);
  });
});

describe('the report of a re-planned session', () => {
  it('gives the agenda as run: the order it ended in, what was re-planned and what was dropped', () => {
    let state = run(midSession(), { type: 'agenda.setSkipped', activityId: 'map', skipped: true }).state;
    state = run(state, { type: 'agenda.setMinutes', activityId: 'vote', minutes: 12 }).state;
    state = run(state, { type: 'agenda.move', activityId: 'vote', toIndex: 2 }).state;
    const report = buildSessionReport(state, { now: clock, exportedAtLabel: '28 November 2026, 11:42', audience: 'facilitator' });
    expect(report).toContain('| 3 | What breaks trust most? | Dot vote | 5 min, re-planned to 12 min |');
    expect(report).toContain('| 4 | Where our week goes | Map | 10 min, dropped |');
    expect(report).toContain('planned 10 min, dropped');
    const withAdded = run(state, { type: 'agenda.insert', methodId: 'check-out-round', toIndex: state.agenda.length }).state;
    expect(buildSessionReport(withAdded, { now: clock, exportedAtLabel: '28 November 2026, 11:42', audience: 'facilitator' })).toMatch(/\| Check\\?-out \| [^|]+ \| 5 min, added during the session \|/);
  });
});
