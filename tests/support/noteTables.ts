import type { Note } from '../../shared/session/types';
import type { NoteTable } from '../../shared/session/noteTable';
import { allNotes, noteById, noteTableOf } from '../../shared/session/noteTable';

/** A session's note table holding these notes in this order, for tests that build sessions by hand. */
export function notesTable(...notes: Note[]): NoteTable {
  return noteTableOf(notes);
}

/** Every note id in capture order (deleted notes included), as the file's `notes.ids` lists them. */
export function noteIds(table: NoteTable): string[];
export function noteIds(table: NoteTable | undefined): string[] | undefined;
export function noteIds(table: NoteTable | undefined): string[] | undefined {
  return table ? allNotes(table).map((note) => note.id) : undefined;
}

/** The note with this id in a table that may be absent (a session not open yet). */
export function noteIn(table: NoteTable | undefined, id: string): Note | undefined {
  return table ? noteById(table, id) : undefined;
}

/** Every note in capture order, in a table that may be absent. */
export function notesIn(table: NoteTable | undefined): Note[] {
  return table ? allNotes(table) : [];
}
