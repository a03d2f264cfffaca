import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COPY_ORDER, copyPaths, newestCopy } from '../../../electron/host/newestCopy';
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
