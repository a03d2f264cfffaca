import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { FileSystemPort } from './fileSystemPort';
import { errorCode, nodeFileSystem } from './fileSystemPort';

/** Options for one atomic write. */
export interface AtomicWriteOptions {
  fs?: FileSystemPort;
  /** Keep the version being replaced as `<name>.bak`. Default true. */
  keepBackup?: boolean;
  /**
   * Flush the file and its folder to disk. Default true. Only for files that
   * can be lost without harm (the recent list): the swap stays atomic either way.
   */
  durable?: boolean;
  /** Permissions of the new file (before the umask), e.g. 0o600 for secrets. Default 0o644. */
  mode?: number;
}

/** The name of the backup kept beside a file. */
export function backupPath(target: string): string {
  return `${target}.bak`;
}

/** Whether a file name is one of our temporary files (`.<name>.<random>.tmp`). */
export function isTempFileName(name: string): boolean {
  return /^\..+\.[0-9a-f]{12}\.tmp$/.test(name);
}

/**
 * Replaces a file's contents so that a crash at any moment leaves either the
 * old version or the new one, never a mix: write a temporary file in the same
 * folder, flush it, keep the old version as `.bak`, rename over the target and
 * flush the folder. On failure the temporary file is removed and the error
 * is rethrown; the target is untouched unless the rename already happened.
 */
export async function atomicWrite(target: string, data: Uint8Array | string, options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFileSystem;
  const folder = path.dirname(target);
  const temp = path.join(folder, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const durable = options.durable ?? true;
  let renamed = false;
  try {
    const file = await fs.openNew(temp, options.mode);
    try {
      await file.write(bytes);
      if (durable) await file.sync();
    } finally {
      await file.close();
    }
    if (options.keepBackup ?? true) await keepBackup(fs, target);
    await fs.rename(temp, target);
    renamed = true;
    if (durable) await fs.syncFolder(folder);
  } catch (error) {
    if (!renamed) await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}

async function keepBackup(fs: FileSystemPort, target: string): Promise<void> {
  const bak = backupPath(target);
  try {
    await fs.unlink(bak);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
  try {
    await fs.link(target, bak);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return; // first save: nothing to keep
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EXDEV' || code === 'EOPNOTSUPP') {
      await fs.copyFile(target, bak); // file systems without hard links (FAT, some network drives)
      return;
    }
    throw error;
  }
}

/**
 * Removes temporary files left in a folder by a save that was interrupted
 * (crash, power cut). Returns the names removed. A missing folder is fine.
 */
export async function sweepOrphanedTempFiles(folder: string, fs: FileSystemPort = nodeFileSystem): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return [];
    throw error;
  }
  const removed: string[] = [];
  for (const name of names.filter(isTempFileName)) {
    try {
      await fs.unlink(path.join(folder, name));
      removed.push(name);
    } catch {
      // Not ours to fight over: leave it for the next start.
    }
  }
  return removed;
}
