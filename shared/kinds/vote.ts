import { notesForActivity, projectedNotes } from '../session/selectors';
import type { Note, SessionState, VoteActivity, VoteRun } from '../session/types';

/** One option of a vote with its dots. */
export interface VoteTally {
  option: Note;
  count: number;
}

/**
 * The options of a vote, in a stable order: the projected notes of the
 * activity it draws from, then the vote's own notes (written options and
 * any the facilitator added).
 */
export function voteOptions(session: SessionState, activity: VoteActivity): Note[] {
  const fromEarlier = activity.optionsFrom ? projectedNotes(session, activity.optionsFrom) : [];
  const own = notesForActivity(session, activity.id).filter((note) => !note.hidden);
  return [...fromEarlier, ...own];
}

/** The vote's run state (counts and reveal); a fresh one if the session lacks it. */
export function voteRun(session: SessionState, activityId: string): VoteRun {
  const run = session.runs[activityId];
  return run?.kind === 'vote' ? run : { kind: 'vote', counts: {}, revealed: false };
}

/** Every option with its count, in option order. */
export function voteTallies(session: SessionState, activity: VoteActivity): VoteTally[] {
  const { counts } = voteRun(session, activity.id);
  return voteOptions(session, activity).map((option) => ({ option, count: counts[option.id] ?? 0 }));
}

/** Options ranked by dots, most first; ties keep option order. */
export function rankedVotes(session: SessionState, activity: VoteActivity): VoteTally[] {
  return voteTallies(session, activity)
    .map((tally, index) => ({ tally, index }))
    .sort((a, b) => b.tally.count - a.tally.count || a.index - b.index)
    .map(({ tally }) => tally);
}

/** All dots placed in a vote. */
export function totalDots(tallies: readonly VoteTally[]): number {
  return tallies.reduce((sum, tally) => sum + tally.count, 0);
}
