import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWrite, isTempFileName, sweepOrphanedTempFiles } from '../../../electron/files/atomicWrite';
import { faultyFileSystem } from '../helpers/faultyFileSystem';
import type { FaultPoint } from '../helpers/faultyFileSystem';
import { makeTempDir } from '../helpers/tempDir';

let dir: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterEach(async () => {
  await cleanup();
});

describe('atomicWrite', () => {
  it('writes a new file and leaves no temporary file behind', async () => {
    const target = path.join(dir, 'retro.groundwork');
    await atomicWrite(target, 'first');
    expect(await readFile(target, 'utf8')).toBe('first');
    expect(await readdir(dir)).toEqual(['retro.groundwork']);
  });

  it('keeps the previous version as .bak', async () => {
    const target = path.join(dir, 'retro.groundwork');
    await atomicWrite(target, 'first');
    await atomicWrite(target, 'second');
    await atomicWrite(target, 'third');
    expect(await readFile(target, 'utf8')).toBe('third');
    expect(await readFile(`${target}.bak`, 'utf8')).toBe('second');
    expect((await readdir(dir)).sort()).toEqual(['retro.groundwork', 'retro.groundwork.bak']);
  });

  it('follows the durable order: temp written and flushed, backup swapped in, rename, folder flushed; no version deleted', async () => {
    const faulty = faultyFileSystem();
    const target = path.join(dir, 'retro.groundwork');
    await writeFile(target, 'old');
    await writeFile(`${target}.bak`, 'older');
    await atomicWrite(target, 'new', { fs: faulty.fs });
    const steps = faulty.calls.map((call) => call.split(' ')[0]);
    // The unlink only tidies the backup's temporary name in case the rename had nothing to do (it is normally gone already).
    expect(steps).toEqual(['open', 'write', 'fsync', 'link', 'rename', 'unlink', 'rename', 'folderFsync']);
    expect(faulty.calls[0]).toMatch(/\/\.retro\.groundwork\.[0-9a-f]{12}\.tmp$/);
    expect(faulty.calls[3]).toMatch(/\/\.retro\.groundwork\.bak\.[0-9a-f]{12}\.tmp$/);
    expect(faulty.calls[4]).toBe(`rename ${target}.bak`);
    expect(faulty.calls[6]).toBe(`rename ${target}`);
    expect(await readFile(`${target}.bak`, 'utf8')).toBe('old');
  });

  it.each<[FaultPoint, string]>([
    ['open', 'EACCES'],
    ['write', 'ENOSPC'],
    ['fsync', 'EIO'],
    ['link', 'EIO'],
    ['rename', 'EACCES'],
  ])('when %s fails with %s, the error is rethrown, the old file is intact and the temp file is gone', async (point, code) => {
    const faulty = faultyFileSystem();
    const target = path.join(dir, 'retro.groundwork');
    await writeFile(target, 'old contents');
    faulty.fail(point, code);
    await expect(atomicWrite(target, 'new contents', { fs: faulty.fs })).rejects.toMatchObject({ code });
    expect(await readFile(target, 'utf8')).toBe('old contents');
    expect((await readdir(dir)).filter(isTempFileName)).toEqual([]);
  });

  it('when flushing the folder fails after the rename, the error still reaches the caller', async () => {
    const faulty = faultyFileSystem();
    const target = path.join(dir, 'retro.groundwork');
    faulty.fail('folderFsync', 'EIO');
    await expect(atomicWrite(target, 'new', { fs: faulty.fs })).rejects.toMatchObject({ code: 'EIO' });
    expect((await readdir(dir)).filter(isTempFileName)).toEqual([]);
  });

  it('a save after one that failed between swapping in the backup and the rename leaves no temporary file', async () => {
    const faulty = faultyFileSystem();
    const target = path.join(dir, 'retro.groundwork');
    await atomicWrite(target, 'first');
    faulty.failNth('rename', 'EIO', 2, false);
    await expect(atomicWrite(target, 'second', { fs: faulty.fs })).rejects.toMatchObject({ code: 'EIO' });
    // The backup is now the same file as the target (a hard link); renaming one onto the other does nothing.
    await atomicWrite(target, 'third', { fs: faulty.fs });
    expect(await readFile(target, 'utf8')).toBe('third');
    expect(await readFile(`${target}.bak`, 'utf8')).toBe('first');
    expect((await readdir(dir)).sort()).toEqual(['retro.groundwork', 'retro.groundwork.bak']);
  });

  it('a temporary file that could not be removed after a failure is removed by the next write', async () => {
    const faulty = faultyFileSystem();
    const target = path.join(dir, 'retro.groundwork');
    faulty.fail('write', 'ENOSPC');
    faulty.fail('unlink', 'EIO');
    await expect(atomicWrite(target, 'lost', { fs: faulty.fs })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect((await readdir(dir)).filter(isTempFileName)).toHaveLength(1);
    faulty.clear();
    await atomicWrite(target, 'kept', { fs: faulty.fs });
    expect(await readdir(dir)).toEqual(['retro.groundwork']);
  });

  it('can skip the backup', async () => {
    const target = path.join(dir, 'recent.json');
    await atomicWrite(target, '1', { keepBackup: false });
    await atomicWrite(target, '2', { keepBackup: false });
    expect(await readdir(dir)).toEqual(['recent.json']);
  });
});

describe('sweepOrphanedTempFiles', () => {
  it('removes temp files an interrupted save left, and nothing else', async () => {
    await writeFile(path.join(dir, '.retro.groundwork.0123456789ab.tmp'), 'partial');
    await writeFile(path.join(dir, 'retro.groundwork'), 'real');
    await writeFile(path.join(dir, 'notes.tmp'), 'someone else');
    await writeFile(path.join(dir, '.hidden'), 'someone else');
    expect(await sweepOrphanedTempFiles(dir)).toEqual(['.retro.groundwork.0123456789ab.tmp']);
    expect((await readdir(dir)).sort()).toEqual(['.hidden', 'notes.tmp', 'retro.groundwork']);
  });

  it('accepts a folder that does not exist', async () => {
    expect(await sweepOrphanedTempFiles(path.join(dir, 'missing'))).toEqual([]);
  });
});
