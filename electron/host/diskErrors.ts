import { errorCode } from '../files/fileSystemPort';

/** A failed save of a named file whose content was written to a copy in the recovery folder instead. */
export class SavedElsewhereError extends Error {
  constructor(readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'SavedElsewhereError';
  }
}

/** A write the host's file rules refused just before it happened; the message is the whole sentence ("Not saved: …"). */
export class RefusedWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefusedWriteError';
  }
}

/** A version of the session bigger than Groundwork will read back: never written. */
export class TooLargeToSaveError extends Error {
  constructor(bytes: number, maxBytes: number) {
    const megabytes = (value: number) => Math.round(value / (1024 * 1024));
    super(`Not saved: the session is ${megabytes(bytes)} MB, more than the ${megabytes(maxBytes)} MB a session file can hold. The last saved version is kept; export the report and start a new session`);
    this.name = 'TooLargeToSaveError';
  }
}

/** Why a save failed, in words a facilitator can act on ("Not saved: the disk is full"). */
export function describeSaveFailure(error: unknown): string {
  if (error instanceof SavedElsewhereError) return `${describeSaveFailure(error.cause)}. A copy is safe in Groundwork's recovery folder`;
  if (error instanceof RefusedWriteError || error instanceof TooLargeToSaveError) return error.message;
  const code = errorCode(error);
  switch (code ?? '') {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'Not saved: the disk is full';
    case 'EACCES':
    case 'EPERM':
      return 'Not saved: Groundwork is not allowed to write to that folder';
    case 'EROFS':
      return 'Not saved: the disk is read-only';
    case 'EIO':
      return 'Not saved: the disk reported an error (was it unplugged?)';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'Not saved: the folder is no longer there';
    default:
      return `Not saved: ${code ?? (error instanceof Error ? error.message : String(error))}`;
  }
}

/** Why a file could not be read, naming the file. */
export function describeReadFailure(name: string, error: unknown): string {
  const code = errorCode(error);
  switch (code ?? '') {
    case 'ENOENT':
    case 'ENOTDIR':
      return `"${name}" could not be opened: the file is not there.`;
    case 'EACCES':
    case 'EPERM':
      return `"${name}" could not be opened: Groundwork is not allowed to read it.`;
    case 'EISDIR':
      return `"${name}" could not be opened: it is a folder, not a session file.`;
    case 'EIO':
      return `"${name}" could not be opened: the disk reported an error while reading it.`;
    default:
      return `"${name}" could not be opened: ${code ?? (error instanceof Error ? error.message : String(error))}.`;
  }
}
