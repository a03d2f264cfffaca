import { kindOf } from '../kinds/registry';
import type { Activity } from '../kinds/registry';
import type { Workshop } from './types';
import type { LocatedProblem } from './workshopIssues';

/**
 * The checks that span fields: unique activity ids here, then each kind's own (shared/kinds/<kind>/checks.ts).
 * Returns every problem (at most one per activity), none when the workshop can be used.
 */
export function checkWorkshop(workshop: Workshop): LocatedProblem[] {
  return checkAgenda(workshop.activities);
}

/**
 * The same checks over an agenda some of whose activities did not pass the schema (null): those are skipped, but their
 * ids (`ids`, as the file writes them) still count, so a file's other problems show at once rather than one Refresh later.
 */
export function checkAgenda(activities: readonly (Activity | null)[], ids: readonly unknown[] = activities.map((activity) => activity?.id)): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const seen = new Map<string, number>();
  const earlier: { id: string }[] = [];
  for (const [index, activity] of activities.entries()) {
    const at = `activities[${index}]`;
    const id = ids[index];
    if (typeof id === 'string') {
      const first = seen.get(id);
      if (first !== undefined) {
        problems.push({ path: `${at}.id`, message: `"${id}" is already the id of activities[${first}]; give each activity its own id.` });
        continue;
      }
      seen.set(id, index);
    }
    if (activity !== null) {
      const problem = kindOf(activity).checkWorkshop(activity, { at, earlier: [...earlier] });
      if (problem) problems.push(problem);
    }
    if (typeof id === 'string') earlier.push({ id });
  }
  return problems;
}
