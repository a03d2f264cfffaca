import { useMemo, useRef } from 'react';
import type { NoteTable } from '../../shared/session/noteTable';
import { keptNotesSince } from '../../shared/session/noteChanges';
import type { KeptNotes } from '../../shared/session/noteChanges';
import type { Note } from '../../shared/session/types';

const NONE: readonly Note[] = [];

/**
 * The activity's notes that pass `keep` (a function defined once, outside the component), in capture order, carried
 * over from this component's last reading (`keptNotesSince`): a note arriving in a crowded activity costs the change,
 * where reading the activity again cost every note it holds, on every render.
 */
export function useKeptNotes(table: NoteTable | null, activityId: string, keep: (note: Note) => boolean): readonly Note[] {
  const last = useRef<KeptNotes | null>(null);
  return useMemo(() => {
    if (!table) return NONE;
    // A render React throws away may leave a reading of a later version here: the carry-over is right from any
    // version to any other (it reads again where the order does not simply grow), so that does no harm.
    const kept = keptNotesSince(table, activityId, keep, last.current);
    last.current = kept;
    return kept.list.length === 0 ? NONE : kept.list;
  }, [table, activityId, keep]);
}
