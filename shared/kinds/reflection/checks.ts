import type { WorkshopCheckContext } from '../kindDefinition';
import type { LocatedProblem } from '../../workshop/workshopIssues';
import type { ReflectionActivity } from './schema';

/** A reflection in a workshop file: its writing and pairs stages fit in its planned minutes. */
export function checkReflectionWorkshop(activity: ReflectionActivity, { at }: WorkshopCheckContext): LocatedProblem | null {
  const stages = activity.writingMinutes + activity.pairMinutes;
  if (stages <= activity.plannedMinutes) return null;
  return {
    path: `${at}.plannedMinutes`,
    message: `Writing (${activity.writingMinutes} min) and pairs (${activity.pairMinutes} min) take ${stages} minutes, more than the ${activity.plannedMinutes} planned; raise "plannedMinutes" or shorten the stages.`,
  };
}
