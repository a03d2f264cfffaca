import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { MAX_SESSION_FILE_BYTES, parseSessionFile } from '../../shared/session/sessionFile';
import type { SessionState } from '../../shared/session/types';
import { describeReadFailure } from './diskErrors';
import { HostFailure } from './hostFailure';
import { errorCode } from '../files/fileSystemPort';

/** A session read from disk and checked. */
export interface LoadedSessionFile {
  session: SessionState;
  savedAt: number;
  migratedFrom: number | null;
  /** The file's size, the starting point of the session's size budget. */
  bytes: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads and checks a session file without ever writing to it. Refuses folders
 * and files over 50 MB before reading a byte; every refusal names the file and
 * the problem.
 */
export async function readSessionFile(absolutePath: string): Promise<LoadedSessionFile> {
  const name = path.basename(absolutePath);
  const bytes = await readBounded(absolutePath, name);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    if (cutInsideCharacter(bytes)) throw new HostFailure('file', `"${name}" could not be opened: it ends part-way through a character, so it looks truncated (cut off while being saved or copied).`);
    throw new HostFailure('file', `"${name}" could not be opened: it is not a text file, so it is not a Groundwork session.`);
  }
  const parsed = parseSessionFile(text);
  if (!parsed.ok) throw new HostFailure('file', `"${name}" could not be opened: ${parsed.problem}.`);
  return { session: parsed.session, savedAt: parsed.savedAt, migratedFrom: parsed.migratedFrom, bytes: bytes.length };
}

/** Whether the bytes are good UTF-8 except for an incomplete character at the very end (a cut-off file). */
function cutInsideCharacter(bytes: Uint8Array): boolean {
  for (let drop = 1; drop <= 3 && drop < bytes.length; drop++) {
    const lead = bytes[bytes.length - drop] ?? 0;
    if (lead >= 0x80 && lead < 0xc0) continue; // a continuation byte: the character starts further back
    const length = lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xc2 && lead < 0xe0 ? 2 : 0;
    if (length <= drop) return false;
    try {
      utf8.decode(bytes.subarray(0, bytes.length - drop));
      return true;
    } catch {
      return false;
    }
  }
  return false;
}

async function readBounded(absolutePath: string, name: string): Promise<Uint8Array> {
  let handle: fsp.FileHandle;
  try {
    // Check what it is before opening: opening a pipe or device could hang.
    checkSize(name, await fsp.stat(absolutePath));
    handle = await fsp.open(absolutePath, 'r');
  } catch (error) {
    if (error instanceof HostFailure) throw error;
    throw new HostFailure(errorCode(error) === 'ENOENT' ? 'not-found' : 'file', describeReadFailure(name, error));
  }
  try {
    const stats = await handle.stat();
    checkSize(name, stats);
    // Read at most one byte past the limit, in case the file grew after the check.
    const buffer = Buffer.alloc(Math.min(stats.size, MAX_SESSION_FILE_BYTES) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) break;
    }
    if (length > stats.size) throw new HostFailure('file', `"${name}" could not be opened: it changed while Groundwork was reading it. Try again.`);
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof HostFailure) throw error;
    throw new HostFailure('file', describeReadFailure(name, error));
  } finally {
    await handle.close();
  }
}

function checkSize(name: string, stats: { isDirectory(): boolean; isFile(): boolean; size: number }): void {
  if (stats.isDirectory()) throw new HostFailure('file', `"${name}" could not be opened: it is a folder, not a session file.`);
  if (!stats.isFile()) throw new HostFailure('file', `"${name}" could not be opened: it is not an ordinary file.`);
  if (stats.size > MAX_SESSION_FILE_BYTES) {
    const megabytes = Math.round(stats.size / (1024 * 1024));
    const limit = MAX_SESSION_FILE_BYTES / (1024 * 1024);
    throw new HostFailure('file', `"${name}" could not be opened: it is ${megabytes} MB, larger than the ${limit} MB a session file can be.`);
  }
}
