import type { SessionState, StoredSession } from './types';
import { noteTableFromStored, storedNotesJson, storedNotesOf } from './noteTable';

/** The session in memory from the session as its file stores it (already validated): the notes go into a note table. */
export function sessionFromStored(stored: StoredSession): SessionState {
  return { ...stored, notes: noteTableFromStored(stored.notes) };
}

/** The session as its file stores it: the notes as `{ ids, entities }` in capture order (the file format is unchanged). */
export function storedSessionOf(session: SessionState): StoredSession {
  return { ...session, notes: storedNotesOf(session.notes) };
}

/** The session as its file stores it, as JSON text: `JSON.stringify(storedSessionOf(session))` without copying every note. */
export function storedSessionJson(session: SessionState): string {
  const { notes, ...rest } = session;
  // `rest` always has keys (meta, agenda…), so the notes follow a comma.
  return `${JSON.stringify(rest).slice(0, -1)},"notes":${storedNotesJson(notes)}}`;
}
