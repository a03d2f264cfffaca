import type { SessionState, StoredSession } from './types';
import { noteTableFromStored, storedNotesChunks, storedNotesOf } from './noteTable';
import { utf8Bytes } from '../util/utf8';

/** The session in memory from the session as its file stores it (already validated): the notes go into a note table. */
export function sessionFromStored(stored: StoredSession): SessionState {
  return { ...stored, notes: noteTableFromStored(stored.notes) };
}

/** The session as its file stores it: the notes as `{ ids, entities }` in capture order (the file format is unchanged). */
export function storedSessionOf(session: SessionState): StoredSession {
  return { ...savedPart(session), notes: storedNotesOf(session.notes) };
}

/**
 * What of the session outside its notes a file keeps: all of it, except whether phones may join now. That is never
 * saved, so a session reopened (after a restart too) never listens to the room's network until the facilitator says so.
 */
function savedPart(session: SessionState): SessionState {
  if (!session.phones?.open) return session;
  return { ...session, phones: { ...session.phones, open: null } };
}

/**
 * The session as its file stores it, as UTF-8 pieces of JSON text written one after the other:
 * `JSON.stringify(storedSessionOf(session))` without copying every note or building the whole text.
 */
export function storedSessionChunks(session: SessionState): Uint8Array[] {
  const { notes, ...rest } = savedPart(session);
  // `rest` always has keys (meta, agenda…), so the notes follow a comma.
  return [utf8Bytes(`${JSON.stringify(rest).slice(0, -1)},"notes":`), ...storedNotesChunks(notes), CLOSE_OBJECT];
}

const CLOSE_OBJECT = utf8Bytes('}');
