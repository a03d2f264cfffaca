import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { SESSION_FILE_EXTENSION } from '../../shared/session/sessionFile';
import { atomicWrite, backupPath } from '../files/atomicWrite';
import type { FileData } from '../files/atomicWrite';
import type { FileSystemPort } from '../files/fileSystemPort';
import { SavedElsewhereError } from './diskErrors';
import { openSessionId } from './openSessions';
import { isInside } from './workspacePaths';

/**
 * Where a named session is written when its own file cannot be (the folder
 * has gone, the drive was pulled out): a copy in the recovery folder, named
 * after the file so a person browsing the folder can tell what it is.
 */
export function emergencyCopyPath(recoveryDir: string, namedFile: string): string {
  const stem = path.basename(namedFile).replace(/\.groundwork$/i, '').slice(0, 80) || 'session';
  return path.join(recoveryDir, `${stem}-${openSessionId(namedFile).slice(0, 8)}${SESSION_FILE_EXTENSION}`);
}

/**
 * Writes session files. When a named file cannot be written, the same bytes
 * go to its emergency copy in the recovery folder and the write still fails
 * (with SavedElsewhereError: the named file does not hold them). The copy is
 * removed once the named file is written again.
 */
export class SessionWriter {
  /** Emergency copies written (or adopted by a restore) in this run. */
  private readonly copies = new Set<string>();

  constructor(
    private readonly recoveryDir: string,
    private readonly fs: FileSystemPort | undefined,
    /** Checks a named file's real location just before each write; throws to refuse it. */
    private readonly checkTarget: (file: string) => Promise<void> = () => Promise.resolve(),
  ) {}

  /** A restored emergency copy: removed once its named file has been written. */
  adopt(copy: string): void {
    this.copies.add(copy);
  }

  /** Writes one version atomically; `keepBackup` false leaves the existing `.bak` as it is. */
  async write(file: string, text: FileData, keepBackup: boolean): Promise<void> {
    try {
      if (!isInside(this.recoveryDir, file)) await this.checkTarget(file);
      await atomicWrite(file, text, { fs: this.fs, keepBackup });
    } catch (error) {
      if (isInside(this.recoveryDir, file)) throw error;
      const copy = emergencyCopyPath(this.recoveryDir, file);
      // Remembered before writing: even a copy whose last step failed is removed once the file is written.
      this.copies.add(copy);
      try {
        await fsp.mkdir(this.recoveryDir, { recursive: true });
        await atomicWrite(copy, text, { fs: this.fs });
      } catch {
        throw error;
      }
      throw new SavedElsewhereError(error);
    }
    const copy = emergencyCopyPath(this.recoveryDir, file);
    if (this.copies.delete(copy)) {
      await fsp.rm(copy, { force: true }).catch(() => undefined);
      await fsp.rm(backupPath(copy), { force: true }).catch(() => undefined);
    }
  }
}
