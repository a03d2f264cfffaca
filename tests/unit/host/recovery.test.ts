import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emergencyCopyPath } from '../../../electron/host/sessionCopies';
import type { RecoveryOffer } from '../../../shared/protocol/verbs';
import { CURRENT_SCHEMA_VERSION, parseSessionFile, serializeSessionFile } from '../../../shared/session/sessionFile';
import type { SessionState } from '../../../shared/session/types';
import { readTimer } from '../../../shared/session/timer';
import { connectWindow, makeHost, startWorkshop } from '../helpers/hostHarness';
import type { HostHarness, TestWindow } from '../helpers/hostHarness';
import type { Host } from '../../../electron/host/hostTypes';
import { noteIds, noteIn, notesTable } from '../../support/noteTables';

let h: HostHarness;

beforeEach(async () => {
  h = await makeHost();
});
afterEach(async () => {
  await h.cleanup();
});

function capture(window: TestWindow, text: string): Promise<unknown> {
  return window.ok('session.dispatch', { type: 'note.capture', activityId: 'opening-perceptions', text });
}

async function texts(window: TestWindow): Promise<string[]> {
  const session = (await window.snapshot()).session;
  return session ? noteIds(session.notes).map((id) => noteIn(session.notes, id)?.text ?? '?') : [];
}

/** What the next start sees after the app died without closing (the old host is simply abandoned, never closed). */
function afterCrash(): TestWindow & { host: Host } {
  const host = h.restart();
  return { ...connectWindow(host, 'control'), host };
}

async function offers(window: TestWindow): Promise<RecoveryOffer[]> {
  return (await window.ok<{ sessions: RecoveryOffer[] }>('recovery.list')).sessions;
}

async function disk(file: string): Promise<SessionState> {
  const parsed = parseSessionFile(await readFile(file, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.session;
}

function sha(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

describe('crash recovery', () => {
  it('reopens an untitled session by itself after an unclean exit, with its timer still running on real time', async () => {
    await startWorkshop(h.control, 'Night shift', '2026-11-30');
    await capture(h.control, 'First');
    await capture(h.control, 'Second');
    await h.control.ok('session.dispatch', { type: 'timer.start', activityId: 'opening-perceptions' });
    await h.host.flush();

    h.clock.advance(7 * 60_000); // the app was down for seven minutes
    const next = afterCrash();
    // Resumed before any window is answered: nothing to offer, the session is simply open again.
    expect(await offers(next)).toEqual([]);
    expect(await texts(next)).toEqual(['First', 'Second']);
    const snapshot = await next.snapshot();
    expect(snapshot.session?.meta.group).toBe('Night shift');
    const timer = snapshot.session?.timers['opening-perceptions'];
    if (!timer) throw new Error('no timer');
    expect(readTimer(timer, h.clock.now())).toMatchObject({ running: true, elapsedMs: 7 * 60_000 });
    expect(snapshot.status.file).toBeNull();

    // It goes on saving to the same recovery copy.
    await capture(next, 'Third');
    await next.host.flush();
    expect(noteIds((await disk(path.join(h.dataDir, 'recovery', 'id-1.groundwork'))).notes)).toHaveLength(3);
  });

  it('a quit is not a close: the next start reopens the session; after Close nothing is open or offered', async () => {
    await startWorkshop(h.control);
    await capture(h.control, 'Kept');
    await h.control.ok('session.close');
    const afterClose = afterCrash();
    expect(await offers(afterClose)).toEqual([]);
    expect((await afterClose.snapshot()).session).toBeNull();

    const secondHost = h.restart();
    const second = connectWindow(secondHost, 'control');
    await startWorkshop(second, 'Quit with it open');
    await capture(second, 'Also kept');
    await secondHost.close(); // quits cleanly, with the session open
    const afterQuit = afterCrash();
    expect(await offers(afterQuit)).toEqual([]);
    expect((await afterQuit.snapshot()).session?.meta.group).toBe('Quit with it open');
    expect(await texts(afterQuit)).toEqual(['Also kept']);
  });

  it('reopens a named file in place by itself and keeps saving to it', async () => {
    await startWorkshop(h.control);
    await h.control.ok('session.saveAs', { path: 'retro.groundwork' });
    await capture(h.control, 'Named and saved');
    await h.host.flush();

    const next = afterCrash();
    expect(await offers(next)).toEqual([]);
    expect((await next.snapshot()).status.file).toEqual({ path: 'retro.groundwork', name: 'retro.groundwork' });
    await capture(next, 'After the crash');
    await next.host.flush();
    expect(noteIds((await disk(path.join(h.workspace, 'retro.groundwork'))).notes)).toHaveLength(2);
  });

  it('when the copy to reopen is not clear-cut, it is offered instead, until restored or dismissed, even across another crash', async () => {
    await startWorkshop(h.control, 'Keep me');
    await capture(h.control, 'Precious');
    await h.host.flush();
    await capture(h.control, 'Also precious');
    await h.host.flush();
    // The recovery copy is damaged; only the version before it (its .bak) can be read.
    const copy = path.join(h.dataDir, 'recovery', 'id-1.groundwork');
    await writeFile(copy, (await readFile(copy)).subarray(0, 100));
    const second = afterCrash(); // started, nothing decided, crashed again
    expect((await second.snapshot()).session).toBeNull();
    const third = afterCrash();
    expect((await third.snapshot()).session).toBeNull();
    const [offer] = await offers(third);
    expect(offer).toMatchObject({ group: 'Keep me', noteCount: 1, notice: 'The last recovery copy could not be read, so the one saved just before it will be restored.' });
    expect(await third.ok('recovery.dismiss', { id: offer?.id })).toEqual({});
    expect(await offers(third)).toEqual([]);
    expect(await offers(afterCrash())).toEqual([]);
    expect(await readdir(path.join(h.dataDir, 'recovery'))).toContain('id-1.groundwork');
    const refused = await third.call('recovery.restore', { id: offer?.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('only the control window may list, restore or dismiss', async () => {
    const presenter = connectWindow(h.host, 'presenter');
    for (const verb of ['recovery.list', 'recovery.restore', 'recovery.dismiss'] as const) {
      expect((await presenter.call(verb, verb === 'recovery.list' ? {} : { id: 'x' })).ok).toBe(false);
    }
  });

  it('when the folder of a named file disappears, changes go to a copy in the recovery folder and come back after a crash', async () => {
    await mkdir(path.join(h.workspace, 'stick'));
    await startWorkshop(h.control);
    await h.control.ok('session.saveAs', { path: 'stick/live.groundwork' });
    await capture(h.control, 'On the stick');
    await h.host.flush();
    const namedBefore = await readFile(path.join(h.workspace, 'stick', 'live.groundwork'));
    await rm(path.join(h.workspace, 'stick'), { recursive: true });

    h.clock.advance(60_000);
    await capture(h.control, 'Only in memory');
    await h.host.flush();
    const status = (await h.control.snapshot()).status.save;
    expect(status).toMatchObject({ state: 'error', reason: "Not saved: the folder is no longer there. A copy is safe in Groundwork's recovery folder" });

    // Crash while the stick is out: the copy opens as an untitled session.
    const next = afterCrash();
    const [offer] = await offers(next);
    expect(offer).toMatchObject({ noteCount: 2, file: { path: 'stick/live.groundwork' } });
    expect(offer?.notice).toMatch(/^"live\.groundwork" could not be opened: the file is not there\. An earlier copy opens as an untitled session instead/);

    // Or, with the stick back in, the newer copy is restored into the file, whose old version becomes the backup.
    await mkdir(path.join(h.workspace, 'stick'));
    await writeFile(path.join(h.workspace, 'stick', 'live.groundwork'), namedBefore);
    const [again] = await offers(next);
    expect(again?.notice).toMatch(/^The last changes could not be written to "live\.groundwork" but are in the recovery folder/);
    const restored = await next.ok<{ file: { path: string } | null }>('recovery.restore', { id: again?.id });
    expect(restored.file?.path).toBe('stick/live.groundwork');
    expect(await texts(next)).toEqual(['On the stick', 'Only in memory']);
    await next.host.flush();
    expect(noteIds((await disk(path.join(h.workspace, 'stick', 'live.groundwork'))).notes)).toHaveLength(2);
    expect(await readFile(path.join(h.workspace, 'stick', 'live.groundwork.bak'))).toEqual(namedBefore);
    expect((await readdir(path.join(h.dataDir, 'recovery'))).filter((name) => name.startsWith('live-'))).toEqual([]);
  });

  it('never writes an older copy over a newer file: the newer file is opened and the facilitator is told', async () => {
    await startWorkshop(h.control);
    await h.control.ok('session.saveAs', { path: 'live.groundwork' });
    await capture(h.control, 'Newest, in the file');
    await h.host.flush();
    const file = path.join(h.workspace, 'live.groundwork');
    const session = await disk(file);
    const older = { ...session, notes: notesTable() };
    await writeFile(emergencyCopyPath(path.join(h.dataDir, 'recovery'), file), serializeSessionFile(older, 1));
    const before = sha(await readFile(file));

    const next = afterCrash();
    const [offer] = await offers(next);
    expect(offer).toMatchObject({ noteCount: 1, notice: '"live.groundwork" on disk is newer than the copy in the recovery folder, so Groundwork opens the file.' });
    const restored = await next.ok<{ notice: string }>('recovery.restore', { id: offer?.id });
    expect(restored.notice).toBe(offer?.notice);
    expect(await texts(next)).toEqual(['Newest, in the file']);
    await next.host.flush();
    expect(sha(await readFile(file))).toBe(before);
  });

  it('a browser window is never offered (or reopened) a session outside the workspace; the desktop app reopens it', async () => {
    const outside = path.join(path.dirname(h.workspace), 'elsewhere');
    await mkdir(outside);
    const desktop = connectWindow(h.restart({ mode: 'desktop', dialogs: { chooseWhereToSave: () => Promise.resolve(path.join(outside, 'private')), chooseSessionToOpen: () => Promise.resolve(null) } }), 'control');
    await startWorkshop(desktop);
    await desktop.ok('session.save');
    await capture(desktop, 'Outside the workspace');
    const browser = afterCrash();
    expect(await offers(browser)).toEqual([]);
    expect(await browser.call('recovery.restore', { id: 'anything' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect((await browser.snapshot()).session, 'nor is it reopened there').toBeNull();
    const desktopAgain = connectWindow(h.restart({ mode: 'desktop' }), 'control');
    expect(await offers(desktopAgain)).toEqual([]);
    expect((await desktopAgain.snapshot()).status.file?.path, 'the desktop app reopens it').toBe(path.join(outside, 'private.groundwork'));
  });

  it('drops an offer when nothing of the session can be read any more', async () => {
    await startWorkshop(h.control);
    await capture(h.control, 'Gone');
    await h.host.flush();
    await rm(path.join(h.dataDir, 'recovery'), { recursive: true });
    expect(await offers(afterCrash())).toEqual([]);
  });
});

describe('bad files offer their backup', () => {
  it('a damaged file names the problem, offers the backup, and the backup opens as an untitled copy without touching the file', async () => {
    await startWorkshop(h.control, 'Backed up');
    await h.control.ok('session.saveAs', { path: 'notes.groundwork' });
    await capture(h.control, 'In the backup');
    await h.host.flush();
    const earlier = h.clock.now();
    h.clock.advance(60_000);
    await capture(h.control, 'Only in the damaged file');
    await h.host.flush();
    await h.control.ok('session.close');
    const file = path.join(h.workspace, 'notes.groundwork');
    const damaged = (await readFile(file)).subarray(0, 300);
    await writeFile(file, damaged);

    const outcome = await h.control.call('session.open', { path: 'notes.groundwork' });
    expect(outcome).toEqual({
      ok: false,
      error: {
        code: 'file',
        message:
          '"notes.groundwork" could not be opened: it is not valid JSON because it ends too early: it looks truncated (cut off while being saved or copied). Its backup, saved earlier, can be opened instead.',
        backup: { path: 'notes.groundwork.bak', savedAt: earlier, kind: 'backup' },
      },
    });
    const opened = await h.control.ok<{ file: null; notice: string }>('session.openBackup', { path: 'notes.groundwork.bak' });
    expect(opened).toEqual({
      file: null,
      notice: '"notes.groundwork" could not be opened, so its backup is open as an untitled session. The file itself is left as it is. Use Save As to keep this version.',
    });
    expect(await texts(h.control)).toEqual(['In the backup']);
    await capture(h.control, 'Carry on');
    await h.host.flush();
    expect(await readFile(file)).toEqual(damaged);
    expect((await h.control.snapshot()).status.file).toBeNull();
    expect(await h.control.call('session.openBackup', { path: 'anything.groundwork.bak' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('a missing file with a backup beside it offers the backup', async () => {
    await startWorkshop(h.control);
    await h.control.ok('session.saveAs', { path: 'gone.groundwork' });
    await capture(h.control, 'x');
    await h.host.flush();
    await h.control.ok('session.close');
    await rm(path.join(h.workspace, 'gone.groundwork'));
    const outcome = await h.control.call('session.open', { path: 'gone.groundwork' });
    expect(outcome.ok === false && outcome.error).toMatchObject({ code: 'not-found', backup: { path: 'gone.groundwork.bak', kind: 'backup' } });
  });
});

describe('migrated files', () => {
  it('are written only on the next change; the original is kept as .bak for the rest of the session', async () => {
    const fixture = await readFile(path.resolve(import.meta.dirname, '../../fixtures/session-v0.groundwork'));
    const file = path.join(h.workspace, 'old.groundwork');
    await writeFile(file, fixture);
    expect((await h.control.ok<{ migratedFrom: number }>('session.open', { path: 'old.groundwork' })).migratedFrom).toBe(0);
    await h.host.flush();
    expect(await readFile(file)).toEqual(fixture);
    expect(await readdir(h.workspace)).toEqual(['old.groundwork']);

    await h.control.ok('session.dispatch', { type: 'note.capture', activityId: 'warm-up', text: 'New' });
    await h.host.flush();
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ schemaVersion: CURRENT_SCHEMA_VERSION });
    expect(await readFile(`${file}.bak`)).toEqual(fixture);
    await h.control.ok('session.dispatch', { type: 'note.capture', activityId: 'warm-up', text: 'Newer' });
    await h.host.flush();
    expect(await readFile(`${file}.bak`)).toEqual(fixture);
    expect(noteIds((await disk(file)).notes)).toHaveLength(4);

    await h.control.ok('session.close');
    expect((await h.control.ok<{ migratedFrom: number | null }>('session.open', { path: 'old.groundwork' })).migratedFrom).toBeNull();
  });
});
