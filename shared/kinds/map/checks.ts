import type { WorkshopCheckContext } from '../kindDefinition';
import type { LocatedProblem } from '../../workshop/workshopIssues';
import type { MapActivity } from './schema';

/** A map in a workshop file: quadrants only with a second axis. */
export function checkMapWorkshop(activity: MapActivity, { at }: WorkshopCheckContext): LocatedProblem | null {
  if (activity.quadrants !== null && activity.y === null) {
    return { path: `${at}.quadrants`, message: 'Quadrants need a second axis: add a "y" axis, or set "quadrants" to null for a one-line spectrum.' };
  }
  return null;
}
