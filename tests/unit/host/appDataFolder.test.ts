import { mkdir, readdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHost } from '../../../electron/host/createHost';
import type { Host } from '../../../electron/host/hostTypes';
import { defaultBrowserDataDir } from '../../../electron/server/browserServer';
import { connectWindow, fakeClock, sequentialIds, startWorkshop } from '../helpers/hostHarness';
import type { TestWindow } from '../helpers/hostHarness';
import { makeTempDir } from '../helpers/tempDir';

/**
 * Groundwork's own data folder (recovery copies, settings, link secrets) is
 * out of reach of every file verb, as `npm run serve` lays it out (inside the
 * workspace, hidden) and as the desktop app does (beside it, or holding the
 * fallback workspace).
 */
let temp: { dir: string; cleanup: () => Promise<void> };
let hosts: Host[];

beforeEach(async () => {
  temp = await makeTempDir();
  hosts = [];
});
afterEach(async () => {
  for (const host of hosts) await host.close();
  await temp.cleanup();
});

function start(options: Parameters<typeof createHost>[0]): TestWindow {
  const host = createHost({ now: fakeClock().now, newId: sequentialIds(), ...options });
  hosts.push(host);
  return connectWindow(host, 'control');
}

async function refusal(window: TestWindow, verb: string, args: unknown): Promise<string> {
  const outcome = await window.call(verb, args);
  if (outcome.ok) throw new Error(`${verb} ${JSON.stringify(args)} was accepted`);
  expect(outcome.error.code).toBe('forbidden');
  return outcome.error.message;
}

describe('browser mode, data folder inside the workspace', () => {
  let workspace: string;
  let dataDir: string;
  let control: TestWindow;

  beforeEach(async () => {
    workspace = path.join(temp.dir, 'workspace');
    await mkdir(workspace);
    dataDir = defaultBrowserDataDir(workspace);
    control = start({ mode: 'browser', workspaceDir: workspace, dataDir });
    await startWorkshop(control);
  });

  it('refuses to save a session into the recovery folder or the data folder', async () => {
    await hosts[0]?.flush();
    const before = await readdir(path.join(dataDir, 'recovery'));
    for (const requested of ['.groundwork-data/recovery/mine', '.groundwork-data/recovery/1', '.groundwork-data/x']) {
      expect(await refusal(control, 'session.saveAs', { path: requested })).toBe(
        `"${requested}.groundwork" is in Groundwork's own data folder, where it keeps recovery copies and settings. Choose a folder of your own.`,
      );
    }
    expect(await readdir(path.join(dataDir, 'recovery'))).toEqual(before);
  });

  it('refuses a link in the workspace that leads into the data folder', async () => {
    await symlink(path.join(dataDir, 'recovery'), path.join(workspace, 'shortcut'));
    expect(await refusal(control, 'session.saveAs', { path: 'shortcut/mine' })).toContain("is in Groundwork's own data folder");
  });

  it('refuses to make it the workshop folder, to export a report into it, or to list it', async () => {
    expect(await refusal(control, 'settings.setWorkshopFolder', { folder: '.groundwork-data/recovery' })).toContain("Groundwork's own data folder");
    expect(await refusal(control, 'settings.setWorkshopFolder', { folder: '.groundwork-data' })).toContain("Groundwork's own data folder");
    expect(await refusal(control, 'report.export', { audience: 'client', path: '.groundwork-data/recovery/report' })).toContain("Groundwork's own data folder");
    expect(await refusal(control, 'files.list', { folder: '.groundwork-data/recovery' })).toContain("Groundwork's own data folder");
    expect((await readdir(path.join(dataDir, 'recovery'))).filter((name) => name.endsWith('.md'))).toEqual([]);
  });

  it('still saves anywhere else in the workspace', async () => {
    expect(await control.ok('session.saveAs', { path: 'Retro' })).toMatchObject({ file: { path: 'Retro.groundwork' } });
  });
});

describe('desktop', () => {
  it('refuses the recovery copy on the recent list, and the data folder chosen in a dialog', async () => {
    const workspace = path.join(temp.dir, 'Documents', 'Groundwork');
    const dataDir = path.join(temp.dir, 'userData');
    await mkdir(workspace, { recursive: true });
    let chosen = path.join(dataDir, 'recovery', 'mine.groundwork');
    const control = start({
      mode: 'desktop',
      workspaceDir: workspace,
      dataDir,
      dialogs: {
        chooseWhereToSave: () => Promise.resolve(chosen),
        chooseSessionToOpen: () => Promise.resolve(null),
        chooseWhereToExportReport: () => Promise.resolve(chosen),
      },
    });
    await startWorkshop(control);
    await control.ok('session.dispatch', { type: 'note.capture', activityId: 'opening-perceptions', text: 'kept' });
    await hosts[0]?.flush();
    const before = await readdir(path.join(dataDir, 'recovery'));
    const recoveryCopy = before.find((name) => name.endsWith('.groundwork'));
    const copy = path.join(dataDir, 'recovery', recoveryCopy ?? '');
    expect(await refusal(control, 'session.saveAs', { path: copy })).toContain("Groundwork's own data folder");
    expect(await refusal(control, 'session.saveAs', {})).toContain("Groundwork's own data folder");
    chosen = path.join(dataDir, 'report');
    expect(await refusal(control, 'report.export', { audience: 'client' })).toContain("Groundwork's own data folder");
    expect(await refusal(control, 'settings.setWorkshopFolder', { folder: dataDir })).toContain("Groundwork's own data folder");
    // Nothing the refused verbs named was written: the folder holds what the autosave had put there, no more.
    expect(await readdir(path.join(dataDir, 'recovery'))).toEqual(before);
  });

  it('keeps the fallback workspace inside the data folder usable', async () => {
    const dataDir = path.join(temp.dir, 'userData');
    const workspace = path.join(dataDir, 'Workspace');
    await mkdir(workspace, { recursive: true });
    const control = start({
      mode: 'desktop',
      workspaceDir: workspace,
      dataDir,
      dialogs: { chooseWhereToSave: () => Promise.resolve(path.join(workspace, 'Retro.groundwork')), chooseSessionToOpen: () => Promise.resolve(null) },
    });
    await startWorkshop(control);
    expect(await control.ok('session.save')).toMatchObject({ file: { name: 'Retro.groundwork' } });
    expect(await refusal(control, 'settings.setWorkshopFolder', { folder: path.join(dataDir, 'recovery') })).toContain("Groundwork's own data folder");
  });
});
