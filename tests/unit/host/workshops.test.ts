import { chmod, copyFile, mkdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VerbResult } from '../../../shared/protocol/verbs';
import { connectWindow, makeHost } from '../helpers/hostHarness';
import type { HostHarness, TestWindow } from '../helpers/hostHarness';

const root = path.resolve(import.meta.dirname, '../../..');
const exampleFile = path.join(root, 'docs/examples/team-retro.workshop.json');

let h: HostHarness;
afterEach(async () => {
  await h.cleanup();
});

type Listing = VerbResult<'workshops.list'>;
const list = (window: TestWindow = h.control) => window.ok<Listing>('workshops.list');

async function failure(window: TestWindow, verb: string, args: unknown): Promise<{ code: string; message: string }> {
  const outcome = await window.call(verb, args);
  if (outcome.ok) throw new Error(`${verb} unexpectedly succeeded`);
  return { code: outcome.error.code, message: outcome.error.message };
}

function brokenRetro(text: string): string {
  return text.replace('"kind": "vote"', '"kind": "poll"');
}

describe('browser mode: the workshop folder inside the workspace', () => {
  let folder: string;
  beforeEach(async () => {
    h = await makeHost();
    folder = path.join(h.workspace, 'Workshops');
  });

  it('lists only the built-in workshop while the default folder does not exist, and does not create it', async () => {
    const listing = await list();
    expect(listing.folder).toBe('Workshops');
    expect(listing.problems).toEqual([]);
    expect(listing.workshops.map((w) => [w.id, w.origin, w.fileName, w.totalMinutes])).toEqual([['management-and-leadership', 'built-in', null, 90]]);
    await expect(stat(folder)).rejects.toThrow(/ENOENT/);
  });

  it('lists valid files after the built-in ones and reports each bad file with its place and problem', async () => {
    await mkdir(path.join(folder, 'nested'), { recursive: true });
    await copyFile(exampleFile, path.join(folder, 'team-retro.workshop.json'));
    await writeFile(path.join(folder, 'broken.workshop.json'), brokenRetro(await readFile(exampleFile, 'utf8')));
    await writeFile(path.join(folder, 'empty.workshop.json'), '');
    await writeFile(path.join(folder, 'latin1.workshop.json'), Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
    await writeFile(path.join(folder, 'huge.workshop.json'), Buffer.alloc(1024 * 1024 + 1, 0x20));
    await writeFile(path.join(folder, 'notes.json'), '{}');
    await copyFile(exampleFile, path.join(folder, 'nested', 'deep.workshop.json'));

    const listing = await list();
    expect(listing.workshops.map((w) => [w.id, w.origin, w.fileName, w.title, w.totalMinutes])).toEqual([
      ['management-and-leadership', 'built-in', null, 'Management and Leadership: two sides of the same job', 90],
      ['folder:team-retro.workshop.json', 'folder', 'team-retro.workshop.json', 'Team retrospective', 50],
    ]);
    expect(listing.problems).toEqual([
      { file: 'broken.workshop.json', path: 'activities[3].kind', message: '"poll" is not an activity kind; use one of discussion, sort, map, vote, reflection, scale, commitments, break.' },
      { file: 'empty.workshop.json', path: '', message: 'The file is empty.' },
      { file: 'huge.workshop.json', path: '', message: 'The file is just over 1 MB; a workshop file can be at most 1 MB.' },
      { file: 'latin1.workshop.json', path: '', message: 'This file is not UTF-8 text; save it again as UTF-8.' },
    ]);
  });

  it('starts a session from a folder workshop, reading the file again at that moment', async () => {
    await mkdir(folder);
    const file = path.join(folder, 'team-retro.workshop.json');
    await copyFile(exampleFile, file);
    const [, retro] = (await list()).workshops;
    expect(retro?.id).toBe('folder:team-retro.workshop.json');

    await writeFile(file, (await readFile(exampleFile, 'utf8')).replace('"title": "Check-in"', '"title": "Check-in, edited"'));
    await h.control.ok('session.create', { workshopId: retro?.id, group: 'Platform team', date: '2026-12-01' });
    const { session } = await h.control.snapshot();
    expect(session?.meta.title).toBe('Team retrospective');
    expect(session?.agenda.map((activity) => activity.title)).toEqual(['Check-in, edited', 'What happened?', 'Our pace', 'Pick what to fix', 'Stretch break', 'How sure are we?', 'Think it through', 'Next steps']);
  });

  it('refuses to start from a file that has gone bad since it was listed, saying where and what', async () => {
    await mkdir(folder);
    const file = path.join(folder, 'team-retro.workshop.json');
    await copyFile(exampleFile, file);
    await list();
    await writeFile(file, brokenRetro(await readFile(exampleFile, 'utf8')));
    expect(await failure(h.control, 'session.create', { workshopId: 'folder:team-retro.workshop.json', group: 'Platform team', date: '2026-12-01' })).toEqual({
      code: 'invalid',
      message:
        'This workshop cannot be started because its file has a problem: "team-retro.workshop.json", at activities[3].kind: "poll" is not an activity kind; use one of discussion, sort, map, vote, reflection, scale, commitments, break.',
    });
    expect((await h.control.snapshot()).session).toBeNull();
  });

  it('says so when a listed file has been removed, and refuses names that leave the folder', async () => {
    await mkdir(folder);
    const create = (workshopId: string) => failure(h.control, 'session.create', { workshopId, group: 'G', date: '2026-12-01' });
    expect(await create('folder:gone.workshop.json')).toEqual({ code: 'not-found', message: '"gone.workshop.json" is no longer in the workshop folder. Press Refresh to see the current list.' });
    await writeFile(path.join(h.workspace, 'outside.workshop.json'), await readFile(exampleFile));
    expect(await create('folder:../outside.workshop.json')).toEqual({ code: 'invalid', message: '"../outside.workshop.json" is not the name of a workshop file.' });
    expect(await create('folder:notes.json')).toEqual({ code: 'invalid', message: '"notes.json" is not the name of a workshop file.' });
    expect(await create('no-such-workshop')).toEqual({ code: 'not-found', message: 'There is no workshop "no-such-workshop".' });
  });

  it('changes the folder to another one in the workspace and keeps the setting across a restart', async () => {
    const team = path.join(h.workspace, 'team', 'workshops');
    await mkdir(team, { recursive: true });
    await copyFile(exampleFile, path.join(team, 'team-retro.workshop.json'));
    expect(await h.control.ok('settings.setWorkshopFolder', { folder: 'team/workshops' })).toEqual({ folder: 'team/workshops' });
    const listing = await list();
    expect([listing.folder, listing.workshops.map((w) => w.id)]).toEqual(['team/workshops', ['management-and-leadership', 'folder:team-retro.workshop.json']]);
    expect(JSON.parse(await readFile(path.join(h.dataDir, 'settings.json'), 'utf8'))).toEqual({ version: 1, workshopFolder: team });

    const again = connectWindow(h.restart(), 'control');
    expect((await list(again)).folder).toBe('team/workshops');
    expect(await again.ok('settings.setWorkshopFolder', { folder: 'Workshops' })).toEqual({ folder: 'Workshops' });
    expect(JSON.parse(await readFile(path.join(h.dataDir, 'settings.json'), 'utf8'))).toEqual({ version: 1 });
  });

  it('refuses folders outside the workspace, through links, that do not exist, or that are files', async () => {
    const outside = path.join(path.dirname(h.workspace), 'outside');
    await mkdir(outside);
    await symlink(outside, path.join(h.workspace, 'sneaky'));
    await writeFile(path.join(h.workspace, 'a-file'), 'x');
    const set = (requested: string) => failure(h.control, 'settings.setWorkshopFolder', { folder: requested });
    expect(await set('../outside')).toEqual({ code: 'forbidden', message: '"../outside" is not inside the workspace folder. Choose a folder inside it, for example Workshops.' });
    expect((await set(outside)).code).toBe('forbidden');
    expect(await set('sneaky')).toEqual({ code: 'forbidden', message: '"sneaky" leads outside the workspace folder, so Groundwork will not use it.' });
    expect(await set('nowhere')).toEqual({ code: 'not-found', message: 'There is no folder "nowhere". Create it first, or check the spelling.' });
    expect(await set('a-file')).toEqual({ code: 'invalid', message: '"a-file" is a file, not a folder.' });
    expect((await list()).folder).toBe('Workshops');
  });

  it('does not follow a linked workshop file out of the workspace', async () => {
    await mkdir(folder);
    const outside = path.join(path.dirname(h.workspace), 'secret.workshop.json');
    await copyFile(exampleFile, outside);
    await symlink(outside, path.join(folder, 'linked.workshop.json'));
    expect((await list()).workshops.map((w) => w.id)).toEqual(['management-and-leadership']);
    expect(await failure(h.control, 'session.create', { workshopId: 'folder:linked.workshop.json', group: 'G', date: '2026-12-01' })).toEqual({
      code: 'invalid',
      message:
        'This workshop cannot be started because its file has a problem: "linked.workshop.json": This is a link to another file, which Groundwork does not follow here; copy the file into the folder instead.',
    });
  });

  it('ignores a settings file it cannot read, and falls back when the saved folder is no longer in the workspace', async () => {
    await list();
    await writeFile(path.join(h.dataDir, 'settings.json'), '{ not json');
    expect((await list()).folder).toBe('Workshops');
    await writeFile(path.join(h.dataDir, 'settings.json'), JSON.stringify({ version: 1, workshopFolder: path.dirname(h.workspace) }));
    expect((await list()).folder).toBe('Workshops');
  });

  it.skipIf(process.getuid?.() === 0)('reports a file it is not allowed to read', async () => {
    await mkdir(folder);
    const file = path.join(folder, 'locked.workshop.json');
    await copyFile(exampleFile, file);
    await chmod(file, 0o000);
    expect((await list()).problems).toEqual([{ file: 'locked.workshop.json', path: '', message: 'Groundwork is not allowed to read this file; check its permissions.' }]);
  });
});

describe('desktop mode: any folder, named by its full path', () => {
  beforeEach(async () => {
    h = await makeHost({ mode: 'desktop' });
  });

  it('defaults to Workshops in the Groundwork folder and shows full paths', async () => {
    expect((await list()).folder).toBe(path.join(h.workspace, 'Workshops'));
  });

  it('accepts an absolute folder outside the workspace and reads its files, links included', async () => {
    const elsewhere = path.join(path.dirname(h.workspace), 'shared-workshops');
    await mkdir(elsewhere);
    await copyFile(exampleFile, path.join(path.dirname(h.workspace), 'real.workshop.json'));
    await symlink(path.join(path.dirname(h.workspace), 'real.workshop.json'), path.join(elsewhere, 'linked.workshop.json'));
    expect(await h.control.ok('settings.setWorkshopFolder', { folder: elsewhere })).toEqual({ folder: elsewhere });
    const listing = await list();
    expect([listing.folder, listing.workshops.map((w) => w.id)]).toEqual([elsewhere, ['management-and-leadership', 'folder:linked.workshop.json']]);
    await h.control.ok('session.create', { workshopId: 'folder:linked.workshop.json', group: 'G', date: '2026-12-01' });
    expect((await h.control.snapshot()).session?.meta.title).toBe('Team retrospective');
  });

  it('asks for a full path rather than guessing what a relative one means', async () => {
    const error = await failure(h.control, 'settings.setWorkshopFolder', { folder: 'Workshops' });
    expect(error.code).toBe('invalid');
    expect(error.message).toMatch(/^Type the full path of the folder \(for example .*Workshops\), not "Workshops"\.$/);
  });

  it('reports a chosen folder that has since disappeared as a folder problem', async () => {
    const elsewhere = path.join(path.dirname(h.workspace), 'soon-gone');
    await mkdir(elsewhere);
    await h.control.ok('settings.setWorkshopFolder', { folder: elsewhere });
    await rm(elsewhere, { recursive: true });
    const listing = await list();
    expect([listing.folder, listing.workshops.length]).toEqual([elsewhere, 1]);
    expect(listing.problems).toEqual([
      { file: '', path: '', message: 'The workshop folder is not there any more (was it on a drive that has been removed?). Choose another folder, or create it again.' },
    ]);
  });
});
