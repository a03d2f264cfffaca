import { optionNoteId } from '../../../shared/kinds/vote';
import type { Activity } from '../../../shared/session/types';
import type { HostClient } from '../../support/hostClient';
import { COMMITMENTS, OPENING_SORT, REFLECTION_HIGHLIGHTS, STRENGTH_COUNTS, TRUST_BREAKER_DOTS, WEEK_ON_THE_MAP, captureAll, dispatch } from './kindScenes';
import type { SceneNote } from './kindScenes';

/** The notes each kind gets before it is checked, so boards are checked with content on them. */
export function notesFor(activity: Activity): readonly SceneNote[] {
  switch (activity.kind) {
    case 'sort':
      return activity.columns.some((column) => column.id === 'manager') ? OPENING_SORT.slice(0, 6) : [{ text: 'A note in the first column', columnId: activity.columns[0]?.id ?? '' }];
    case 'map':
      return WEEK_ON_THE_MAP.slice(0, 6).concat(WEEK_ON_THE_MAP.slice(-2));
    case 'reflection':
      return REFLECTION_HIGHLIGHTS;
    case 'commitments':
      return COMMITMENTS;
    case 'discussion':
      return [{ text: 'Trust is built in small moments' }, { text: 'Check-ins both ways' }, { text: 'Said in passing', hidden: true }];
    case 'vote':
    case 'scale':
      return []; // their content is counts, set in openActivity
    case 'break':
      return []; // a break captures nothing
  }
}

/** Goes to an activity, starts its timer and fills it with content (notes, or the counts of a vote or a scale). */
export async function openActivity(client: HostClient, activity: Activity): Promise<void> {
  await dispatch(client, { type: 'activity.go', activityId: activity.id });
  await dispatch(client, { type: 'timer.start', activityId: activity.id });
  await captureAll(client, activity.id, notesFor(activity));
  if (activity.kind === 'vote') {
    for (const index of activity.options.keys()) {
      await dispatch(client, { type: 'vote.setCount', activityId: activity.id, optionId: optionNoteId(activity.id, index + 1), count: TRUST_BREAKER_DOTS[index] ?? 1 });
    }
  }
  if (activity.kind === 'scale') {
    for (const [index, statement] of activity.statements.entries()) {
      for (const [point, count] of (STRENGTH_COUNTS[index] ?? []).entries()) {
        await dispatch(client, { type: 'scale.setCount', activityId: activity.id, statementId: statement.id, point: activity.min + point, count });
      }
    }
  }
}
