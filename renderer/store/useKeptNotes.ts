import { useMemo, useRef } from 'react';
import type { NoteTable } from '../../shared/session/noteTable';
import { keptNotesSince } from '../../shared/session/noteChanges';
import type { KeptNotes } from '../../shared/session/noteChanges';
import type { Note } from '../../shared/session/types';

const NONE: readonly Note[] = [];

/** The kept notes, and how many of them pass the count test. */
export interface KeptNoteList {
  notes: readonly Note[];
  counted: number;
}

/**
 * The activity's notes that pass `keep` (a function defined once, outside the component), in capture order, carried
 * over from this component's last reading (`keptNotesSince`): a note arriving in a crowded activity costs the change,
 * where reading the activity again cost every note it holds, on every render. `count` (also defined once) says which
 * of them to count, kept up to date the same way.
 */
export function useKeptNotes(table: NoteTable | null, activityId: string, keep: (note: Note) => boolean, count?: (note: Note) => boolean): KeptNoteList {
  const last = useRef<KeptNotes | null>(null);
  return useMemo(() => {
    if (!table) return { notes: NONE, counted: 0 };
    // A render React throws away may leave a reading of a later version here: the carry-over is right from any
    // version to any other (it reads again where the order does not simply grow), so that does no harm.
    const kept = keptNotesSince(table, activityId, keep, last.current, count);
    last.current = kept;
    return { notes: kept.list.length === 0 ? NONE : kept.list, counted: kept.counted };
  }, [table, activityId, keep, count]);
}
