import { notesForActivity } from '../../session/selectors';
import type { CommitmentDetails, Note, SessionState } from '../../session/types';

/** A commitment as both windows and the report show it. */
export interface Commitment {
  note: Note;
  who: string;
  what: string;
  byWhen: string;
}

/** The commitments of an activity in capture order; a note without details counts as "someone", no date. */
export function commitmentsFor(session: SessionState, activityId: string, { includeHidden }: { includeHidden: boolean }): Commitment[] {
  return notesForActivity(session, activityId)
    .filter((note) => includeHidden || !note.hidden)
    .map((note) => {
      const details: CommitmentDetails = note.commitment ?? { who: '', byWhen: '' };
      return { note, who: details.who, what: note.text, byWhen: details.byWhen };
    });
}
