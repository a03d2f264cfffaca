import type { Activity, Note, SessionState } from './types';
import { activityChanges, noteById, notesOf } from './noteTable';
import type { NoteTable } from './noteTable';

/** The activity the room is on. */
export function currentActivity(session: SessionState): Activity {
  const activity = session.agenda.find((candidate) => candidate.id === session.currentActivityId);
  if (!activity) throw new Error(`Current activity "${session.currentActivityId}" is not in the agenda.`);
  return activity;
}

/** Position of the current activity in the agenda, from 0. */
export function currentActivityIndex(session: SessionState): number {
  return session.agenda.findIndex((activity) => activity.id === session.currentActivityId);
}

/** Notes of one activity that have not been deleted, in capture order. */
export function notesForActivity(session: SessionState, activityId: string): Note[] {
  return notesOf(session.notes, activityId).filter((note) => note.deletedAt === null);
}

/** Notes of one activity that the projector shows. */
export function projectedNotes(session: SessionState, activityId: string): Note[] {
  return notesForActivity(session, activityId).filter((note) => !note.hidden);
}

/** One activity's notes that pass a test, in capture order, as read from one version of the session's notes. */
export interface KeptNotes {
  table: NoteTable;
  activityId: string;
  list: readonly Note[];
}

/**
 * The activity's notes that pass `keep`, in capture order, carried over from an earlier reading with the same `keep`
 * where that is cheaper (`activityChanges`: notes added at the end, notes changed in place that pass before and after),
 * so a note arriving in a crowded activity costs the change; read afresh otherwise. `keep` must be the same test each
 * time for the same `earlier`.
 */
export function keptNotesSince(table: NoteTable, activityId: string, keep: (note: Note) => boolean, earlier: KeptNotes | null): KeptNotes {
  if (earlier && earlier.table === table && earlier.activityId === activityId) return earlier;
  const carried = earlier && earlier.activityId === activityId ? carriedOver(earlier, table, activityId, keep) : null;
  return { table, activityId, list: carried ?? notesOf(table, activityId).filter(keep) };
}

function carriedOver(earlier: KeptNotes, table: NoteTable, activityId: string, keep: (note: Note) => boolean): readonly Note[] | null {
  const changes = activityChanges(earlier.table, table, activityId);
  if (!changes) return null;
  const addedNotes: Note[] = [];
  for (const id of changes.added) {
    const note = noteById(table, id);
    if (note && keep(note)) addedNotes.push(note);
  }
  const changed = changes.changed.filter(([was, now]) => keep(was) || keep(now));
  if (changed.length === 0 && addedNotes.length === 0) return earlier.list;
  const list = [...earlier.list];
  for (const [was, now] of changed) {
    // Kept now and not before, or the other way round: its place in the list needs the whole activity.
    if (!keep(was) || !keep(now)) return null;
    const index = list.lastIndexOf(was);
    if (index < 0) return null;
    list[index] = now;
  }
  list.push(...addedNotes);
  return list;
}
