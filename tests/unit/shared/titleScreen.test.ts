import { describe, expect, it } from 'vitest';
import { commandSchema } from '../../../shared/protocol/commands';
import type { Command } from '../../../shared/protocol/commands';
import { commandToEvent } from '../../../shared/protocol/commandToEvent';
import { describeRoomView, isProjectorLive, projectorView } from '../../../shared/session/projector';
import { parseSessionFile, serializeSessionFile } from '../../../shared/session/sessionFile';
import { sessionReducer } from '../../../shared/session/sessionSlice';
import type { SessionState } from '../../../shared/session/types';
import { startedSession } from './sessionFixtures';

const T = 5_000_000;

function run(state: SessionState, command: Command, now = T): SessionState {
  const outcome = commandToEvent(state, commandSchema.parse(command), { now, newId: () => 'id-1' });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.event ? (sessionReducer(state, outcome.event) as SessionState) : state;
}

describe('the title screen', () => {
  it('is what the room sees when a session starts, on its first activity', () => {
    const session = startedSession();
    expect(session.presenter.titleScreen).toBe(true);
    expect(session.currentActivityId).toBe(session.agenda[0]?.id);
    expect(projectorView(session).kind).toBe('title');
    expect(isProjectorLive(session)).toBe(false);
    expect(describeRoomView(session)).toContain('title screen');
  });

  it('Next from it shows the first activity (not the second); the next Next goes on to the second', () => {
    const [first, second] = startedSession().agenda;
    let state = run(startedSession(), { type: 'activity.next' });
    expect(state.presenter.titleScreen).toBe(false);
    expect(state.currentActivityId).toBe(first?.id);
    expect(projectorView(state).kind).toBe('live');
    state = run(state, { type: 'activity.next' });
    expect(state.currentActivityId).toBe(second?.id);
  });

  it('going to any activity, or back to live, leaves it; the facilitator can put it back', () => {
    const [first, , third] = startedSession().agenda;
    expect(run(startedSession(), { type: 'activity.go', activityId: third?.id ?? '' }).presenter.titleScreen).toBe(false);
    expect(run(startedSession(), { type: 'activity.go', activityId: first?.id ?? '' }).presenter.titleScreen).toBe(false);
    expect(run(startedSession(), { type: 'presenter.returnToLive' }).presenter.titleScreen).toBe(false);
    const back = run(run(startedSession(), { type: 'activity.next' }), { type: 'presenter.setTitleScreen', on: true });
    expect(projectorView(back).kind).toBe('title');
  });

  it('black and white still cover it; a message is drawn over it', () => {
    expect(projectorView(run(startedSession(), { type: 'presenter.setScreen', screen: 'black' })).kind).toBe('black');
    const withMessage = run(startedSession(), { type: 'presenter.setMessage', message: 'Welcome' });
    expect(projectorView(withMessage)).toMatchObject({ kind: 'title', message: 'Welcome' });
  });

  it('is saved with the session, and a file written before it existed opens on its current activity', () => {
    const started = startedSession();
    const reopened = parseSessionFile(serializeSessionFile(started, T));
    expect(reopened.ok && reopened.session.presenter.titleScreen).toBe(true);

    const moved = run(run(startedSession(), { type: 'activity.next' }), { type: 'activity.next' });
    const before = { ...moved.presenter };
    delete before.titleScreen;
    const oldFile = serializeSessionFile({ ...moved, presenter: before }, T);
    expect(oldFile).not.toContain('titleScreen');
    const opened = parseSessionFile(oldFile);
    if (!opened.ok) throw new Error(opened.problem);
    expect(opened.session.currentActivityId).toBe(moved.currentActivityId);
    expect(projectorView(opened.session)).toMatchObject({ kind: 'live', activity: { id: moved.currentActivityId } });
    expect(run(opened.session, { type: 'activity.next' }).currentActivityId).toBe(opened.session.agenda[2]?.id);
  });

  it('refuses a malformed command', () => {
    expect(commandSchema.safeParse({ type: 'presenter.setTitleScreen', on: 'yes' }).success).toBe(false);
    expect(commandSchema.safeParse({ type: 'presenter.setTitleScreen' }).success).toBe(false);
  });
});
