import { describe, expect, it } from 'vitest';
import { commandSchema } from '../../../shared/protocol/commands';
import type { Command } from '../../../shared/protocol/commands';
import { commandToEvent } from '../../../shared/protocol/commandToEvent';
import { reflectionRun } from '../../../shared/kinds/reflection';
import { roomTimer, toggleRoomTimerCommand } from '../../../shared/session/roomTimer';
import { sessionReducer } from '../../../shared/session/sessionSlice';
import type { SessionState } from '../../../shared/session/types';
import { newSession } from './sessionFixtures';

const T = 5_000_000;

function play(commands: Command[], start: SessionState = newSession()): SessionState {
  return commands.reduce((state, command, index) => {
    const outcome = commandToEvent(state, commandSchema.parse(command), { now: T + index * 1000, newId: () => `n${index}` });
    if (!outcome.ok) throw new Error(outcome.error);
    return outcome.event ? (sessionReducer(state, outcome.event) as SessionState) : state;
  }, start);
}

const at = (activityId: string): SessionState => play([{ type: 'activity.go', activityId }]);

describe('the timer the room sees (what Space starts and pauses)', () => {
  it('is the activity timer for an ordinary activity, and toggles it', () => {
    const state = at('opening');
    expect(roomTimer(state)).toEqual({ kind: 'activity', activityId: 'opening' });
    const start = toggleRoomTimerCommand(state);
    expect(start).toEqual({ type: 'timer.start', activityId: 'opening' });
    expect(toggleRoomTimerCommand(play([start], state))).toEqual({ type: 'timer.pause', activityId: 'opening' });
  });

  it('is the stage countdown while a reflection is writing or in pairs, never the hidden activity timer', () => {
    let state = at('kasem-reflection');
    expect(roomTimer(state).kind).toBe('stage');
    const start = toggleRoomTimerCommand(state);
    expect(start).toEqual({ type: 'reflection.setStageTimerRunning', activityId: 'kasem-reflection', running: true });
    state = play([start], state);
    const activity = state.agenda.find((candidate) => candidate.id === 'kasem-reflection');
    if (activity?.kind !== 'reflection') throw new Error('fixture has no reflection');
    expect(reflectionRun(state, activity).stageTimer.startedAt).not.toBeNull();
    expect(state.timers['kasem-reflection']?.startedAt ?? null).toBeNull();
    expect(toggleRoomTimerCommand(state)).toEqual({ type: 'reflection.setStageTimerRunning', activityId: 'kasem-reflection', running: false });
  });

  it('goes back to the activity timer in the sharing stage, which has no countdown', () => {
    const state = play([{ type: 'reflection.setStage', activityId: 'kasem-reflection', stage: 'sharing' }], at('kasem-reflection'));
    expect(toggleRoomTimerCommand(state)).toEqual({ type: 'timer.start', activityId: 'kasem-reflection' });
  });
});
