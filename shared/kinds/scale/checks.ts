import type { StoredProblem, WorkshopCheckContext } from '../kindDefinition';
import { firstDuplicate } from '../../util/firstDuplicate';
import type { LocatedProblem } from '../../workshop/workshopIssues';
import { MAX_SCALE_POINTS } from './schema';
import type { ScaleActivity } from './schema';

/** A scale in a workshop file: a range of at most MAX_SCALE_POINTS points, and statements with their own ids. */
export function checkScaleWorkshop(activity: ScaleActivity, { at }: WorkshopCheckContext): LocatedProblem | null {
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

/** A scale in a session file: its range runs upwards. */
export function checkScaleStored(activity: ScaleActivity): StoredProblem[] {
  return activity.min >= activity.max ? [{ path: ['max'], message: 'must be greater than min' }] : [];
}
