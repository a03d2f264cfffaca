import { describe, expect, it } from 'vitest';
import { writeAll } from '../../../electron/files/fileSystemPort';
import { sessionFileChunks, serializeSessionFile, parseSessionFile } from '../../../shared/session/sessionFile';
import { newSession } from '../shared/sessionFixtures';

/** A file handle that takes at most `perCall` bytes and `maxPieces` pieces per writev, as a disk may. */
function shortWritingHandle(perCall: number, maxPieces: number) {
  const written: number[] = [];
  let calls = 0;
  return {
    written,
    calls: () => calls,
    writev(buffers: Uint8Array[]) {
      calls += 1;
      if (buffers.length > maxPieces) throw new Error(`writev with ${buffers.length} pieces`);
      let bytesWritten = 0;
      for (const buffer of buffers) {
        for (const byte of buffer) {
          if (bytesWritten === perCall) break;
          written.push(byte);
          bytesWritten += 1;
        }
      }
      return Promise.resolve({ bytesWritten });
    },
  };
}

describe('writing a file in pieces', () => {
  it('writes every byte in order when the disk takes only part of each write', async () => {
    const pieces = [Buffer.from('{"a":'), new Uint8Array(0), Buffer.from('"héllo"'), Buffer.from(',"b":[1,2,3]}')];
    const handle = shortWritingHandle(4, 1024);
    await writeAll(handle, pieces);
    expect(Buffer.from(handle.written).toString('utf8')).toBe('{"a":"héllo","b":[1,2,3]}');
  });

  it('never passes the system more pieces at once than it takes', async () => {
    const pieces = Array.from({ length: 2500 }, (_, index) => Buffer.from(`${index},`));
    const handle = shortWritingHandle(Number.MAX_SAFE_INTEGER, 1024);
    await writeAll(handle, pieces);
    expect(Buffer.from(handle.written).toString('utf8')).toBe(pieces.map((piece) => piece.toString()).join(''));
    expect(handle.calls()).toBe(3);
  });

  it('a session written in pieces is the same text as the session serialized whole, and opens again', () => {
    const session = newSession();
    const text = Buffer.concat(sessionFileChunks(session, 5)).toString('utf8');
    expect(text).toBe(serializeSessionFile(session, 5));
    const reopened = parseSessionFile(text);
    expect(reopened.ok && reopened.session).toEqual(session);
  });
});
