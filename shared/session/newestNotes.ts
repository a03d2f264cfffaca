import { own } from '../util/own';
import { noteById } from './noteTable';
import type { NoteTable } from './noteTable';
import type { Note } from './types';

/** An activity's notes read from the newest end: how many there are, and the newest few without reading the rest. */
export interface NewestNotes {
  /** How many notes the activity holds. */
  count: number;
  /** The newest `count` notes (all of them if there are fewer), in capture order. */
  newest: (count: number) => Note[];
}

/**
 * An activity's notes read from the newest end, deleted ones included: a projector stage draws the newest few dozen of
 * a discussion of thousands, so it reads those and counts the rest from the chunk lengths, never turning the whole
 * activity into an array on each render.
 */
export function newestNotesOf(table: NoteTable, activityId: string): NewestNotes {
  const chunks = own(table.byActivity, activityId) ?? [];
  let count = 0;
  for (const chunk of chunks) count += chunk.length;
  const newest = (wanted: number): Note[] => {
    const notes: Note[] = [];
    for (let chunkIndex = chunks.length - 1; chunkIndex >= 0 && notes.length < wanted; chunkIndex--) {
      const chunk = chunks[chunkIndex] ?? [];
      for (let index = chunk.length - 1; index >= 0 && notes.length < wanted; index--) {
        const note = noteById(table, chunk[index] ?? '');
        if (note) notes.push(note);
      }
    }
    return notes.reverse();
  };
  return { count, newest };
}
