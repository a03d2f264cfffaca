import { describe, expect, it } from 'vitest';
import { commandSchema } from '../../../shared/protocol/commands';
import type { Command } from '../../../shared/protocol/commands';
import { commandToEvent } from '../../../shared/protocol/commandToEvent';
import { describeRoomView, isProjectorLive, projectedSession, projectorView } from '../../../shared/session/projector';
import { sessionReducer } from '../../../shared/session/sessionSlice';
import type { SessionState } from '../../../shared/session/types';
import { parseSessionFile, serializeSessionFile } from '../../../shared/session/sessionFile';
import { newSession } from './sessionFixtures';

function run(state: SessionState, command: Command): SessionState {
  const parsed = commandSchema.parse(command);
  const outcome = commandToEvent(state, parsed, { now: 2000, newId: () => 'id' });
  if (!outcome.ok) throw new Error(outcome.error);
  const next = outcome.event ? sessionReducer(state, outcome.event) : state;
  if (!next) throw new Error('session closed');
  return next;
}

describe('room control state', () => {
  it('starts live with the timer-end sound off', () => {
    const session = newSession();
    expect(session.presenter).toEqual({ screen: 'live', theme: 'dark', frozenActivityId: null, message: null });
    expect(session.settings).toEqual({ timerEndSound: false });
    expect(isProjectorLive(session)).toBe(true);
  });

  it('shows black or white, and the old blackout command still blacks out', () => {
    let session = run(newSession(), { type: 'presenter.setScreen', screen: 'white' });
    expect(projectorView(session).kind).toBe('white');
    session = run(session, { type: 'presenter.setBlackout', blackout: true });
    expect(session.presenter.screen).toBe('black');
    expect(describeRoomView(session)).toBe('The room sees a black screen');
    session = run(session, { type: 'presenter.setBlackout', blackout: false });
    expect(session.presenter.screen).toBe('live');
  });

  it('freezes on the activity shown now while the control window moves on, and unfreezing shows the current one', () => {
    let session = newSession();
    const first = session.agenda[0];
    const second = session.agenda[1];
    if (!first || !second) throw new Error('agenda too short');
    session = run(session, { type: 'presenter.setFrozen', frozen: true });
    session = run(session, { type: 'activity.next' });
    expect(session.currentActivityId).toBe(second.id);
    expect(projectedSession(session).currentActivityId).toBe(first.id);
    expect(projectorView(session)).toMatchObject({ kind: 'frozen', frozen: true });
    expect(describeRoomView(session)).toContain(first.title);
    session = run(session, { type: 'presenter.setFrozen', frozen: false });
    expect(projectedSession(session).currentActivityId).toBe(second.id);
  });

  it('pages through an activity\u2019s folded notes and back to the newest; a file written before pages still opens', () => {
    const before = newSession();
    const activityId = before.agenda[0]?.id ?? '';
    const written = serializeSessionFile(before, 1000);
    expect(written).not.toContain('pages');
    const reopened = parseSessionFile(written);
    expect(reopened.ok && reopened.session.presenter.pages).toBeUndefined();
    let session = run(before, { type: 'presenter.setPage', activityId, page: 2 });
    expect(session.presenter.pages).toEqual({ [activityId]: 2 });
    const saved = parseSessionFile(serializeSessionFile(session, 2000));
    expect(saved.ok && saved.session.presenter.pages).toEqual({ [activityId]: 2 });
    session = run(session, { type: 'presenter.setPage', activityId, page: 0 });
    expect(session.presenter.pages).toBeUndefined();
    expect(commandSchema.safeParse({ type: 'presenter.setPage', activityId, page: -1 }).success).toBe(false);
    expect(commandSchema.safeParse({ type: 'presenter.setPage', activityId, page: 1.5 }).success).toBe(false);
    const unknown = commandToEvent(session, commandSchema.parse({ type: 'presenter.setPage', activityId: 'nope', page: 1 }), { now: 1, newId: () => 'x' });
    expect(unknown.ok).toBe(false);
  });

  it('trims a message, refuses one over 200 characters, and treats an empty one as none', () => {
    let session = run(newSession(), { type: 'presenter.setMessage', message: '  Break: back at 10:45  ' });
    expect(session.presenter.message).toBe('Break: back at 10:45');
    expect(commandSchema.safeParse({ type: 'presenter.setMessage', message: 'x'.repeat(201) }).success).toBe(false);
    expect(commandSchema.safeParse({ type: 'presenter.setMessage', message: 'x'.repeat(200) }).success).toBe(true);
    session = run(session, { type: 'presenter.setMessage', message: '   ' });
    expect(session.presenter.message).toBeNull();
  });

  it('returns to live in one command: no black, no message, no freeze', () => {
    let session = run(newSession(), { type: 'presenter.setFrozen', frozen: true });
    session = run(session, { type: 'presenter.setMessage', message: '5 minutes left' });
    session = run(session, { type: 'presenter.setScreen', screen: 'black' });
    session = run(session, { type: 'presenter.returnToLive' });
    expect(session.presenter).toEqual({ screen: 'live', theme: 'dark', frozenActivityId: null, message: null });
  });

  it('keeps the sound setting and the room state in the saved file', () => {
    let session = run(newSession(), { type: 'settings.setTimerEndSound', on: true });
    session = run(session, { type: 'presenter.setFrozen', frozen: true });
    session = run(session, { type: 'presenter.setMessage', message: 'Back in 5 minutes' });
    const parsed = parseSessionFile(serializeSessionFile(session, 3000));
    expect(parsed.ok && parsed.session.settings).toEqual({ timerEndSound: true });
    expect(parsed.ok && parsed.session.presenter).toEqual(session.presenter);
  });

  it('refuses a file frozen on an activity that is not in the agenda', () => {
    const session = newSession();
    const bad = { ...session, presenter: { ...session.presenter, frozenActivityId: 'gone' } };
    const parsed = parseSessionFile(serializeSessionFile(bad, 3000));
    expect(parsed.ok).toBe(false);
  });
});
