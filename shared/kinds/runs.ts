import type { Activity, ActivityRun } from '../session/types';
import { kindOf } from './registry';

/** The run state a new session starts with for an activity; null for kinds that keep everything in notes. */
export function initialRun(activity: Activity): ActivityRun | null {
  return kindOf(activity).run?.initial(activity) ?? null;
}

/** Run states for a whole agenda, keyed by activity id. */
export function runsForAgenda(agenda: readonly Activity[]): Record<string, ActivityRun> {
  const runs: Record<string, ActivityRun> = {};
  for (const activity of agenda) {
    const run = initialRun(activity);
    if (run) runs[activity.id] = run;
  }
  return runs;
}
