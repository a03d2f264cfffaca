import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectWindow, makeHost, startWorkshop } from '../helpers/hostHarness';
import type { HostHarness } from '../helpers/hostHarness';

let h: HostHarness;

beforeEach(async () => {
  h = await makeHost();
});
afterEach(async () => {
  await h.cleanup();
});

describe('Save As only takes names that work on Windows, macOS and Linux', () => {
  beforeEach(async () => {
    await startWorkshop(h.control);
  });

  it.each(['CON', 'AUX', 'nul', 'COM1.txt', 'LPT1.groundwork'])('refuses the Windows device name %s and writes nothing', async (name) => {
    const outcome = await h.control.call('session.saveAs', { path: name });
    expect(outcome.ok ? null : outcome.error).toMatchObject({ code: 'invalid', message: expect.stringContaining('is a name Windows keeps for a device') as string });
    expect(await readdir(h.workspace)).toEqual([]);
  });

  it.each(['Ops\nleads', 'Ops\tleads'])('refuses a name with a line break or tab (%j)', async (name) => {
    const outcome = await h.control.call('session.saveAs', { path: name });
    expect(outcome.ok ? null : outcome.error).toEqual({ code: 'invalid', message: 'The name contains a line break, a tab or another invisible control character. Type it again on one line.' });
    expect(await readdir(h.workspace)).toEqual([]);
  });

  it('refuses a folder without a file name instead of writing a hidden "sub/.groundwork"', async () => {
    await mkdir(path.join(h.workspace, 'sub'));
    for (const requested of ['sub/', 'sub\\']) {
      const outcome = await h.control.call('session.saveAs', { path: requested });
      expect(outcome.ok ? null : outcome.error?.message).toBe(`"${requested}" names a folder. Add a name for the file after it, for example "sub/Retro".`);
    }
    expect(await readdir(path.join(h.workspace, 'sub'))).toEqual([]);
  });

  it('refuses a report name Windows could not open, and the same folder-only path', async () => {
    await mkdir(path.join(h.workspace, 'sub'));
    const device = await h.control.call('report.export', { audience: 'facilitator', path: 'sub/PRN' });
    expect(device.ok ? null : device.error.message).toContain('"PRN" is a name Windows keeps for a device');
    const folderOnly = await h.control.call('report.export', { audience: 'facilitator', path: 'sub/' });
    expect(folderOnly.ok ? null : folderOnly.error.message).toContain('names a folder');
    expect(await readdir(path.join(h.workspace, 'sub'))).toEqual([]);
  });
});

describe('suggested names drop what would mislead or break', () => {
  it('the default report name of a group with a right-to-left override has none', async () => {
    await startWorkshop(h.control, 'Ops\u202Edm.exe', '2026-11-28');
    expect(await h.control.ok('report.export', { audience: 'client' })).toEqual({ path: 'Opsdm.exe 2026-11-28.md', cancelled: false });
    expect(await readdir(h.workspace)).toEqual(['Opsdm.exe 2026-11-28.md']);
  });

  it('the desktop Save dialog is offered a safe name, and a device name chosen in it is refused', async () => {
    const offered: string[] = [];
    const host = h.restart({
      mode: 'desktop',
      dialogs: {
        chooseWhereToSave: (suggested) => {
          offered.push(suggested);
          return Promise.resolve(path.join(h.workspace, 'aux.groundwork'));
        },
        chooseSessionToOpen: () => Promise.resolve(null),
      },
    });
    const control = connectWindow(host, 'control');
    await startWorkshop(control, 'Night\u202Eshift\tteam', '2026-11-28');
    const outcome = await control.call('session.save');
    expect(offered).toEqual(['Nightshift team 2026-11-28.groundwork']);
    expect(outcome.ok ? null : outcome.error.message).toBe('"aux" is a name Windows keeps for a device, so the file could not be opened there. Add a word, for example "aux notes".');
    expect(await readdir(h.workspace)).toEqual([]);
  });
});
