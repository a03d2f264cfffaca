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

  it('follows the durable order: temp written and flushed, backup, rename, folder flushed', async () => {
    const faulty = faultyFileSystem();
    const target = path.join(dir, 'retro.groundwork');
    await writeFile(target, 'old');
    await atomicWrite(target, 'new', { fs: faulty.fs });
    const steps = faulty.calls.map((call) => call.split(' ')[0]);
    expect(steps).toEqual(['open', 'write', 'fsync', 'unlink', 'link', 'rename', 'folderFsync']);
    expect(faulty.calls[0]).toMatch(/\/\.retro\.groundwork\.[0-9a-f]{12}\.tmp$/);
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
