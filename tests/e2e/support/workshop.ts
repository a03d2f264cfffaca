import { managementAndLeadershipWorkshop } from '../../../shared/workshop/builtInWorkshops';
import type { ActivityTemplate } from '../../../shared/workshop/types';

/** The built-in workshop every new session starts from; tests read titles and prompts from it rather than copying them. */
export const workshop = managementAndLeadershipWorkshop;

/** The activity at a position of the built-in agenda (throws if there is none, so a changed workshop fails loudly). */
export function activityAt(index: number): ActivityTemplate {
  const activity = workshop.activities[index];
  if (!activity) throw new Error(`The built-in workshop has no activity #${index + 1}.`);
  return activity;
}

/** The first open discussion of the built-in agenda: where tests of plain note capture and note fitting run. */
export const firstDiscussion: ActivityTemplate = (() => {
  const found = workshop.activities.find((activity) => activity.kind === 'discussion');
  if (!found) throw new Error('The built-in workshop has no discussion.');
  return found;
})();
