import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PushMessage } from '../../../shared/protocol/messages';
import { sessionReducer } from '../../../shared/session/sessionSlice';
import { parseSessionFile } from '../../../shared/session/sessionFile';
import type { SessionState } from '../../../shared/session/types';
import { UNDO_LIMIT } from '../../../electron/host/undoHistory';
import { connectWindow, makeHost, startWorkshop } from '../helpers/hostHarness';
import type { HostHarness, TestWindow } from '../helpers/hostHarness';
import { noteIds, noteIn } from '../../support/noteTables';

let h: HostHarness;
const ACTIVITY = 'opening-perceptions';

beforeEach(async () => {
  h = await makeHost();
  await startWorkshop(h.control);
});
afterEach(async () => {
  await h.cleanup();
});

async function session(window: TestWindow = h.control): Promise<SessionState> {
  const snapshot = await window.snapshot();
  if (!snapshot.session) throw new Error('no session');
  return snapshot.session;
}

async function capture(text: string): Promise<string> {
  await h.control.ok('session.dispatch', { type: 'note.capture', activityId: ACTIVITY, text });
  const notes = (await session()).notes;
  return noteIds(notes).at(-1) as string;
}

/** A window's replica: the snapshot it joined with (or was pushed last), then every event after it, through the shared reducer. */
function replica(joined: SessionState | null, pushes: readonly PushMessage[]): SessionState | null {
  let state = joined;
  for (const message of pushes) {
    if (message.kind === 'snapshot') state = message.snapshot.session;
    if (message.kind === 'event') state = sessionReducer(state, message.event);
  }
  return state;
}

function lastHistory(pushes: readonly PushMessage[]) {
  const statuses = pushes.flatMap((message) => (message.kind === 'status' ? [message.status] : message.kind === 'snapshot' ? [message.snapshot.status] : []));
  return statuses.at(-1)?.history;
}

describe('undo and redo through the host', () => {
  it('brings a deleted note back on every window long after the toast, and redo deletes it again', async () => {
    const other = connectWindow(h.host, 'control');
    const joined = (await other.snapshot()).session;
    await capture('Plans and budgets');
    const id = await capture('Feedback weekly');
    await h.control.ok('session.dispatch', { type: 'note.delete', noteId: id });
    h.clock.advance(60_000);
    expect(lastHistory(h.control.pushes)?.undo?.label).toBe('delete note “Feedback weekly”');

    await h.control.ok('session.dispatch', { type: 'session.undo' });
    expect(noteIn((await session()).notes, id)?.deletedAt).toBeNull();
    expect(noteIn(replica(joined, other.pushes)?.notes, id)?.deletedAt).toBeNull();
    expect(lastHistory(other.pushes)).toEqual({ undo: { step: expect.any(Number) as number, label: 'add note “Feedback weekly”' }, redo: { step: expect.any(Number) as number, label: 'delete note “Feedback weekly”' } });

    await h.control.ok('session.dispatch', { type: 'session.redo' });
    expect(noteIn((await session()).notes, id)?.deletedAt).not.toBeNull();
    expect(replica(joined, other.pushes)).toEqual(await session());
  });

  it('saves what undo put back', async () => {
    const id = await capture('Feedback weekly');
    await h.control.ok('session.dispatch', { type: 'note.edit', noteId: id, text: 'Feedback monthly' });
    await h.control.ok('session.dispatch', { type: 'session.undo' });
    await h.host.flush();
    const saved = (await session()).meta.id;
    const file = path.join(h.dataDir, 'recovery', `${saved}.groundwork`);
    const parsed = parseSessionFile(await readFile(file, 'utf8'));
    expect(parsed.ok && noteIn(parsed.session.notes, id)?.text).toBe('Feedback weekly');
  });

  it('a reloaded window sees the same history (the host keeps it)', async () => {
    await capture('Feedback weekly');
    h.control.connection.disconnect();
    const reloaded = connectWindow(h.host, 'control');
    expect((await reloaded.snapshot()).status.history?.undo?.label).toBe('add note “Feedback weekly”');
    await reloaded.ok('session.dispatch', { type: 'session.undo' });
    expect(noteIds((await session(reloaded)).notes)).toHaveLength(0);
  });

  it('timers and the black screen are not steps: undo skips over them to the last change of content', async () => {
    await capture('Feedback weekly');
    await h.control.ok('session.dispatch', { type: 'timer.start', activityId: ACTIVITY });
    await h.control.ok('session.dispatch', { type: 'presenter.setScreen', screen: 'black' });
    await h.control.ok('session.dispatch', { type: 'session.undo' });
    const after = await session();
    expect(noteIds(after.notes)).toHaveLength(0);
    expect(after.presenter.screen).toBe('black');
    expect(after.timers[ACTIVITY]?.startedAt).not.toBeNull();
  });

  it('a new change clears what could be redone', async () => {
    await capture('Feedback weekly');
    await h.control.ok('session.dispatch', { type: 'session.undo' });
    await capture('Plans');
    expect(lastHistory(h.control.pushes)?.redo).toBeNull();
    const outcome = await h.control.call('session.dispatch', { type: 'session.redo' });
    expect(outcome).toEqual({ ok: false, error: { code: 'invalid', message: 'Nothing to redo: Redo brings back what Undo took away, until a new change is made.' } });
  });

  it('says so in a sentence when there is nothing to undo', async () => {
    const outcome = await h.control.call('session.dispatch', { type: 'session.undo' });
    expect(outcome).toEqual({ ok: false, error: { code: 'invalid', message: 'Nothing to undo: no change has been made since this session was opened.' } });
  });

  it(`keeps the last ${UNDO_LIMIT} steps and says so when undo reaches past them`, async () => {
    for (let n = 0; n < UNDO_LIMIT + 5; n += 1) await capture(`Note ${n}`);
    for (let n = 0; n < UNDO_LIMIT; n += 1) await h.control.ok('session.dispatch', { type: 'session.undo' });
    expect(noteIds((await session()).notes)).toHaveLength(5);
    const outcome = await h.control.call('session.dispatch', { type: 'session.undo' });
    expect(outcome.ok === false && outcome.error.message).toBe(
      `Nothing more to undo: Groundwork keeps the last ${UNDO_LIMIT} changes of a session, and every one of them is undone.`,
    );
  });

  it('a toast’s Undo names its step and is refused once a newer change came after it', async () => {
    const id = await capture('Feedback weekly');
    await h.control.ok('session.dispatch', { type: 'note.delete', noteId: id });
    const deleteStep = lastHistory(h.control.pushes)?.undo?.step;
    await capture('Plans');
    const outcome = await h.control.call('session.dispatch', { type: 'session.undo', step: deleteStep });
    expect(outcome.ok === false && outcome.error.message).toBe(
      'That change was not undone because newer changes came after it. Undo steps back from the newest change: add note “Plans”.',
    );
    expect(noteIn((await session()).notes, id)?.deletedAt).not.toBeNull();
  });

  it('a toast’s Undo of a step already undone by key says so and changes nothing', async () => {
    const id = await capture('Feedback weekly');
    await h.control.ok('session.dispatch', { type: 'note.delete', noteId: id });
    const deleteStep = lastHistory(h.control.pushes)?.undo?.step;
    await h.control.ok('session.dispatch', { type: 'session.undo' });
    const outcome = await h.control.call('session.dispatch', { type: 'session.undo', step: deleteStep });
    expect(outcome.ok === false && outcome.error.message).toBe('That change is already undone.');
    expect(noteIn((await session()).notes, id)?.deletedAt).toBeNull();
    expect(noteIds((await session()).notes)).toEqual([id]);
  });

  it('forgets the history when another session is opened', async () => {
    await capture('Feedback weekly');
    await startWorkshop(h.control, 'Night shift');
    expect((await h.control.snapshot()).status.history).toBeUndefined();
    const outcome = await h.control.call('session.dispatch', { type: 'session.undo' });
    expect(outcome.ok === false && outcome.error.message).toBe('Nothing to undo: no change has been made since this session was opened.');
  });

  it('only the control window may undo or redo', async () => {
    await capture('Feedback weekly');
    for (const role of ['presenter'] as const) {
      const window = connectWindow(h.host, role);
      for (const type of ['session.undo', 'session.redo']) {
        const outcome = await window.call('session.dispatch', { type });
        expect(outcome.ok).toBe(false);
        expect(outcome.ok === false && outcome.error.code).toBe('forbidden');
      }
    }
    expect(noteIds((await session()).notes)).toHaveLength(1);
  });

  it('refuses a malformed undo with a sentence', async () => {
    const outcome = await h.control.call('session.dispatch', { type: 'session.undo', step: 'last' });
    expect(outcome.ok === false && outcome.error.code).toBe('invalid');
  });
});
