import type { StoredProblem, WorkshopCheckContext } from '../kindDefinition';
import type { LocatedProblem } from '../../workshop/workshopIssues';
import type { VoteActivity } from './schema';

/** A vote in a workshop file: its options come from an earlier activity, or it lists its own. */
export function checkVoteWorkshop(activity: VoteActivity, { at, earlier }: WorkshopCheckContext): LocatedProblem | null {
  if (activity.optionsFrom !== null && !earlier.some((candidate) => candidate.id === activity.optionsFrom)) {
    const reason = activity.optionsFrom === activity.id ? 'is this vote itself' : 'is not the id of an activity before this vote';
    return { path: `${at}.optionsFrom`, message: `"${activity.optionsFrom}" ${reason}; options can only come from an earlier activity.` };
  }
  if (activity.optionsFrom === null && activity.options.length === 0) {
    return { path: `${at}.options`, message: 'A vote needs something to vote on: list its "options", or name an earlier activity in "optionsFrom".' };
  }
  return null;
}

/** A vote in a session file: the activity it draws options from is in the agenda. */
export function checkVoteStored(activity: VoteActivity, agendaIds: ReadonlySet<string>): StoredProblem[] {
  if (activity.optionsFrom === null || agendaIds.has(activity.optionsFrom)) return [];
  return [{ path: ['optionsFrom'], message: 'names an activity that is not in the agenda' }];
}
