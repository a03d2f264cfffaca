import type { Activity, MapActivity, ReflectionActivity, ScaleActivity, SortActivity, VoteActivity } from '../session/types';
import type { Workshop } from './types';
import type { LocatedProblem } from './workshopIssues';
import { MAX_SCALE_POINTS } from './workshopSchema';

/**
 * The checks that span fields, run once the structure is valid: unique ids,
 * a vote's options, a map's quadrants, a scale's range, a reflection's timing.
 * Returns the first problem, or null when the workshop can be used.
 */
export function checkWorkshop(workshop: Workshop): LocatedProblem | null {
  const seen = new Map<string, number>();
  for (const [index, activity] of workshop.activities.entries()) {
    const at = `activities[${index}]`;
    const earlier = seen.get(activity.id);
    if (earlier !== undefined) {
      return { path: `${at}.id`, message: `"${activity.id}" is already the id of activities[${earlier}]; give each activity its own id.` };
    }
    seen.set(activity.id, index);
    const problem = checkActivity(activity, at, workshop.activities.slice(0, index));
    if (problem) return problem;
  }
  return null;
}

function checkActivity(activity: Activity, at: string, earlier: readonly Activity[]): LocatedProblem | null {
  switch (activity.kind) {
    case 'sort':
      return checkSort(activity, at);
    case 'map':
      return checkMap(activity, at);
    case 'vote':
      return checkVote(activity, at, earlier);
    case 'reflection':
      return checkReflection(activity, at);
    case 'scale':
      return checkScale(activity, at);
    case 'discussion':
    case 'commitments':
      return null;
  }
}

function firstDuplicate(ids: readonly string[]): number {
  return ids.findIndex((id, index) => ids.indexOf(id) !== index);
}

function checkSort(activity: SortActivity, at: string): LocatedProblem | null {
  const duplicate = firstDuplicate(activity.columns.map((column) => column.id));
  if (duplicate < 0) return null;
  const id = activity.columns[duplicate]?.id ?? '';
  return { path: `${at}.columns[${duplicate}].id`, message: `"${id}" is already the id of another column of this sort; give each column its own id.` };
}

function checkMap(activity: MapActivity, at: string): LocatedProblem | null {
  if (activity.quadrants !== null && activity.y === null) {
    return { path: `${at}.quadrants`, message: 'Quadrants need a second axis: add a "y" axis, or set "quadrants" to null for a one-line spectrum.' };
  }
  return null;
}

function checkVote(activity: VoteActivity, at: string, earlier: readonly Activity[]): LocatedProblem | null {
  if (activity.optionsFrom !== null && !earlier.some((candidate) => candidate.id === activity.optionsFrom)) {
    const reason = activity.optionsFrom === activity.id ? 'is this vote itself' : 'is not the id of an activity before this vote';
    return { path: `${at}.optionsFrom`, message: `"${activity.optionsFrom}" ${reason}; options can only come from an earlier activity.` };
  }
  if (activity.optionsFrom === null && activity.options.length === 0) {
    return { path: `${at}.options`, message: 'A vote needs something to vote on: list its "options", or name an earlier activity in "optionsFrom".' };
  }
  return null;
}

function checkReflection(activity: ReflectionActivity, at: string): LocatedProblem | null {
  const stages = activity.writingMinutes + activity.pairMinutes;
  if (stages <= activity.plannedMinutes) return null;
  return {
    path: `${at}.plannedMinutes`,
    message: `Writing (${activity.writingMinutes} min) and pairs (${activity.pairMinutes} min) take ${stages} minutes, more than the ${activity.plannedMinutes} planned; raise "plannedMinutes" or shorten the stages.`,
  };
}

function checkScale(activity: ScaleActivity, at: string): LocatedProblem | null {
  if (activity.min >= activity.max) return { path: `${at}.max`, message: `"max" (${activity.max}) must be greater than "min" (${activity.min}).` };
  const points = activity.max - activity.min + 1;
  if (points > MAX_SCALE_POINTS) {
    return { path: `${at}.max`, message: `A scale can have at most ${MAX_SCALE_POINTS} points; ${activity.min} to ${activity.max} is ${points}.` };
  }
  const duplicate = firstDuplicate(activity.statements.map((statement) => statement.id));
  if (duplicate < 0) return null;
  const id = activity.statements[duplicate]?.id ?? '';
  return { path: `${at}.statements[${duplicate}].id`, message: `"${id}" is already the id of another statement of this scale; give each statement its own id.` };
}
