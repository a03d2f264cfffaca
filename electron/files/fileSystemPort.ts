import { promises as fsp } from 'node:fs';

/** A file opened for writing; the only operations an atomic write needs. */
export interface WritableFile {
  /** Writes the pieces one after the other (a session file comes as many pieces, never one big string). */
  write(chunks: readonly Uint8Array[]): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The file operations that saving goes through. Injected so tests can make any
 * single step fail (disk full, permission denied, I/O error) and check that
 * nothing is left half-written.
 */
export interface FileSystemPort {
  /** Creates a new file for writing (permissions `mode`, default 0o644); fails if it already exists. */
  openNew(path: string, mode?: number): Promise<WritableFile>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, newPath: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Flushes a folder's entries (new names, renames) to disk. */
  syncFolder(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
}

/** The real disk, through node:fs. */
export const nodeFileSystem: FileSystemPort = {
  async openNew(path, mode = 0o644) {
    const handle = await fsp.open(path, 'wx', mode);
    return {
      write: (chunks) => writeAll(handle, chunks),
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  rename: (from, to) => fsp.rename(from, to),
  link: (existing, newPath) => fsp.link(existing, newPath),
  copyFile: (from, to) => fsp.copyFile(from, to),
  unlink: (path) => fsp.unlink(path),
  async syncFolder(path) {
    // Windows cannot open a folder to flush it; its renames are durable enough there.
    if (process.platform === 'win32') return;
    const handle = await fsp.open(path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  readdir: (path) => fsp.readdir(path),
};

/** What `writeAll` needs of a file: node's `FileHandle.writev`, which may write fewer bytes than it was given. */
export interface VectorWriter {
  writev(buffers: Uint8Array[]): Promise<{ bytesWritten: number }>;
}

/** Most pieces in one `writev` call (the system's IOV_MAX is 1,024 on Linux and macOS). */
const PIECES_PER_WRITE = 1024;

/** Writes every byte of the pieces, in as few system calls as it can; a short write goes on where it stopped. */
export async function writeAll(handle: VectorWriter, chunks: readonly Uint8Array[]): Promise<void> {
  let pending = chunks.filter((chunk) => chunk.length > 0);
  while (pending.length > 0) {
    const batch = pending.slice(0, PIECES_PER_WRITE);
    const { bytesWritten } = await handle.writev(batch);
    pending = [...afterBytes(batch, bytesWritten), ...pending.slice(batch.length)];
  }
}

/** What is left of the pieces once the first `count` bytes are written. */
function afterBytes(chunks: readonly Uint8Array[], count: number): Uint8Array[] {
  let skip = count;
  const rest: Uint8Array[] = [];
  for (const chunk of chunks) {
    if (skip >= chunk.length) skip -= chunk.length;
    else {
      rest.push(skip > 0 ? chunk.subarray(skip) : chunk);
      skip = 0;
    }
  }
  return rest;
}

/** The error code of a failed file operation (ENOSPC, EACCES, …), if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}
