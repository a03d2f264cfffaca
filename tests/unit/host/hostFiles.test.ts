import { mkdir, readdir, readFile, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecentSession } from '../../../shared/protocol/verbs';
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

async function failure(verb: Parameters<typeof h.control.call>[0], args: unknown): Promise<{ code: string; message: string }> {
  const outcome = await h.control.call(verb, args);
  if (outcome.ok) throw new Error(`${verb} unexpectedly succeeded`);
  return outcome.error;
}

describe('browser mode keeps every path inside the workspace', () => {
  beforeEach(async () => {
    await startWorkshop(h.control);
  });

  it.each(['../escape.groundwork', 'a/../../escape.groundwork', '/etc/passwd.groundwork', 'C:\\Windows\\x.groundwork', '..\\escape.groundwork'])(
    'refuses to save as %s',
    async (requested) => {
      const error = await failure('session.saveAs', { path: requested });
      expect(error.code).toBe('forbidden');
      expect(error.message).toContain('not inside the workspace folder');
      expect(await readdir(path.dirname(h.workspace))).toEqual(['data', 'workspace']);
    },
  );

  it('refuses to open or save through a link that leads outside', async () => {
    const outside = path.join(path.dirname(h.workspace), 'outside');
    await mkdir(outside);
    await symlink(outside, path.join(h.workspace, 'sneaky'));
    const saveError = await failure('session.saveAs', { path: 'sneaky/x.groundwork' });
    expect(saveError).toEqual({ code: 'forbidden', message: '"sneaky/x.groundwork" leads outside the workspace folder, so Groundwork will not use it.' });
    await writeFile(path.join(outside, 'secret.groundwork'), '{}');
    expect((await failure('session.open', { path: 'sneaky/secret.groundwork' })).code).toBe('forbidden');
    expect(await readdir(outside)).toEqual(['secret.groundwork']);
  });

  it('adds the .groundwork extension when the name lacks it and refuses dot names', async () => {
    await mkdir(path.join(h.workspace, 'team'));
    expect(await h.control.ok('session.saveAs', { path: 'team/Retro notes' })).toEqual({
      file: { path: 'team/Retro notes.groundwork', name: 'Retro notes.groundwork' },
      cancelled: false,
    });
    expect(await readdir(path.join(h.workspace, 'team'))).toEqual(['Retro notes.groundwork']);
    expect((await failure('session.saveAs', { path: '.hidden' })).message).toBe('Give the file a name that does not start with a dot.');
  });

  it('refuses to save into a folder that does not exist', async () => {
    expect(await failure('session.saveAs', { path: 'nowhere/x.groundwork' })).toEqual({ code: 'not-found', message: 'The folder "nowhere" is not there.' });
  });

  it('save of an untitled session asks the page for a name instead of guessing', async () => {
    expect(await h.control.ok('session.save')).toEqual({ file: null, cancelled: true });
    expect(await h.control.ok('session.saveAs')).toEqual({ file: null, cancelled: true });
  });
});

describe('opening files that are not sessions', () => {
  it.each<[string, (file: string) => Promise<void>, string]>([
    ['an empty file', (file) => writeFile(file, ''), '"bad.groundwork" could not be opened: the file is empty.'],
    ['a newer version', (file) => writeFile(file, '{"app":"groundwork","schemaVersion":9}'), '"bad.groundwork" could not be opened: it was written by a newer Groundwork (schema version 9; this version reads up to 2). Update Groundwork to open it.'],
    ['a folder', (file) => mkdir(file), '"bad.groundwork" could not be opened: it is a folder, not a session file.'],
    ['a file over 50 MB', async (file) => {
      await writeFile(file, '');
      await truncate(file, 51 * 1024 * 1024);
    }, '"bad.groundwork" could not be opened: it is 51 MB, larger than the 50 MB a session file can be.'],
    ['binary data', (file) => writeFile(file, Buffer.from([0xff, 0xfe, 0x00, 0x01])), '"bad.groundwork" could not be opened: it is not a text file, so it is not a Groundwork session.'],
  ])('refuses %s and names the problem', async (_name, make, message) => {
    const file = path.join(h.workspace, 'bad.groundwork');
    await make(file);
    expect(await failure('session.open', { path: 'bad.groundwork' })).toEqual({ code: 'file', message });
    expect((await h.control.snapshot()).session).toBeNull();
  });

  it('says so when the file is not there', async () => {
    expect(await failure('session.open', { path: 'gone.groundwork' })).toEqual({ code: 'not-found', message: '"gone.groundwork" could not be opened: the file is not there.' });
  });

  it('only opens .groundwork files', async () => {
    await writeFile(path.join(h.workspace, 'notes.txt'), 'hi');
    expect((await failure('session.open', { path: 'notes.txt' })).message).toBe('"notes.txt" is not a Groundwork session file; those end in .groundwork.');
  });

  it('opens a version 0 file, says it was upgraded, and leaves the original alone', async () => {
    const fixture = await readFile(path.resolve(import.meta.dirname, '../../fixtures/session-v0.groundwork'));
    await writeFile(path.join(h.workspace, 'old.groundwork'), fixture);
    const opened = await h.control.ok<{ migratedFrom: number | null }>('session.open', { path: 'old.groundwork' });
    expect(opened.migratedFrom).toBe(0);
    await h.host.flush();
    expect(await readFile(path.join(h.workspace, 'old.groundwork'))).toEqual(fixture);
    expect((await h.control.snapshot()).session?.meta.title).toBe('Prototype retro');
  });
});

describe('the recent list', () => {
  async function saveNamed(name: string, group: string): Promise<void> {
    await startWorkshop(h.control, group);
    await h.control.ok('session.saveAs', { path: name });
  }

  it('lists saved sessions most recent first with their details', async () => {
    await saveNamed('a.groundwork', 'Team A');
    h.clock.advance(1000);
    await saveNamed('b.groundwork', 'Team B');
    const { sessions } = await h.control.ok<{ sessions: RecentSession[] }>('recent.list');
    expect(sessions.map((entry) => [entry.path, entry.group])).toEqual([
      ['b.groundwork', 'Team B'],
      ['a.groundwork', 'Team A'],
    ]);
    expect(sessions[0]).toMatchObject({
      name: 'b.groundwork',
      title: 'Management and Leadership: two sides of the same job',
      date: '2026-11-28',
      savedAt: h.clock.now(),
    });
  });

  it('names an untitled session by what it is, not by its recovery file name', async () => {
    await h.cleanup();
    h = await makeHost({ mode: 'desktop' });
    await startWorkshop(h.control, 'Unsaved team');
    await h.control.ok('session.dispatch', { type: 'note.capture', activityId: 'opening-perceptions', text: 'Something the room said' });
    await h.host.flush();
    const { sessions } = await h.control.ok<{ sessions: RecentSession[] }>('recent.list');
    expect(sessions.map((entry) => [entry.group, entry.name])).toEqual([['Unsaved team', 'Not yet saved under a name']]);
  });

  it('keeps at most ten and drops files that are gone', async () => {
    for (let i = 0; i < 12; i++) await saveNamed(`s${i}.groundwork`, `Group ${i}`);
    await h.control.ok('session.close');
    const { sessions } = await h.control.ok<{ sessions: RecentSession[] }>('recent.list');
    expect(sessions.map((entry) => entry.path)).toEqual(Array.from({ length: 10 }, (_, i) => `s${11 - i}.groundwork`));
    await import('node:fs/promises').then((fs) => fs.rm(path.join(h.workspace, 's11.groundwork')));
    const after = await h.control.ok<{ sessions: RecentSession[] }>('recent.list');
    expect(after.sessions[0]?.path).toBe('s10.groundwork');
  });

  it('a corrupt recent.json is ignored, then replaced', async () => {
    await mkdir(h.dataDir, { recursive: true });
    await writeFile(path.join(h.dataDir, 'recent.json'), '{"version":1,"sessions":[{"path":5}]');
    expect(await h.control.ok('recent.list')).toEqual({ sessions: [] });
    await saveNamed('fresh.groundwork', 'Team');
    const { sessions } = await h.control.ok<{ sessions: RecentSession[] }>('recent.list');
    expect(sessions.map((entry) => entry.path)).toEqual(['fresh.groundwork']);
  });

  it('lists an untitled session by its recovery copy, so it can be found again after a crash', async () => {
    await startWorkshop(h.control, 'Never saved');
    await h.control.ok('session.dispatch', { type: 'note.capture', activityId: 'opening-perceptions', text: 'precious' });
    await h.host.flush();
    await h.host.close(); // as if the app had stopped

    const again = connectWindow(h.restart(), 'control');
    const { sessions } = await again.ok<{ sessions: RecentSession[] }>('recent.list');
    expect(sessions).toHaveLength(0); // the data folder is outside this browser workspace
    const desktop = connectWindow(h.restart({ mode: 'desktop' }), 'control');
    const listed = await desktop.ok<{ sessions: RecentSession[] }>('recent.list');
    expect(listed.sessions.map((entry) => [entry.path, entry.group])).toEqual([[path.join(h.dataDir, 'recovery', 'id-1.groundwork'), 'Never saved']]);
    const opened = await desktop.ok('session.open', { path: listed.sessions[0]?.path });
    expect(opened).toEqual({ file: null, cancelled: false, migratedFrom: null });
    const restored = (await desktop.snapshot()).session;
    expect(noteIds(restored?.notes)?.map((id) => noteIn(restored?.notes, id)?.text)).toEqual(['precious']);
  });

  it('in browser mode with the default data folder, the recovery copy is reachable by a workspace path', async () => {
    const inside = connectWindow(h.restart({ dataDir: path.join(h.workspace, '.groundwork-data') }), 'control');
    await startWorkshop(inside, 'Browser group');
    await inside.ok('session.close');
    const { sessions } = await inside.ok<{ sessions: RecentSession[] }>('recent.list');
    expect(sessions.map((entry) => entry.path)).toEqual(['.groundwork-data/recovery/again-1.groundwork']);
    expect(await inside.ok('session.open', { path: sessions[0]?.path })).toEqual({ file: null, cancelled: false, migratedFrom: null });
    expect(await inside.ok('session.save')).toEqual({ file: null, cancelled: true });
  });

  it('follows a change of group', async () => {
    await saveNamed('a.groundwork', 'Team A');
    await h.control.ok('session.dispatch', { type: 'session.editDetails', group: 'Renamed team', date: '2026-12-02' });
    await h.host.flush();
    await h.control.ok('session.save');
    const { sessions } = await h.control.ok<{ sessions: RecentSession[] }>('recent.list');
    expect(sessions[0]).toMatchObject({ group: 'Renamed team', date: '2026-12-02' });
  });
});

describe('files.list', () => {
  it('shows folders and session files only, folders first, never hidden or outside entries', async () => {
    await mkdir(path.join(h.workspace, 'archive'));
    await writeFile(path.join(h.workspace, 'b.groundwork'), '{}');
    await writeFile(path.join(h.workspace, 'a.groundwork'), '{}');
    await writeFile(path.join(h.workspace, 'readme.txt'), 'x');
    await writeFile(path.join(h.workspace, '.secret.groundwork'), '{}');
    await writeFile(path.join(h.workspace, 'archive', 'old.groundwork'), '{}');
    await symlink(path.dirname(h.workspace), path.join(h.workspace, 'up'));
    const root = await h.control.ok<{ folder: string; entries: { name: string; path: string; kind: string }[] }>('files.list', {});
    expect(root.folder).toBe('');
    expect(root.entries.map((entry) => [entry.kind, entry.path])).toEqual([
      ['folder', 'archive'],
      ['session', 'a.groundwork'],
      ['session', 'b.groundwork'],
    ]);
    const inner = await h.control.ok<{ folder: string; entries: { path: string }[] }>('files.list', { folder: 'archive' });
    expect(inner).toMatchObject({ folder: 'archive', entries: [{ path: 'archive/old.groundwork' }] });
    expect((await failure('files.list', { folder: '..' })).code).toBe('forbidden');
  });
});

describe('desktop mode', () => {
  it('saves an untitled session through the native dialog and ignores a path the window made up', async () => {
    const asked: string[] = [];
    const target = path.join(h.workspace, 'chosen');
    const desktop = h.restart({
      mode: 'desktop',
      dialogs: {
        chooseWhereToSave: (suggested) => {
          asked.push(suggested);
          return Promise.resolve(target);
        },
        chooseSessionToOpen: () => Promise.resolve(null),
      },
    });
    const control = connectWindow(desktop, 'control');
    expect(await control.ok('host.capabilities')).toEqual({ nativeDialogs: true, presenterWindow: false, pdfExport: false });
    await startWorkshop(control, 'Ops/leads');
    expect(await control.ok('session.save')).toEqual({ file: { path: `${target}.groundwork`, name: 'chosen.groundwork' }, cancelled: false });
    expect(asked).toEqual(['Ops leads 2026-11-28.groundwork']);
    const sneaky = path.join(path.dirname(h.workspace), 'sneaky.groundwork');
    await control.ok('session.saveAs', { path: sneaky });
    expect(asked).toHaveLength(2);
    expect(await readdir(path.dirname(h.workspace))).not.toContain('sneaky.groundwork');
  });

  it('opens only from the dialog or the recent list', async () => {
    const file = path.join(h.workspace, 'known.groundwork');
    let toOpen: string | null = null;
    const desktop = h.restart({
      mode: 'desktop',
      dialogs: { chooseWhereToSave: () => Promise.resolve(file), chooseSessionToOpen: () => Promise.resolve(toOpen) },
    });
    const control = connectWindow(desktop, 'control');
    expect(await control.ok('session.open')).toEqual({ file: null, cancelled: true, migratedFrom: null });
    await startWorkshop(control);
    await control.ok('session.save');
    await control.ok('session.close');
    const stranger = path.join(h.workspace, 'stranger.groundwork');
    await writeFile(stranger, await readFile(file));
    const refused = await control.call('session.open', { path: stranger });
    expect(refused).toEqual({ ok: false, error: { code: 'forbidden', message: 'Choose the file to open in the Open dialog.' } });
    expect((await control.ok<{ file: { path: string } }>('session.open', { path: file })).file.path).toBe(file);
    toOpen = stranger;
    expect((await control.ok<{ file: { path: string } }>('session.open')).file.path).toBe(stranger);
  });

  it('opens the presenter window through the shell', async () => {
    let opened = 0;
    const desktop = h.restart({ mode: 'desktop', presenter: { open: () => Promise.resolve(void (opened += 1)) } });
    expect(await connectWindow(desktop, 'control').ok('presenter.open')).toEqual({ opened: true, url: null });
    expect(opened).toBe(1);
  });
});

describe('other verbs', () => {
  it('browser mode hands the page the presenter URL to open', async () => {
    const browser = h.restart({ presenterUrl: 'http://127.0.0.1:5000/presenter.html#view=abc' });
    expect(await connectWindow(browser, 'control').ok('presenter.open')).toEqual({ opened: false, url: 'http://127.0.0.1:5000/presenter.html#view=abc' });
    expect(await h.control.ok('host.capabilities')).toEqual({ nativeDialogs: false, presenterWindow: false, pdfExport: false });
  });

  it('lists the built-in workshop with its length', async () => {
    const { workshops } = await h.control.ok<{ workshops: { id: string; totalMinutes: number; activityTitles: string[] }[] }>('workshops.list');
    expect(workshops).toHaveLength(1);
    expect(workshops[0]).toMatchObject({ id: 'management-and-leadership', totalMinutes: 90 });
    expect(workshops[0]?.activityTitles).toHaveLength(10);
  });

  it('close pushes an empty snapshot to every window (the projector: no view)', async () => {
    await startWorkshop(h.control);
    const other = connectWindow(h.host, 'control');
    const presenter = connectWindow(h.host, 'presenter');
    await h.control.ok('session.close');
    const last = other.pushes.at(-1);
    expect(last?.kind === 'snapshot' && last.snapshot.session).toBeNull();
    expect(last?.kind === 'snapshot' && last.snapshot.status).toEqual({ file: null, save: { state: 'idle' } });
    expect(presenter.pushes.at(-1)).toMatchObject({ kind: 'view', view: null });
  });
});
