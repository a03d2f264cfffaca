import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SaveState } from '../../../shared/protocol/hostStatus';
import { parseSessionFile } from '../../../shared/session/sessionFile';
import { faultyFileSystem } from '../helpers/faultyFileSystem';
import type { FaultyFileSystem } from '../helpers/faultyFileSystem';
import { connectWindow, makeHost, startWorkshop } from '../helpers/hostHarness';
import type { HostHarness } from '../helpers/hostHarness';
import { noteIds, noteIn } from '../../support/noteTables';

let h: HostHarness;
let disk: FaultyFileSystem;

async function setup(): Promise<void> {
  disk = faultyFileSystem();
  h = await makeHost({ fileSystem: disk.fs, autosaveRetryMs: 60_000 });
  await startWorkshop(h.control);
  await h.control.ok('session.saveAs', { path: 'live.groundwork' });
  await h.host.flush();
}

afterEach(async () => {
  disk.release();
  await h.cleanup();
});

function saveStates(): SaveState[] {
  return h.control.pushes.flatMap((message) => (message.kind === 'status' ? [message.status.save] : []));
}

async function notesOnDisk(): Promise<string[]> {
  const parsed = parseSessionFile(await readFile(path.join(h.workspace, 'live.groundwork'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problem);
  return noteIds(parsed.session.notes).map((id) => noteIn(parsed.session.notes, id)?.text ?? '?');
}

function capture(text: string): Promise<unknown> {
  return h.control.ok('session.dispatch', { type: 'note.capture', activityId: 'opening-perceptions', text });
}

describe('write-behind autosave', () => {
  it('reports saving, then saved only after the bytes are flushed', async () => {
    await setup();
    h.control.pushes.length = 0;
    await capture('one');
    await h.host.flush();
    expect(saveStates()).toEqual([{ state: 'saving' }, { state: 'saved', at: h.clock.now() }]);
    const order = disk.calls.map((call) => call.split(' ')[0]);
    expect(order.slice(-5)).toEqual(['link', 'rename', 'unlink', 'rename', 'folderFsync']);
    expect(await notesOnDisk()).toEqual(['one']);
  });

  it('keeps one write in flight and carries later changes in the next write', async () => {
    await setup();
    const before = disk.writesStarted();
    disk.hold();
    await capture('one');
    await disk.writeHeld();
    for (const text of ['two', 'three', 'four', 'five']) await capture(text);
    expect(disk.writesStarted() - before).toBe(1);
    expect(saveStates().at(-1)).toEqual({ state: 'saving' });
    disk.release();
    await h.host.flush();
    expect(disk.writesStarted() - before).toBe(2);
    expect(await notesOnDisk()).toEqual(['one', 'two', 'three', 'four', 'five']);
    expect(saveStates().at(-1)).toEqual({ state: 'saved', at: h.clock.now() });
  });

  it('an explicit save resolves only once the data is durable', async () => {
    await setup();
    disk.hold();
    await capture('important');
    let resolved = false;
    const saving = h.control.ok('session.save').then(() => (resolved = true));
    // The host answers calls in turn, so once another window's call is answered it has taken the save; with its bytes
    // held on the way to the disk the save cannot be durable, so it must not have answered.
    await disk.writeHeld();
    await connectWindow(h.host, 'presenter').ok('session.snapshot');
    expect(resolved).toBe(false);
    disk.release();
    await saving;
    expect(await notesOnDisk()).toEqual(['important']);
  });

  it.each([
    ['ENOSPC', 'Not saved: the disk is full'],
    ['EACCES', 'Not saved: Groundwork is not allowed to write to that folder'],
    ['EIO', 'Not saved: the disk reported an error (was it unplugged?)'],
    ['ENOENT', 'Not saved: the folder is no longer there'],
  ])('on %s it says "%s", never saved, keeps the session and catches up later', async (code, reason) => {
    await setup();
    await capture('safe');
    await h.host.flush();
    h.control.pushes.length = 0;
    disk.fail('write', code);
    await capture('at risk');
    await h.host.flush();
    expect(saveStates()).toEqual([{ state: 'saving' }, { state: 'error', reason, at: h.clock.now() }]);
    expect(await notesOnDisk()).toEqual(['safe']);
    const snapshot = await h.control.snapshot();
    expect(snapshot.status.save).toEqual({ state: 'error', reason, at: h.clock.now() });
    expect(noteIds(snapshot.session?.notes)).toHaveLength(2);

    disk.clear();
    await capture('after the fix');
    await h.host.flush();
    expect(saveStates().at(-1)).toEqual({ state: 'saved', at: h.clock.now() });
    expect(await notesOnDisk()).toEqual(['safe', 'at risk', 'after the fix']);
  });

  it('an explicit save that fails is reported as a failure, not as saved', async () => {
    await setup();
    disk.fail('fsync', 'ENOSPC');
    const outcome = await h.control.call('session.save', {});
    expect(outcome).toEqual({ ok: false, error: { code: 'file', message: 'Not saved: the disk is full' } });
    expect(saveStates().at(-1)).toMatchObject({ state: 'error' });
  });

  it('retries by itself after a failure, with no new change needed', async () => {
    disk = faultyFileSystem();
    h = await makeHost({ fileSystem: disk.fs, autosaveRetryMs: 30 });
    await startWorkshop(h.control);
    await h.control.ok('session.saveAs', { path: 'live.groundwork' });
    disk.fail('rename', 'EIO');
    await capture('pending');
    await h.host.flush();
    expect(saveStates().at(-1)).toMatchObject({ state: 'error' });
    const retried = disk.nextWrite();
    disk.clear();
    await retried;
    await h.host.flush();
    expect(saveStates().at(-1)).toEqual({ state: 'saved', at: h.clock.now() });
    expect(await notesOnDisk()).toEqual(['pending']);
  });

  it('a failing Save As keeps saving to the previous file', async () => {
    await setup();
    disk.fail('open', 'EACCES');
    const outcome = await h.control.call('session.saveAs', { path: 'elsewhere.groundwork' });
    expect(outcome).toEqual({
      ok: false,
      error: { code: 'file', message: 'Not saved: Groundwork is not allowed to write to that folder. The session is still open and saving where it was before.' },
    });
    disk.clear();
    await capture('still here');
    await h.host.flush();
    expect(await notesOnDisk()).toEqual(['still here']);
    expect((await h.control.snapshot()).status.file).toEqual({ path: 'live.groundwork', name: 'live.groundwork' });
  });

  it('will not open another session over changes that are not on disk', async () => {
    await setup();
    disk.fail('write', 'ENOSPC');
    await capture('unsaved');
    await h.host.flush();
    const outcome = await h.control.call('session.create', { workshopId: 'management-and-leadership', group: 'Next', date: '2026-11-29' });
    expect(outcome.ok === false && outcome.error.message).toMatch(/^Not saved: the disk is full\. The open session has changes that are not on disk/);
    expect((await h.control.snapshot()).session?.meta.group).toBe('Ops leads');
  });
});
