import { lstat, mkdir, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeHost, startWorkshop } from '../helpers/hostHarness';
import type { HostHarness } from '../helpers/hostHarness';
import { notesIn } from '../../support/noteTables';

let h: HostHarness;

beforeEach(async () => {
  h = await makeHost({ autosaveRetryMs: 60_000 });
});
afterEach(async () => {
  await h.cleanup();
});

describe('autosave checks where a file really is on every write', () => {
  it('does not follow a folder replaced by a link out of the workspace', async () => {
    await startWorkshop(h.control);
    await mkdir(path.join(h.workspace, 'team'));
    await h.control.ok('session.saveAs', { path: 'team/Retro' });
    const outside = path.join(path.dirname(h.workspace), 'outside');
    await mkdir(outside);
    await rename(path.join(h.workspace, 'team'), path.join(h.workspace, 'team-before'));
    await symlink(outside, path.join(h.workspace, 'team'));

    await h.control.ok('session.dispatch', { type: 'note.capture', activityId: 'opening-perceptions', text: 'Said after the swap' });
    await h.host.flush();

    expect(await readdir(outside)).toEqual([]);
    const { status, session } = await h.control.snapshot();
    expect(status.save).toMatchObject({
      state: 'error',
      reason:
        'Not saved: the folder "team" now leads outside the workspace (it was replaced by a link), so Groundwork will not write there. Use Save As to choose a folder in the workspace. A copy is safe in Groundwork\'s recovery folder',
    });
    expect(notesIn(session?.notes).map((note) => note.text)).toEqual(['Said after the swap']);
    const [copy] = (await readdir(path.join(h.dataDir, 'recovery'))).filter((name) => name.startsWith('Retro-'));
    expect(await readFile(path.join(h.dataDir, 'recovery', copy ?? ''), 'utf8')).toContain('Said after the swap');

    // Save As into the workspace again: saved, and the session is whole.
    expect(await h.control.ok('session.saveAs', { path: 'Retro again' })).toMatchObject({ file: { path: 'Retro again.groundwork' } });
    expect(await readFile(path.join(h.workspace, 'Retro again.groundwork'), 'utf8')).toContain('Said after the swap');
  });

  it('refuses a session file replaced by a link to a file outside, and leaves both alone', async () => {
    await startWorkshop(h.control);
    await h.control.ok('session.saveAs', { path: 'Retro' });
    const outsideFile = path.join(path.dirname(h.workspace), 'precious.txt');
    await writeFile(outsideFile, 'not yours');
    await rm(path.join(h.workspace, 'Retro.groundwork'));
    await symlink(outsideFile, path.join(h.workspace, 'Retro.groundwork'));

    await h.control.ok('session.dispatch', { type: 'note.capture', activityId: 'opening-perceptions', text: 'Said after the swap' });
    await h.host.flush();

    expect(await readFile(outsideFile, 'utf8')).toBe('not yours');
    expect((await lstat(path.join(h.workspace, 'Retro.groundwork'))).isSymbolicLink()).toBe(true);
    expect((await h.control.snapshot()).status.save).toMatchObject({ state: 'error', reason: expect.stringContaining('leads outside the workspace') as string });
  });
});
