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

/** What a file is written from: text, bytes, or pieces of bytes written one after the other. */
export type FileData = string | Uint8Array | readonly Uint8Array[];

/** The name of the backup kept beside a file. */
export function backupPath(target: string): string {
  return `${target}.bak`;
}

/** Whether a file name is one of our temporary files (`.<name>.<random>.tmp`). */
export function isTempFileName(name: string): boolean {
  return /^\..+\.[0-9a-f]{12}\.tmp$/.test(name);
}

/** A fresh temporary name in the target's folder, hidden and recognisable by `isTempFileName`. */
function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Temporary files a failed write could not remove (the disk refused the
 * unlink too). Each later write to the same folder tries again, so they do
 * not pile up while the app runs; the start-up sweep catches the rest.
 */
const leftovers = new WeakMap<FileSystemPort, Set<string>>();

function leftoversOf(fs: FileSystemPort): Set<string> {
  let set = leftovers.get(fs);
  if (!set) {
    set = new Set();
    leftovers.set(fs, set);
  }
  return set;
}

async function removeTemp(fs: FileSystemPort, temp: string): Promise<void> {
  try {
    await fs.unlink(temp);
    leftoversOf(fs).delete(temp);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') leftoversOf(fs).delete(temp);
    else leftoversOf(fs).add(temp);
  }
}

async function retryLeftovers(fs: FileSystemPort, folder: string): Promise<void> {
  const set = leftovers.get(fs);
  if (!set || set.size === 0) return;
  for (const temp of [...set]) if (path.dirname(temp) === folder) await removeTemp(fs, temp);
}

/**
 * Replaces a file's contents so that a crash at any moment leaves either the
 * old version or the new one, never a mix: write a temporary file in the same
 * folder and flush it, keep the old version as `.bak` (hard link or copy to a
 * temporary name, renamed over the old backup), rename over the target and
 * flush the folder. No step of a successful write deletes a version, so there
 * is never a moment without a complete target and a complete backup. On
 * failure the temporary files are removed and the error is rethrown; the
 * target is untouched unless the rename already happened.
 */
export async function atomicWrite(target: string, data: FileData, options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFileSystem;
  const folder = path.dirname(target);
  const temp = tempPathFor(target);
  const chunks = typeof data === 'string' ? [Buffer.from(data, 'utf8')] : data instanceof Uint8Array ? [data] : data;
  const durable = options.durable ?? true;
  let created = false;
  let renamed = false;
  let backupTemp: string | null = null;
  await retryLeftovers(fs, folder);
  try {
    const file = await fs.openNew(temp, options.mode);
    created = true;
    try {
      await file.write(chunks);
      if (durable) await file.sync();
    } finally {
      await file.close();
    }
    if (options.keepBackup ?? true) {
      backupTemp = tempPathFor(backupPath(target));
      if (await snapshotInto(fs, target, backupTemp)) {
        await fs.rename(backupTemp, backupPath(target));
        // When the backup already was this very file (a hard link left by a save that failed after
        // swapping the backup in), rename does nothing and leaves the temporary name behind.
        await removeTemp(fs, backupTemp);
      }
      backupTemp = null;
    }
    await fs.rename(temp, target);
    renamed = true;
    if (durable) await fs.syncFolder(folder);
  } catch (error) {
    if (created && !renamed) await removeTemp(fs, temp);
    if (backupTemp) await removeTemp(fs, backupTemp);
    throw error;
  }
}

/**
 * Makes `copy` hold the current target (a hard link where the file system
 * has them, else a byte copy). Returns false when there is no target yet.
 */
async function snapshotInto(fs: FileSystemPort, target: string, copy: string): Promise<boolean> {
  try {
    await fs.link(target, copy);
    return true;
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return false; // first save: nothing to keep
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EXDEV' || code === 'EOPNOTSUPP') {
      await fs.copyFile(target, copy); // file systems without hard links (FAT, some network drives)
      return true;
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
