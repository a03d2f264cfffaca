import type { Activity, ActivityRun } from '../session/types';
import { stageTimerFor } from './reflection';

/** The run state a new session starts with for an activity; null for kinds that keep everything in notes. */
export function initialRun(activity: Activity): ActivityRun | null {
  switch (activity.kind) {
    case 'vote':
      return { kind: 'vote', counts: {}, revealed: !activity.hideResultsUntilRevealed };
    case 'scale':
      return { kind: 'scale', counts: Object.fromEntries(activity.statements.map((statement) => [statement.id, Array<number>(activity.max - activity.min + 1).fill(0)])) };
    case 'reflection':
      return { kind: 'reflection', stage: 'writing', stageTimer: stageTimerFor(activity, 'writing') };
    case 'discussion':
    case 'sort':
    case 'map':
    case 'commitments':
      return null;
  }
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
