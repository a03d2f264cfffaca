import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushMessage } from '../../../shared/protocol/messages';
import type { RoomSnapshot, Snapshot } from '../../../shared/protocol/verbs';
import { parseSessionFile } from '../../../shared/session/sessionFile';
import { bundleServe, startServe } from '../../durability/serveProcess';
import type { ServeBundle, ServeProcess } from '../../durability/serveProcess';
import { connectAsControl, connectAsPresenter } from '../../support/hostClient';
import type { HostClient } from '../../support/hostClient';
import { makeTempDir } from '../helpers/tempDir';
import { noteIds, noteIn } from '../../support/noteTables';

/**
 * Point 9 of issue 10: the real `serve` process is stopped each way a host
 * stops (Ctrl+C, SIGTERM, kill -9, an uncaught exception) with a session
 * open, and started again on the same folders. The session must come back
 * open by itself, on the control and the presenter connection alike, where it
 * was: the same activity, notes and running timer, saving to the same place.
 */
const WAYS = ['SIGINT', 'SIGTERM', 'SIGKILL', 'crash'] as const;
type Way = (typeof WAYS)[number];
const FILE = 'resume.groundwork';

let root: { dir: string; cleanup: () => Promise<void> };
let bundle: ServeBundle;

beforeAll(async () => {
  root = await makeTempDir('groundwork-resume-');
  bundle = await bundleServe(path.resolve(import.meta.dirname, '../../..'));
}, 60_000);

afterAll(async () => {
  await root.cleanup();
  await rm(bundle.root, { recursive: true, force: true });
});

const isSaved = (message: PushMessage): boolean => message.kind === 'status' && message.status.save.state === 'saved';

/** What the facilitator did before the host stopped, as the host acknowledged it. */
interface Before {
  activityId: string;
  notes: string[];
  timerStartedAt: number;
  sessionId: string;
  /** How many pushes the control connection had seen before the last change (to wait for the save covering it). */
  lastChange: number;
}

/** Starts a session, moves on two activities, captures and edits notes and starts the timer. */
async function runASession(control: HostClient, kind: 'named' | 'untitled', group: string): Promise<Before> {
  await control.call('session.create', { workshopId: 'management-and-leadership', group, date: '2026-12-03' });
  if (kind === 'named') await control.call('session.saveAs', { path: FILE });
  await control.call('session.dispatch', { type: 'activity.next' });
  await control.call('session.dispatch', { type: 'activity.next' });
  const activityId = (await control.call('session.snapshot', {})).session?.currentActivityId ?? '';
  await control.call('session.dispatch', { type: 'note.capture', activityId, text: 'Said before the restart' });
  await control.call('session.dispatch', { type: 'note.capture', activityId, text: 'A typo' });
  const typo = noteIds((await control.call('session.snapshot', {})).session?.notes)?.at(-1) ?? '';
  await control.call('session.dispatch', { type: 'note.edit', noteId: typo, text: 'Edited before the restart' });
  const lastChange = control.pushes.length;
  await control.call('session.dispatch', { type: 'timer.start', activityId });
  const session = (await control.call('session.snapshot', {})).session;
  if (!session) throw new Error('no session');
  return {
    activityId,
    notes: ['Said before the restart', 'Edited before the restart'],
    timerStartedAt: session.timers[activityId]?.startedAt ?? -1,
    sessionId: session.meta.id,
    lastChange,
  };
}

/** Stops the host the given way and waits until the process is gone. */
async function stop(server: ServeProcess, way: Way): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  server.signal(way === 'crash' ? 'SIGUSR2' : way);
  return server.exited;
}

function notesOf(snapshot: Snapshot): string[] {
  const session = snapshot.session;
  return session ? noteIds(session.notes).map((id) => noteIn(session.notes, id)?.text ?? '?') : [];
}

async function notesOnDisk(file: string): Promise<string[]> {
  const parsed = parseSessionFile(await readFile(file, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problem);
  return noteIds(parsed.session.notes).map((id) => noteIn(parsed.session.notes, id)?.text ?? '?');
}

describe('the open session comes back after a restart, however the host stopped', () => {
  for (const kind of ['named', 'untitled'] as const) {
    for (const way of WAYS) {
      it(`${kind} session, ${way}: both windows see it open again, at the same activity, notes and running timer`, async () => {
        const folder = path.join(root.dir, `${kind}-${way}`);
        const workspace = path.join(folder, 'workspace');
        const dataDir = path.join(folder, 'data');
        await mkdir(workspace, { recursive: true });

        const first = await startServe(bundle, { workspace, dataDir, crashable: way === 'crash' });
        const control = await connectAsControl(first.controlUrl);
        const before = await runASession(control, kind, `Resume ${way}`);
        // Ctrl+C and SIGTERM come at once (the quit itself must write what is pending); a kill or a
        // crash writes nothing more, so only what the host acknowledged as saved can be asked for.
        if (way === 'SIGKILL' || way === 'crash') await control.waitForPush(isSaved, before.lastChange);
        const exit = await stop(first, way);
        control.close();
        if (way === 'SIGINT' || way === 'SIGTERM') expect(exit, first.stderr()).toEqual({ code: 0, signal: null });
        if (way === 'SIGKILL') expect(exit.signal).toBe('SIGKILL');
        if (way === 'crash') {
          expect(exit.code, first.stderr()).toBe(1);
          expect(first.stderr()).toContain('Injected crash');
        }

        // The windows reconnect as soon as the new server listens, before its host has finished starting.
        const second = await startServe(bundle, { workspace, dataDir });
        const [controlAgain, presenterAgain] = await Promise.all([connectAsControl(second.controlUrl), connectAsPresenter(second.presenterUrl)]);
        try {
          const snapshot = await controlAgain.call('session.snapshot', {});
          expect(snapshot.session?.meta.id, 'the session is open again').toBe(before.sessionId);
          expect(snapshot.session?.meta.group).toBe(`Resume ${way}`);
          expect(snapshot.session?.currentActivityId).toBe(before.activityId);
          expect(notesOf(snapshot)).toEqual(before.notes);
          expect(snapshot.session?.timers[before.activityId]?.startedAt, 'the timer is still running, from when it started').toBe(before.timerStartedAt);
          expect(snapshot.status.file).toEqual(kind === 'named' ? { path: FILE, name: FILE } : null);
          expect(snapshot.status.save.state).toBe('saved');
          // The projector link is answered the room's view of the same moment (roleViews.ts), not the session.
          const room = (await presenterAgain.call('session.snapshot', {})) as unknown as RoomSnapshot;
          const stage = room.view?.screen === 'live' ? room.view.stage : null;
          expect(stage?.currentActivityId, 'the projector is back on the activity').toBe(before.activityId);
          expect(stage ? notesOf({ ...snapshot, session: stage }) : null).toEqual(before.notes);
          expect(stage?.timers[before.activityId]?.startedAt, 'the projected timer is still running').toBe(before.timerStartedAt);
          expect((await controlAgain.call('recovery.list', {})).sessions, 'nothing is left to offer').toEqual([]);

          // And it goes on saving to the same place.
          const from = controlAgain.pushes.length;
          await controlAgain.call('session.dispatch', { type: 'note.capture', activityId: before.activityId, text: 'Said after the restart' });
          await controlAgain.waitForPush(isSaved, from);
          const file = kind === 'named' ? path.join(workspace, FILE) : path.join(dataDir, 'recovery', `${before.sessionId}.groundwork`);
          expect(await notesOnDisk(file)).toEqual([...before.notes, 'Said after the restart']);
        } finally {
          controlAgain.close();
          presenterAgain.close();
          second.signal('SIGTERM');
          await second.exited;
        }
      }, 60_000);
    }
  }

  it('without --port, a restart listens on the port of the last run again, so open windows can reconnect (with new printed tokens)', async () => {
    const folder = path.join(root.dir, 'no-port');
    const workspace = path.join(folder, 'workspace');
    const dataDir = path.join(folder, 'data');
    await mkdir(workspace, { recursive: true });
    const first = await startServe(bundle, { workspace, dataDir, port: null });
    first.signal('SIGINT');
    await first.exited;
    const second = await startServe(bundle, { workspace, dataDir, port: null });
    try {
      expect(new URL(second.controlUrl).origin).toBe(new URL(first.controlUrl).origin);
      expect(second.controlUrl).not.toBe(first.controlUrl);
    } finally {
      second.signal('SIGTERM');
      await second.exited;
    }
  }, 60_000);

  it('when the last run\'s port is taken, serve still starts, on another port, and says why the old links stop working', async () => {
    const busy = await startServe(bundle, { workspace: root.dir, dataDir: path.join(root.dir, 'busy-data') });
    const folder = path.join(root.dir, 'port-taken');
    const workspace = path.join(folder, 'workspace');
    const dataDir = path.join(folder, 'data');
    await mkdir(workspace, { recursive: true });
    await mkdir(dataDir, { recursive: true });
    const busyPort = Number(new URL(busy.controlUrl).port);
    await writeFile(path.join(dataDir, 'browser-port.json'), JSON.stringify({ port: busyPort }));
    const server = await startServe(bundle, { workspace, dataDir, port: null });
    try {
      expect(Number(new URL(server.controlUrl).port)).not.toBe(busyPort);
      expect(server.stderr()).toContain(`Port ${busyPort}, used last time, is taken now`);
    } finally {
      for (const each of [server, busy]) {
        each.signal('SIGTERM');
        await each.exited;
      }
    }
  }, 60_000);

  it('only an explicit close forgets the session: after Close, a restart shows the home screen and offers nothing', async () => {
    const folder = path.join(root.dir, 'closed');
    const workspace = path.join(folder, 'workspace');
    const dataDir = path.join(folder, 'data');
    await mkdir(workspace, { recursive: true });
    const first = await startServe(bundle, { workspace, dataDir });
    const control = await connectAsControl(first.controlUrl);
    await runASession(control, 'named', 'Closed on purpose');
    await control.call('session.close', {});
    control.close();
    first.signal('SIGINT');
    await first.exited;

    const second = await startServe(bundle, { workspace, dataDir });
    const controlAgain = await connectAsControl(second.controlUrl);
    try {
      expect((await controlAgain.call('session.snapshot', {})).session).toBeNull();
      expect((await controlAgain.call('recovery.list', {})).sessions).toEqual([]);
    } finally {
      controlAgain.close();
      second.signal('SIGTERM');
      await second.exited;
    }
  }, 60_000);
});
