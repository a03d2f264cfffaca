import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isTempFileName } from '../../../electron/files/atomicWrite';
import type { SaveState } from '../../../shared/protocol/hostStatus';
import { parseSessionFile } from '../../../shared/session/sessionFile';
import { faultyFileSystem } from '../helpers/faultyFileSystem';
import type { FaultPoint, FaultyFileSystem } from '../helpers/faultyFileSystem';
import { makeHost, startWorkshop } from '../helpers/hostHarness';
import type { HostHarness } from '../helpers/hostHarness';
import { noteIds, noteIn } from '../../support/noteTables';

/**
 * Every file-system step of a save (open, write, fsync, rename, folder
 * fsync, unlink) fails with EIO, ENOSPC or EACCES, once or until cleared.
 * Whatever happens: the control window is never told "saved" for the failed
 * write, the file on disk still parses, no temporary file is left once the
 * disk works again, and the next save catches up with everything.
 *
 * A successful save deletes nothing (the backup is swapped in by rename), so
 * unlink is only used to clean up after a failure: its cases make the write
 * fail once too, so that the clean-up itself hits the failing unlink.
 */
const CODES = ['EIO', 'ENOSPC', 'EACCES'] as const;
const STEPS: { point: FaultPoint; nth: number; label: string }[] = [
  { point: 'open', nth: 1, label: 'open (create the temp file)' },
  { point: 'write', nth: 1, label: 'write' },
  { point: 'fsync', nth: 1, label: 'fsync of the temp file' },
  { point: 'rename', nth: 1, label: 'rename (backup swapped in)' },
  { point: 'rename', nth: 2, label: 'rename (new version over the file)' },
  { point: 'folderFsync', nth: 1, label: 'folder fsync' },
  { point: 'unlink', nth: 1, label: 'unlink (clean-up after a failed write)' },
];

let h: HostHarness | null = null;
let disk: FaultyFileSystem;

afterEach(async () => {
  disk.clear();
  await h?.cleanup();
  h = null;
});

async function setup(): Promise<HostHarness> {
  disk = faultyFileSystem();
  const harness = await makeHost({ fileSystem: disk.fs, autosaveRetryMs: 60_000 });
  await startWorkshop(harness.control);
  await harness.control.ok('session.saveAs', { path: 'live.groundwork' });
  await capture(harness, 'before');
  await harness.host.flush();
  return harness;
}

function capture(harness: HostHarness, text: string): Promise<unknown> {
  return harness.control.ok('session.dispatch', { type: 'note.capture', activityId: 'opening-perceptions', text });
}

function saveStates(harness: HostHarness): SaveState[] {
  return harness.control.pushes.flatMap((message) => (message.kind === 'status' ? [message.status.save] : []));
}

async function notesIn(file: string): Promise<string[]> {
  const parsed = parseSessionFile(await readFile(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file} does not parse: ${parsed.problem}`);
  return noteIds(parsed.session.notes).map((id) => noteIn(parsed.session.notes, id)?.text ?? '?');
}

async function temps(harness: HostHarness): Promise<string[]> {
  const folders = [harness.workspace, path.join(harness.dataDir, 'recovery')];
  const names = await Promise.all(folders.map((folder) => readdir(folder).catch(() => [] as string[])));
  return names.flat().filter(isTempFileName);
}

describe('fault injection in the save path', () => {
  for (const step of STEPS) {
    for (const code of CODES) {
      for (const persistent of [false, true]) {
        it(`${step.label} fails with ${code}, ${persistent ? 'until cleared' : 'once'}`, async () => {
          h = await setup();
          const file = path.join(h.workspace, 'live.groundwork');
          const bytesBefore = await readFile(file);
          h.control.pushes.length = 0;

          disk.failNth(step.point, code, step.nth, persistent);
          if (step.point === 'unlink') disk.failNth('write', code, 1, false);
          await capture(h, 'during');
          await h.host.flush();

          // Never "saved" for the failed write: the window says why instead.
          const states = saveStates(h);
          expect(states.some((save) => save.state === 'saved')).toBe(false);
          const last = states.at(-1);
          expect(last?.state).toBe('error');
          expect(last?.state === 'error' && last.reason).toMatch(/^Not saved: /);
          expect((await h.control.snapshot()).status.save.state).toBe('error');

          // The file on disk still parses. Before the rename it is byte for byte the old one;
          // a failure after it (folder fsync) leaves the new version, not confirmed as durable.
          if (step.point === 'folderFsync') expect(await notesIn(file)).toEqual(['before', 'during']);
          else {
            expect(await readFile(file)).toEqual(bytesBefore);
            expect(await notesIn(file)).toEqual(['before']);
          }
          // Once the fault has passed, the failed write's temp files are gone; the
          // emergency copy in the recovery folder holds the change meanwhile.
          if (!persistent) {
            expect(last?.state === 'error' && last.reason).toMatch(/A copy is safe in Groundwork's recovery folder$/);
            const copies = (await readdir(path.join(h.dataDir, 'recovery'))).filter((name) => name.endsWith('.groundwork'));
            expect(copies).toHaveLength(1);
            expect(await notesIn(path.join(h.dataDir, 'recovery', copies[0] ?? ''))).toEqual(['before', 'during']);
          }
          if (step.point !== 'unlink') expect(await temps(h)).toEqual([]);

          // The fault clears: the next save succeeds and carries everything.
          disk.clear();
          await capture(h, 'after');
          await h.host.flush();
          expect(saveStates(h).at(-1)).toEqual({ state: 'saved', at: h.clock.now() });
          expect(await notesIn(file)).toEqual(['before', 'during', 'after']);
          expect(await temps(h)).toEqual([]);
          const leftInRecovery = (await readdir(path.join(h.dataDir, 'recovery'))).filter((name) => name.endsWith('.groundwork'));
          expect(leftInRecovery, 'the emergency copy goes once the file itself is written').toEqual([]);
        });
      }
    }
  }

});
