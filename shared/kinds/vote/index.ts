import { phoneDots } from '../../phones/phoneBallots';
import { notesForActivity, projectedNotes } from '../../session/selectors';
import type { Note, SessionState, VoteActivity, VoteRun } from '../../session/types';

/** One option of a vote with its dots. */
export interface VoteTally {
  option: Note;
  count: number;
}

/** The option id of a vote's n-th written option (from 1); counts are kept under it like under a note id. */
export function optionNoteId(activityId: string, n: number): string {
  return `${activityId}-option-${n}`;
}

/**
 * The options written in the workshop, as read-only notes of the vote (they
 * are not stored in the session's notes, so they never count as something
 * the room said).
 */
export function writtenOptions(activity: VoteActivity): Note[] {
  return activity.options.map((text, index) => ({
    id: optionNoteId(activity.id, index + 1),
    activityId: activity.id,
    text,
    hidden: false,
    createdAt: 0,
    updatedAt: 0,
    deletedAt: null,
    columnId: null,
    position: null,
    attribution: null,
    commitment: null,
  }));
}

/** Whether an option id names one of the workshop's written options rather than a captured note. */
export function isWrittenOption(activity: VoteActivity, optionId: string): boolean {
  return writtenOptions(activity).some((option) => option.id === optionId);
}

/**
 * The options of a vote, in a stable order: the projected notes of the
 * activity it draws from, the options written in the workshop, then the
 * options the facilitator added (the vote's own notes that are not hidden).
 */
export function voteOptions(session: SessionState, activity: VoteActivity): Note[] {
  const fromEarlier = activity.optionsFrom ? projectedNotes(session, activity.optionsFrom) : [];
  const own = notesForActivity(session, activity.id).filter((note) => !note.hidden);
  return [...fromEarlier, ...writtenOptions(activity), ...own];
}

/** The vote's run state (counts and reveal); a fresh one if the session lacks it. */
export function voteRun(session: SessionState, activityId: string): VoteRun {
  const run = session.runs[activityId];
  return run?.kind === 'vote' ? run : { kind: 'vote', counts: {}, revealed: false };
}

/** Every option with its count (the facilitator's dots and the phones' together), in option order. */
export function voteTallies(session: SessionState, activity: VoteActivity): VoteTally[] {
  const { counts } = voteRun(session, activity.id);
  const fromPhones = phoneDots(session, activity.id);
  return voteOptions(session, activity).map((option) => ({ option, count: (counts[option.id] ?? 0) + (fromPhones[option.id] ?? 0) }));
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
