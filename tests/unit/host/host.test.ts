import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSessionFile } from '../../../shared/session/sessionFile';
import type { SessionState } from '../../../shared/session/types';
import { readTimer } from '../../../shared/session/timer';
import { connectWindow, makeHost, startWorkshop } from '../helpers/hostHarness';
import type { HostHarness } from '../helpers/hostHarness';
import { noteIds, noteIn } from '../../support/noteTables';

let h: HostHarness;

beforeEach(async () => {
  h = await makeHost();
});
afterEach(async () => {
  await h.cleanup();
});

async function session(): Promise<SessionState> {
  const snapshot = await h.control.snapshot();
  if (!snapshot.session) throw new Error('no session');
  return snapshot.session;
}

async function readDisk(file: string): Promise<SessionState> {
  const parsed = parseSessionFile(await readFile(file, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.session;
}

describe('starting a session', () => {
  it('creates an untitled session from the built-in workshop and pushes it to every window (the projector: its title screen)', async () => {
    const other = connectWindow(h.host, 'control');
    const presenter = connectWindow(h.host, 'presenter');
    await startWorkshop(h.control, 'Ops leads', '2026-11-28');
    const pushed = other.pushes.find((message) => message.kind === 'snapshot');
    expect(pushed?.kind === 'snapshot' && pushed.snapshot.session?.meta).toMatchObject({
      id: 'id-1',
      group: 'Ops leads',
      date: '2026-11-28',
      title: 'Management and Leadership: two sides of the same job',
      createdAt: h.clock.now(),
    });
    expect(presenter.pushes.at(-1)).toMatchObject({
      kind: 'view',
      view: { screen: 'title', theme: 'dark', title: 'Management and Leadership: two sides of the same job', group: 'Ops leads', date: '2026-11-28', message: null },
    });
    const snapshot = await h.control.snapshot();
    expect(snapshot.status.file).toBeNull();
    expect(snapshot.session?.currentActivityId).toBe('opening-perceptions');
  });

  it('autosaves the untitled session to the recovery folder', async () => {
    await startWorkshop(h.control);
    await h.control.ok('session.dispatch', { type: 'note.capture', activityId: 'opening-perceptions', text: 'Plans and budgets' });
    await h.host.flush();
    const onDisk = await readDisk(path.join(h.dataDir, 'recovery', 'id-1.groundwork'));
    expect(noteIds(onDisk.notes)).toHaveLength(1);
    expect(noteIn(onDisk.notes, 'id-2')?.text).toBe('Plans and budgets');
  });

  it('refuses an unknown workshop and a missing group, with reasons', async () => {
    const unknown = await h.control.call('session.create', { workshopId: 'nope', group: 'A', date: '2026-11-28' });
    expect(unknown).toEqual({ ok: false, error: { code: 'not-found', message: 'There is no workshop "nope".' } });
    const noGroup = await h.control.call('session.create', { workshopId: 'management-and-leadership', group: '  ', date: '2026-11-28' });
    expect(noGroup).toEqual({ ok: false, error: { code: 'invalid', message: 'Enter the group name.' } });
    const badDate = await h.control.call('session.create', { workshopId: 'management-and-leadership', group: 'A', date: '28/11/2026' });
    expect(badDate.ok === false && badDate.error.message).toBe('Use a date like 2026-11-28.');
    expect((await h.control.snapshot()).session).toBeNull();
  });
});

describe('dispatching commands', () => {
  beforeEach(async () => {
    await startWorkshop(h.control);
  });

  it('stamps events with the host clock and ids, bumps rev and pushes the event', async () => {
    const other = connectWindow(h.host, 'control');
    const before = (await h.control.snapshot()).rev;
    h.clock.advance(5000);
    const result = await h.control.ok<{ rev: number }>('session.dispatch', { type: 'note.capture', activityId: 'opening-perceptions', text: ' Trust ' });
    expect(result.rev).toBe(before + 1);
    expect(other.pushes).toContainEqual({
      kind: 'event',
      rev: before + 1,
      event: { type: 'session/noteCaptured', payload: { id: 'id-2', activityId: 'opening-perceptions', text: 'Trust', at: h.clock.now(), columnId: 'manager', position: null, attribution: null, commitment: null } },
      // The title screen is up, so the room sees no change: the room revision stays where it was.
      roomRev: before,
    });
  });

  it('runs the timer on host time', async () => {
    await h.control.ok('session.dispatch', { type: 'timer.start', activityId: 'opening-perceptions' });
    h.clock.advance(65_000);
    const timer = (await session()).timers['opening-perceptions'];
    if (!timer) throw new Error('no timer');
    const planned = (await session()).agenda.find((activity) => activity.id === 'opening-perceptions')?.plannedMinutes ?? 0;
    expect(readTimer(timer, h.clock.now()).remainingMs).toBe(planned * 60_000 - 65_000);
  });

  it.each<[string, string, unknown, string, string]>([
    ['an unknown verb', 'session.explode', {}, 'invalid', 'Groundwork does not know the request "session.explode".'],
    ['an unknown command', 'session.dispatch', { type: 'note.shout' }, 'invalid', 'Groundwork does not know that command.'],
    ['a command with a missing field', 'session.dispatch', { type: 'note.capture', activityId: 'opening-perceptions' }, 'invalid', 'The request "session.dispatch" has a bad "text": Invalid input: expected string, received undefined.'],
    ['an extra field', 'session.dispatch', { type: 'activity.next', sneaky: 1 }, 'invalid', 'The request "session.dispatch" has unexpected fields: sneaky.'],
    ['a 1 MB note', 'session.dispatch', { type: 'note.capture', activityId: 'opening-perceptions', text: 'x'.repeat(1024 * 1024) }, 'invalid', 'A note can be at most 2000 characters.'],
    ['a note for an unknown activity', 'session.dispatch', { type: 'note.capture', activityId: 'nope', text: 'hi' }, 'invalid', 'There is no activity "nope" in this session.'],
    ['a non-object payload', 'session.dispatch', 'note', 'invalid', 'The request "session.dispatch" was not valid: Invalid input: expected object, received string.'],
  ])('refuses %s clearly and changes nothing', async (_name, verb, args, code, message) => {
    const before = await h.control.snapshot();
    const pushesBefore = h.control.pushes.length;
    expect(await h.control.call(verb, args)).toEqual({ ok: false, error: { code, message } });
    const after = await h.control.snapshot();
    expect(after.rev).toBe(before.rev);
    expect(after.session).toEqual(before.session);
    expect(h.control.pushes.length).toBe(pushesBefore);
  });

  it('refuses every change from the presenter window', async () => {
    const presenter = connectWindow(h.host, 'presenter');
    const before = await h.control.snapshot();
    const outcome = await presenter.call('session.dispatch', { type: 'presenter.setBlackout', blackout: true });
    expect(outcome).toEqual({ ok: false, error: { code: 'forbidden', message: 'The presenter window is not allowed to do that ("session.dispatch").' } });
    expect((await presenter.call('session.open', { path: 'x.groundwork' })).ok).toBe(false);
    expect((await presenter.call('session.close', {})).ok).toBe(false);
    expect((await h.control.snapshot()).session).toEqual(before.session);
    expect((await presenter.ok<{ rev: number }>('session.snapshot')).rev).toBe(before.rev);
  });

  it('stops pushing to a window once it disconnects', async () => {
    const presenter = connectWindow(h.host, 'presenter');
    presenter.connection.disconnect();
    await h.control.ok('session.dispatch', { type: 'activity.next' });
    expect(presenter.pushes).toEqual([]);
  });
});

describe('call order', () => {
  it('runs one window\'s calls in the order sent, so a note sent right after create lands in the new session', async () => {
    const create = h.control.call('session.create', { workshopId: 'management-and-leadership', group: 'Fast', date: '2026-11-28' });
    const note = h.control.call('session.dispatch', { type: 'note.capture', activityId: 'opening-perceptions', text: 'quick' });
    expect((await create).ok).toBe(true);
    expect((await note).ok).toBe(true);
    expect(noteIds((await session()).notes)).toHaveLength(1);
  });
});

describe('without a session', () => {
  it('explains that a session must be started first', async () => {
    expect(await h.control.call('session.dispatch', { type: 'activity.next' })).toEqual({
      ok: false,
      error: { code: 'no-session', message: 'No session is open. Start or open one first.' },
    });
  });
});

describe('save, reopen and restore', () => {
  it('a reopened session has the same agenda, current activity, timer and notes', async () => {
    await startWorkshop(h.control);
    // A new session opens on its title screen; the first Next shows the first activity.
    await h.control.ok('session.dispatch', { type: 'activity.next' });
    await h.control.ok('session.dispatch', { type: 'timer.start', activityId: 'opening-perceptions' });
    await h.control.ok('session.dispatch', { type: 'note.capture', activityId: 'opening-perceptions', text: 'First thought' });
    h.clock.advance(90_000);
    await h.control.ok('session.dispatch', { type: 'activity.next' });
    await h.control.ok('session.dispatch', { type: 'timer.adjust', activityId: 'administration-vs-influence', deltaMs: 60_000 });
    await h.control.ok('session.dispatch', { type: 'note.capture', activityId: 'administration-vs-influence', text: 'Second' });
    const saved = await h.control.ok('session.saveAs', { path: 'ops-leads' });
    expect(saved).toEqual({ file: { path: 'ops-leads.groundwork', name: 'ops-leads.groundwork' }, cancelled: false });
    const original = await session();
    await h.host.close();

    const again = connectWindow(h.restart(), 'control');
    const opened = await again.ok('session.open', { path: 'ops-leads.groundwork' });
    expect(opened).toEqual({ file: { path: 'ops-leads.groundwork', name: 'ops-leads.groundwork' }, cancelled: false, migratedFrom: null });
    const restored = (await again.snapshot()).session;
    expect(restored).toEqual(original);
    expect(restored?.currentActivityId).toBe('administration-vs-influence');
    expect(restored?.timers['opening-perceptions']).toMatchObject({ usedMs: 90_000, startedAt: null });
    expect(noteIds(restored?.notes)?.map((id) => noteIn(restored?.notes, id)?.text)).toEqual(['First thought', 'Second']);
  });

  it('once saved under a name, changes autosave to that file and the recovery copy is removed', async () => {
    await startWorkshop(h.control);
    await h.host.flush();
    await h.control.ok('session.saveAs', { path: 'named.groundwork' });
    expect(await readdir(path.join(h.dataDir, 'recovery'))).toEqual([]);
    await h.control.ok('session.dispatch', { type: 'note.capture', activityId: 'opening-perceptions', text: 'after naming' });
    await h.host.flush();
    expect(noteIds((await readDisk(path.join(h.workspace, 'named.groundwork'))).notes)).toHaveLength(1);
    expect((await h.control.snapshot()).status).toEqual({
      file: { path: 'named.groundwork', name: 'named.groundwork' },
      save: { state: 'saved', at: h.clock.now() },
      history: { undo: { step: expect.any(Number) as number, label: 'add note “after naming”' }, redo: null },
    });
  });

  it('reopening the file that is open keeps changes made just before', async () => {
    await startWorkshop(h.control);
    await h.control.ok('session.saveAs', { path: 'same.groundwork' });
    await h.control.ok('session.dispatch', { type: 'note.capture', activityId: 'opening-perceptions', text: 'last second' });
    await h.control.ok('session.open', { path: 'same.groundwork' });
    expect(noteIds((await session()).notes)).toHaveLength(1);
  });

  it('a failed open leaves the file byte for byte and the open session in place', async () => {
    await startWorkshop(h.control);
    const bytes = '{"app":"groundwork","schemaVersion":1,"savedAt":1,"session":{"meta":';
    await writeFile(path.join(h.workspace, 'broken.groundwork'), bytes);
    const before = await h.control.snapshot();
    const outcome = await h.control.call('session.open', { path: 'broken.groundwork' });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe('file');
    expect(outcome.error.message).toMatch(/^"broken\.groundwork" could not be opened: it is not valid JSON .*truncated/);
    expect(await readFile(path.join(h.workspace, 'broken.groundwork'), 'utf8')).toBe(bytes);
    expect((await readdir(h.workspace)).sort()).toEqual(['broken.groundwork']);
    expect((await h.control.snapshot()).session).toEqual(before.session);
  });
});
