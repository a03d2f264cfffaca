import { notesForActivity } from '../../session/selectors';
import type { Note, SessionState, SortActivity, SortColumn } from '../../session/types';

/** One column of a sort activity with the notes in it, in capture order. */
export interface SortColumnNotes {
  column: SortColumn;
  notes: Note[];
}

/**
 * The notes of a sort activity grouped by column. A note whose column no
 * longer exists (or has none) goes into the first column, so nothing vanishes.
 */
export function notesByColumn(session: SessionState, activity: SortActivity, { includeHidden }: { includeHidden: boolean }): SortColumnNotes[] {
  const groups = activity.columns.map((column) => ({ column, notes: [] as Note[] }));
  const first = groups[0];
  if (!first) return groups;
  for (const note of notesForActivity(session, activity.id)) {
    if (note.hidden && !includeHidden) continue;
    const group = groups.find((candidate) => candidate.column.id === note.columnId) ?? first;
    group.notes.push(note);
  }
  return groups;
}

/** The column next to `columnId` in the given direction, or null at the edge. */
export function neighbourColumn(activity: SortActivity, columnId: string | null, direction: -1 | 1): SortColumn | null {
  const index = Math.max(0, activity.columns.findIndex((column) => column.id === columnId));
  return activity.columns[index + direction] ?? null;
}
