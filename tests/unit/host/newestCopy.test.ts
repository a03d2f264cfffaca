import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COPY_ORDER, copyPaths, newestCopy, newestEarlierCopy, readCopies } from '../../../electron/host/newestCopy';
import { serializeSessionFile } from '../../../shared/session/sessionFile';
import { newSession } from '../shared/sessionFixtures';
import type { CopyKind } from '../../../electron/host/newestCopy';
import { emergencyCopyPath } from '../../../electron/host/sessionCopies';

const copy = (kind: CopyKind, savedAt: number) => ({ kind, loaded: { savedAt } });

describe('one policy for choosing among copies of a session', () => {
  it('documents the order that wins a tie: the file, its recovery copy, its backup', () => {
    expect(COPY_ORDER).toEqual(['file', 'recovery', 'backup']);
  });

  it('takes the newest readable copy, whatever its kind', () => {
    expect(newestCopy([copy('file', 10), copy('recovery', 30), copy('backup', 20)])?.kind).toBe('recovery');
    expect(newestCopy([copy('file', 10), copy('recovery', 20), copy('backup', 30)])?.kind).toBe('backup');
    expect(newestCopy([copy('file', 30), copy('recovery', 20), copy('backup', 10)])?.kind).toBe('file');
    // The file could not be read: the newer of the two earlier copies (recovery used to win here whatever its age).
    expect(newestCopy([copy('recovery', 10), copy('backup', 20)])?.kind).toBe('backup');
  });

  it('breaks a tie by the order, however the copies are listed', () => {
    const tied = [copy('backup', 5), copy('recovery', 5), copy('file', 5)];
    expect(newestCopy(tied)?.kind).toBe('file');
    expect(newestCopy([...tied].reverse())?.kind).toBe('file');
    // Without the file, a tie goes to the recovery copy (the backup used to win here).
    expect(newestCopy([copy('backup', 5), copy('recovery', 5)])?.kind).toBe('recovery');
    expect(newestCopy([copy('recovery', 5), copy('backup', 5)])?.kind).toBe('recovery');
  });

  it('has nothing to choose from no copy', () => {
    expect(newestCopy([])).toBeNull();
  });

  it('knows where each copy lives; an untitled session (already in the recovery folder) has no emergency copy', () => {
    const recovery = path.resolve('/data/recovery');
    const named = path.resolve('/work/Retro.groundwork');
    expect(copyPaths(named, recovery)).toEqual([
      { absolute: named, kind: 'file' },
      { absolute: emergencyCopyPath(recovery, named), kind: 'recovery' },
      { absolute: `${named}.bak`, kind: 'backup' },
    ]);
    const untitled = path.join(recovery, 'abc.groundwork');
    expect(copyPaths(untitled, recovery).map((each) => each.kind)).toEqual(['file', 'backup']);
  });
});

describe('reading the copies of a session file', () => {
  it('reads the backup only when the file itself does not read, and then the newest earlier copy wins', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'gw-copies-'));
    try {
      const recovery = path.join(root, 'recovery');
      await mkdir(recovery);
      const file = path.join(root, 'Retro.groundwork');
      await writeFile(file, serializeSessionFile(newSession(), 300));
      await writeFile(`${file}.bak`, serializeSessionFile(newSession(), 200));
      await writeFile(emergencyCopyPath(recovery, file), serializeSessionFile(newSession(), 100));
      const whole = await readCopies(file, recovery);
      expect(whole.fileProblem).toBeNull();
      expect(whole.readable.map((each) => each.kind)).toEqual(['file', 'recovery']);
      expect(newestCopy(whole.readable)?.kind).toBe('file');

      await writeFile(file, '{"cut off');
      const damaged = await readCopies(file, recovery);
      expect(damaged.fileProblem).not.toBeNull();
      expect(damaged.readable.map((each) => each.kind)).toEqual(['recovery', 'backup']);
      // The backup (saved at 200) is newer than a stale emergency copy (100): it is the one offered.
      expect(await newestEarlierCopy(file, recovery)).toMatchObject({ kind: 'backup', loaded: { savedAt: 200 } });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
