import { kindOf } from '../kinds/registry';
import type { Workshop } from './types';
import type { LocatedProblem } from './workshopIssues';

/**
 * The checks that span fields, run once the structure is valid: unique
 * activity ids here, then each kind's own (shared/kinds/<kind>/checks.ts).
 * Returns every problem (at most one per activity), none when the workshop can be used.
 */
export function checkWorkshop(workshop: Workshop): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const seen = new Map<string, number>();
  for (const [index, activity] of workshop.activities.entries()) {
    const at = `activities[${index}]`;
    const earlier = seen.get(activity.id);
    if (earlier !== undefined) {
      problems.push({ path: `${at}.id`, message: `"${activity.id}" is already the id of activities[${earlier}]; give each activity its own id.` });
      continue;
    }
    seen.set(activity.id, index);
    const problem = kindOf(activity).checkWorkshop(activity, { at, earlier: workshop.activities.slice(0, index) });
    if (problem) problems.push(problem);
  }
  return problems;
}
