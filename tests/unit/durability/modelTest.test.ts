import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { isTempFileName } from '../../../electron/files/atomicWrite';
import type { Host } from '../../../electron/host/hostTypes';
import type { RecoveryOffer } from '../../../shared/protocol/verbs';
import { parseSessionFile } from '../../../shared/session/sessionFile';
import type { SessionState } from '../../../shared/session/types';
import { crashableDisk } from '../helpers/crashableDisk';
import type { CrashableDisk } from '../helpers/crashableDisk';
import { connectWindow, makeHost, sequentialIds, startWorkshop } from '../helpers/hostHarness';
import type { HostHarness, TestWindow } from '../helpers/hostHarness';
import { noteIds, noteIn } from '../../support/noteTables';

/**
 * A property-based test of the whole save path against a simple model: a
 * list of notes. Random sequences of edits, explicit saves, waits for the
 * autosave, crashes (the process dies at a random file operation, a write
 * half done) and clean reopens. After every acknowledged save the file equals
 * the model and its `.bak` the version written before. After a crash the
 * file parses, equals exactly the last version that was renamed into place,
 * and is one of the model's states no older than the last acknowledged one;
 * the `.bak` holds what the save path last put there; no temp file survives
 * the restart; the next start reopens the session by itself with what is on disk.
 */
type Note = { text: string; hidden: boolean };
type Model = Note[];

type Step =
  | { kind: 'capture' }
  | { kind: 'edit'; pick: number }
  | { kind: 'hide'; pick: number }
  | { kind: 'save' }
  | { kind: 'wait' }
  | { kind: 'crash'; atOperation: number; editsAfter: number }
  | { kind: 'reopen' };

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.constant<Step>({ kind: 'capture' }), weight: 4 },
  { arbitrary: fc.nat(50).map<Step>((pick) => ({ kind: 'edit', pick })), weight: 2 },
  { arbitrary: fc.nat(50).map<Step>((pick) => ({ kind: 'hide', pick })), weight: 1 },
  { arbitrary: fc.constant<Step>({ kind: 'save' }), weight: 2 },
  { arbitrary: fc.constant<Step>({ kind: 'wait' }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('crash' as const), atOperation: fc.integer({ min: 1, max: 30 }), editsAfter: fc.nat(3) }), weight: 2 },
  { arbitrary: fc.constant<Step>({ kind: 'reopen' }), weight: 1 },
);

const FILE = 'live.groundwork';

function modelOf(session: SessionState): Model {
  return noteIds(session.notes).map((id) => {
    const note = noteIn(session.notes, id);
    return { text: note?.text ?? '?', hidden: note?.hidden ?? false };
  });
}

function parse(text: string | null | undefined): Model {
  if (text === null || text === undefined) throw new Error('expected a version, found none');
  const parsed = parseSessionFile(text);
  if (!parsed.ok) throw new Error(`a version does not parse: ${parsed.problem}`);
  return modelOf(parsed.session);
}

let harness: HostHarness | null = null;
let liveRun: Run | null = null;

/**
 * Removes the last run's folders. Its hosts are not closed: a crashed one
 * would wait for ever for the file operations its death cut off.
 */
async function removeRun(): Promise<void> {
  if (liveRun && !liveRun.disk.dead()) await liveRun.host.close();
  if (harness) await rm(path.dirname(harness.workspace), { recursive: true, force: true, maxRetries: 5 });
  harness = null;
  liveRun = null;
}
afterEach(removeRun);

/** One run: a live host on a crashable disk, and the model's history of states. */
class Run {
  history: Model[] = [[]];
  acked = 0;
  counter = 0;
  restarts = 0;
  host: Host;
  window: TestWindow;
  disk: CrashableDisk;
  readonly file: string;

  constructor(
    readonly h: HostHarness,
    first: CrashableDisk,
    private readonly random: () => number,
  ) {
    this.host = h.host;
    this.window = h.control;
    this.disk = first;
    this.file = path.join(h.workspace, FILE);
  }

  current(): Model {
    return this.history[this.history.length - 1] ?? [];
  }

  async dispatch(command: Record<string, unknown>, next: Model): Promise<void> {
    await this.window.ok('session.dispatch', command);
    this.history.push(next);
  }

  async edit(step: Step): Promise<void> {
    const model = this.current();
    const ids = noteIds((await this.window.snapshot()).session?.notes) ?? [];
    this.counter += 1;
    if (step.kind === 'capture' || model.length === 0) {
      await this.dispatch({ type: 'note.capture', activityId: 'opening-perceptions', text: `t${this.counter}` }, [...model, { text: `t${this.counter}`, hidden: false }]);
      return;
    }
    const index = (step.kind === 'edit' || step.kind === 'hide' ? step.pick : 0) % model.length;
    const note = model[index] ?? { text: '?', hidden: false };
    const changed = step.kind === 'hide' ? { ...note, hidden: !note.hidden } : { ...note, text: `e${this.counter}` };
    const command = step.kind === 'hide' ? { type: 'note.setHidden', noteId: ids[index], hidden: changed.hidden } : { type: 'note.edit', noteId: ids[index], text: changed.text };
    await this.dispatch(command, model.map((each, i) => (i === index ? changed : each)));
  }

  async expectFileIsCurrentAndBackupIsPrevious(): Promise<void> {
    expect(parse(await readFile(this.file, 'utf8'))).toEqual(this.current());
    const versions = this.disk.versions;
    const before = versions[versions.length - 2];
    if (before !== undefined) expect(await readFile(`${this.file}.bak`, 'utf8')).toBe(before);
  }

  async save(): Promise<void> {
    await this.window.ok('session.save');
    this.acked = this.history.length - 1;
    await this.expectFileIsCurrentAndBackupIsPrevious();
  }

  async wait(): Promise<void> {
    await this.host.flush();
    const save = (await this.window.snapshot()).status.save;
    expect(save.state).toBe('saved');
    this.acked = this.history.length - 1;
    await this.expectFileIsCurrentAndBackupIsPrevious();
  }

  async crash(atOperation: number, editsAfter: number): Promise<void> {
    this.disk.crashAt(atOperation);
    for (let i = 0; i < editsAfter && !this.disk.dead(); i++) await this.edit({ kind: 'capture' });
    await new Promise((resolve) => setTimeout(resolve, this.random() * 10));
    this.disk.kill();
    const dead = this.disk;
    await dead.settled();

    // What the disk holds now is exactly the last version renamed into place, and its backup what the save path put there.
    const onDisk = await readFile(this.file, 'utf8');
    expect(onDisk).toBe(dead.versions[dead.versions.length - 1]);
    const restoredModel = parse(onDisk);
    const at = this.history.findIndex((state, index) => index >= this.acked && JSON.stringify(state) === JSON.stringify(restoredModel));
    expect(at, 'the file holds the last acknowledged state or a later one').toBeGreaterThanOrEqual(this.acked);
    const backup = dead.backup();
    if (backup !== null) expect(await readFile(`${this.file}.bak`, 'utf8')).toBe(backup);

    // Restart: the leftovers are swept and the session reopens by itself, with nothing left to offer.
    await this.restart();
    expect((await readdir(this.h.workspace)).filter(isTempFileName)).toEqual([]);
    expect((await this.window.ok<{ sessions: RecoveryOffer[] }>('recovery.list')).sessions).toEqual([]);
    const session = (await this.window.snapshot()).session;
    if (!session) throw new Error('the session did not reopen after the crash');
    expect(modelOf(session)).toEqual(restoredModel);
    this.history = [restoredModel];
    this.acked = 0;
  }

  async reopen(): Promise<void> {
    await this.host.close();
    await this.restart();
    expect((await this.window.ok<{ sessions: RecoveryOffer[] }>('recovery.list')).sessions).toEqual([]);
    // A quit is not a close: the next start reopens the session by itself.
    const session = (await this.window.snapshot()).session;
    if (!session) throw new Error('the session did not reopen after a clean quit');
    expect(modelOf(session), 'a clean quit writes everything').toEqual(this.current());
    this.history = [this.current()];
    this.acked = 0;
    await this.expectFileIsCurrentAndBackupIsPrevious();
  }

  private async restart(): Promise<void> {
    this.disk = crashableDisk(this.file, this.random);
    this.restarts += 1;
    // Each start numbers its ids afresh, as random UUIDs would never collide.
    this.host = this.h.restart({ fileSystem: this.disk.fs, autosaveRetryMs: 60_000, newId: sequentialIds(`start${this.restarts}`) });
    this.window = connectWindow(this.host, 'control');
    await this.window.ok('session.snapshot');
  }
}

describe('model test: edit, save, crash and reopen', () => {
  it('the file always equals the last acknowledged state (or a later one after a crash), and .bak the version before it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArbitrary, { minLength: 1, maxLength: 24 }), fc.integer({ min: 1, max: 2 ** 31 - 1 }), async (steps, seed) => {
        let state = seed;
        const random = (): number => {
          state = (state * 48271) % 2147483647;
          return state / 2147483647;
        };
        await removeRun();
        const h = await makeHostOnCrashableDisk(random);
        harness = h.harness;
        await startWorkshop(h.harness.control);
        await h.harness.control.ok('session.saveAs', { path: FILE });
        const run = new Run(h.harness, h.disk, random);
        liveRun = run;
        for (const step of steps) {
          if (step.kind === 'capture' || step.kind === 'edit' || step.kind === 'hide') await run.edit(step);
          else if (step.kind === 'save') await run.save();
          else if (step.kind === 'wait') await run.wait();
          else if (step.kind === 'crash') await run.crash(step.atOperation, step.editsAfter);
          else await run.reopen();
        }
      }),
      { numRuns: Number(process.env.GROUNDWORK_MODEL_RUNS ?? 60) },
    );
  }, 180_000);
});

/** A host whose disk is crashable; the disk tracks the session file, whose path is only known once the folders exist. */
async function makeHostOnCrashableDisk(random: () => number): Promise<{ harness: HostHarness; disk: CrashableDisk }> {
  const lazy = {} as CrashableDisk['fs'];
  const h = await makeHost({ fileSystem: lazy, autosaveRetryMs: 60_000 });
  const disk = crashableDisk(path.join(h.workspace, FILE), random);
  Object.assign(lazy, disk.fs);
  return { harness: h, disk };
}
