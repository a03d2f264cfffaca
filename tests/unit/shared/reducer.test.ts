import { describe, expect, it } from 'vitest';
import { commandSchema } from '../../../shared/protocol/commands';
import type { Command } from '../../../shared/protocol/commands';
import { commandToEvent } from '../../../shared/protocol/commandToEvent';
import { sessionReducer } from '../../../shared/session/sessionSlice';
import type { SessionState } from '../../../shared/session/types';
import { MAX_NOTES } from '../../../shared/session/types';
import { projectedNotes, notesForActivity, currentActivity } from '../../../shared/session/selectors';
import { newSession } from './sessionFixtures';
import { noteIds, noteIn, notesTable } from '../../support/noteTables';

const T = 5_000_000;

/** Runs a command the way the host does: validate, turn into an event, reduce. */
function run(state: SessionState, command: Command, now = T, ids: string[] = ['note-1']): { state: SessionState; error: string | null } {
  const valid = commandSchema.parse(command);
  const queue = [...ids];
  const outcome = commandToEvent(state, valid, { now, newId: () => queue.shift() ?? 'extra-id' });
  if (!outcome.ok) return { state, error: outcome.error };
  return { state: outcome.event ? (sessionReducer(state, outcome.event) as SessionState) : state, error: null };
}

function applyAll(state: SessionState, commands: [Command, number?][]): SessionState {
  return commands.reduce((current, [command, now]) => {
    const result = run(current, command, now);
    if (result.error) throw new Error(result.error);
    return result.state;
  }, state);
}

describe('commands through commandToEvent and the session reducer', () => {
  it('activity.go, next and previous move the room and pause the timer being left', () => {
    let state = run(newSession(), { type: 'timer.start', activityId: 'opening' }, T).state;
    state = run(state, { type: 'activity.next' }, T + 60_000).state;
    expect(state.currentActivityId).toBe('administration-vs-influence');
    expect(state.timers.opening).toMatchObject({ startedAt: null, usedMs: 60_000 });
    state = run(state, { type: 'activity.go', activityId: 'close' }, T + 70_000).state;
    expect(currentActivity(state).title).toContain('Close');
    state = run(state, { type: 'activity.previous' }).state;
    expect(state.currentActivityId).toBe('coffee');
  });

  it('previous on the first activity changes nothing; next on the last shows the closing screen, and next there changes nothing', () => {
    const first = newSession();
    expect(run(first, { type: 'activity.previous' }).state).toBe(first);
    const last = run(first, { type: 'activity.go', activityId: 'close' }).state;
    const closing = run(last, { type: 'activity.next' }).state;
    expect(closing.currentActivityId).toBe('close');
    expect(closing.presenter.titleScreen).toBe(true);
    expect(run(closing, { type: 'activity.next' }).state).toBe(closing);
  });

  it('timer.start, pause and adjust keep time by timestamps', () => {
    const state = applyAll(newSession(), [
      [{ type: 'timer.start', activityId: 'opening' }, T],
      [{ type: 'timer.pause', activityId: 'opening' }, T + 90_000],
      [{ type: 'timer.adjust', activityId: 'opening', deltaMs: 60_000 }],
    ]);
    expect(state.timers.opening).toEqual({ plannedMs: 600_000, adjustMs: 60_000, usedMs: 90_000, startedAt: null });
  });

  it('timer.reset keeps the old timer so it can be undone', () => {
    const used = applyAll(newSession(), [
      [{ type: 'timer.start', activityId: 'opening' }, T],
      [{ type: 'timer.reset', activityId: 'opening' }, T + 120_000],
    ]);
    expect(used.timers.opening).toEqual({ plannedMs: 600_000, adjustMs: 0, usedMs: 0, startedAt: null });
    const undone = run(used, { type: 'timer.undoReset', activityId: 'opening' }).state;
    expect(undone.timers.opening).toMatchObject({ usedMs: 120_000, startedAt: null });
    expect(undone.timersBeforeReset).toEqual({});
  });

  it('note.capture stamps the id and time the host gives it and trims the text', () => {
    const state = run(newSession(), { type: 'note.capture', activityId: 'opening', text: '  Managers plan  ' }, T, ['n-7']).state;
    expect(noteIds(state.notes).at(-1)).toBe('n-7');
    expect(noteIn(state.notes, 'n-7')).toEqual({
      id: 'n-7',
      activityId: 'opening',
      text: 'Managers plan',
      hidden: false,
      createdAt: T,
      updatedAt: T,
      deletedAt: null,
      columnId: null,
      position: null,
      attribution: null,
      commitment: null,
    });
  });

  it('note.edit, setHidden, delete and restore change what the projector shows', () => {
    let state = run(newSession(), { type: 'note.capture', activityId: 'opening', text: 'first' }, T, ['n1']).state;
    state = run(state, { type: 'note.edit', noteId: 'n1', text: 'edited' }, T + 1).state;
    expect(noteIn(state.notes, 'n1')).toMatchObject({ text: 'edited', updatedAt: T + 1 });
    state = run(state, { type: 'note.setHidden', noteId: 'n1', hidden: true }, T + 2).state;
    expect(projectedNotes(state, 'opening')).toEqual([]);
    expect(notesForActivity(state, 'opening')).toHaveLength(1);
    state = run(state, { type: 'note.delete', noteId: 'n1' }, T + 3).state;
    expect(notesForActivity(state, 'opening')).toEqual([]);
    state = run(state, { type: 'note.restore', noteId: 'n1' }).state;
    expect(notesForActivity(state, 'opening').map((note) => note.text)).toEqual(['edited']);
  });

  it('presenter.setBlackout and session.editDetails', () => {
    let state = run(newSession(), { type: 'presenter.setBlackout', blackout: true }).state;
    expect(state.presenter.screen).toBe('black');
    state = run(state, { type: 'session.editDetails', group: '  Finance  ', date: '2026-12-01' }).state;
    expect(state.meta).toMatchObject({ group: 'Finance', date: '2026-12-01' });
  });
});

describe('refused commands leave the session as it was', () => {
  const base = run(newSession(), { type: 'note.capture', activityId: 'opening', text: 'kept' }, T, ['n1']).state;
  const deleted = run(base, { type: 'note.delete', noteId: 'n1' }).state;

  it.each<[string, SessionState, Command, string]>([
    ['unknown activity', base, { type: 'activity.go', activityId: 'nope' }, 'There is no activity "nope" in this session.'],
    ['timer of unknown activity', base, { type: 'timer.start', activityId: 'nope' }, 'There is no activity "nope" in this session.'],
    ['undo without a reset', base, { type: 'timer.undoReset', activityId: 'opening' }, 'There is no timer reset to undo.'],
    ['edit of unknown note', base, { type: 'note.edit', noteId: 'zz', text: 'x' }, 'There is no note "zz" in this session.'],
    ['edit of a deleted note', deleted, { type: 'note.edit', noteId: 'n1', text: 'x' }, 'That note was deleted.'],
    ['note for unknown activity', base, { type: 'note.capture', activityId: 'nope', text: 'x' }, 'There is no activity "nope" in this session.'],
  ])('%s', (_name, state, command, message) => {
    const before = structuredClone(state);
    const result = run(state, command);
    expect(result.error).toBe(message);
    expect(result.state).toBe(state);
    expect(state).toEqual(before);
  });

  it('a full session refuses another note', () => {
    const ids = Array.from({ length: MAX_NOTES }, (_, i) => `n${i}`);
    const notes = ids.map((id) => ({ id, activityId: 'opening', text: 't', hidden: false, createdAt: 1, updatedAt: 1, deletedAt: null, columnId: null, position: null, attribution: null, commitment: null }));
    const full: SessionState = { ...newSession(), notes: notesTable(...notes) };
    expect(run(full, { type: 'note.capture', activityId: 'opening', text: 'one more' }).error).toMatch(/20000 notes/);
  });

  it('the schema refuses empty and oversized notes before they reach the reducer', () => {
    expect(commandSchema.safeParse({ type: 'note.capture', activityId: 'opening', text: '   ' }).error?.issues[0]?.message).toBe('A note needs some text.');
    expect(commandSchema.safeParse({ type: 'note.capture', activityId: 'opening', text: 'x'.repeat(2001) }).error?.issues[0]?.message).toBe(
      'A note can be at most 2000 characters.',
    );
    expect(commandSchema.safeParse({ type: 'timer.adjust', activityId: 'opening', deltaMs: 0 }).success).toBe(false);
  });
});
