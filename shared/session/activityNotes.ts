import { own } from '../util/own';
import type { Note, SessionState } from './types';

/** Every note (hidden and deleted included) of some activities, in capture order. */
export type ActivityNotesOf = (notes: SessionState['notes'], activityIds: readonly string[]) => Note[];

/** Reads every note of the session: the reference answer, O(all notes). */
export const scanActivityNotes: ActivityNotesOf = (notes, activityIds) => {
  const found: Note[] = [];
  for (const id of notes.ids) {
    const note = own(notes.entities, id);
    if (note && activityIds.includes(note.activityId)) found.push(note);
  }
  return found;
};

/**
 * The same answers as `scanActivityNotes`, remembering where the last call's notes were: while the note ids only grow
 * (a capture appends one; an edit, a hide or a delete keeps them), only the new ids and the notes already found are
 * read, so a capture into a session of 20,000 notes costs the projected activity's notes, not the session's. Anything
 * else (another activity, ids removed or reordered by an undo) reads everything again.
 */
export function incrementalActivityNotes(): ActivityNotesOf {
  let last: { ids: readonly string[]; key: string; memberIds: string[] } | null = null;
  return (notes, activityIds) => {
    const key = activityIds.join('\u0000');
    const { ids, entities } = notes;
    const grown = last !== null && last.key === key && extendsList(ids, last.ids);
    const memberIds = grown && last ? last.memberIds : [];
    for (let index = grown && last ? last.ids.length : 0; index < ids.length; index++) {
      const id = ids[index];
      const note = id === undefined ? undefined : own(entities, id);
      if (id !== undefined && note && activityIds.includes(note.activityId)) memberIds.push(id);
    }
    last = { ids, key, memberIds };
    const found: Note[] = [];
    for (const id of memberIds) {
      const note = own(entities, id);
      if (note) found.push(note);
    }
    return found;
  };
}

/** Whether `list` is `start` with zero or more ids appended (ids are compared by value, cheaply). */
function extendsList(list: readonly string[], start: readonly string[]): boolean {
  if (list === start) return true;
  if (list.length < start.length) return false;
  for (let index = 0; index < start.length; index++) if (list[index] !== start[index]) return false;
  return true;
}
