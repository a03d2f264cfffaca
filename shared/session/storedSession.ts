import type { SessionState, StoredSession } from './types';
import { noteTableFromStored, storedNotesChunks, storedNotesOf } from './noteTable';
import { utf8Bytes } from '../util/utf8';

/** The session in memory from the session as its file stores it (already validated): the notes go into a note table. */
export function sessionFromStored(stored: StoredSession): SessionState {
  return { ...stored, notes: noteTableFromStored(stored.notes) };
}

/** The session as its file stores it: the notes as `{ ids, entities }` in capture order (the file format is unchanged). */
export function storedSessionOf(session: SessionState): StoredSession {
  return { ...session, notes: storedNotesOf(session.notes) };
}

/**
 * The session as its file stores it, as UTF-8 pieces of JSON text written one after the other:
 * `JSON.stringify(storedSessionOf(session))` without copying every note or building the whole text.
 */
export function storedSessionChunks(session: SessionState): Uint8Array[] {
  const { notes, ...rest } = session;
  // `rest` always has keys (meta, agenda…), so the notes follow a comma.
  return [utf8Bytes(`${JSON.stringify(rest).slice(0, -1)},"notes":`), ...storedNotesChunks(notes), CLOSE_OBJECT];
}

const CLOSE_OBJECT = utf8Bytes('}');
