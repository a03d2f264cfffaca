/**
 * The live agenda: what the facilitator changes in the plan while the session runs. An activity still to come can be
 * given more or fewer minutes (its timer's length; the activity keeps the workshop's plan, so the forecast and the
 * report measure against it), dropped (skipped) or moved among the others still to come; what has begun keeps its
 * place and its plan (its timer's +1/−1 minute changes how long it runs). Next and Previous pass over dropped
 * activities; going to one by hand brings it back.
 */
import type { SessionState } from './types';
import { own } from '../util/own';

/** Whether the facilitator dropped this activity from the plan. */
export function isSkipped(state: Pick<SessionState, 'skippedActivityIds'>, activityId: string): boolean {
  return state.skippedActivityIds?.includes(activityId) ?? false;
}

/** Where an activity stands against the current one: behind it, the current one, or still to come. */
export function planPlaceOf(state: Pick<SessionState, 'agenda' | 'currentActivityId'>, activityId: string): 'behind' | 'current' | 'ahead' | null {
  const index = state.agenda.findIndex((activity) => activity.id === activityId);
  if (index < 0) return null;
  const current = state.agenda.findIndex((activity) => activity.id === state.currentActivityId);
  return index < current ? 'behind' : index === current ? 'current' : 'ahead';
}

/** The minutes an activity is planned for now: the workshop's, or what the facilitator re-planned (its timer's length). */
export function plannedMinutesNow(state: Pick<SessionState, 'agenda' | 'timers'>, activityId: string): number {
  const timer = own(state.timers, activityId);
  if (timer) return Math.round(timer.plannedMs / 60_000);
  return state.agenda.find((activity) => activity.id === activityId)?.plannedMinutes ?? 0;
}

/** Whether the activity's timer has run at all (a begun activity keeps its plan). */
export function hasBegun(state: Pick<SessionState, 'timers'>, activityId: string): boolean {
  const timer = own(state.timers, activityId);
  return timer !== undefined && (timer.usedMs > 0 || timer.startedAt !== null);
}

/** The activity Next or Previous goes to: the nearest one that way that is not dropped; undefined at either end. */
export function neighbourInPlan(state: Pick<SessionState, 'agenda' | 'currentActivityId' | 'skippedActivityIds'>, direction: 1 | -1): string | undefined {
  const index = state.agenda.findIndex((activity) => activity.id === state.currentActivityId);
  for (let at = index + direction; at >= 0 && at < state.agenda.length; at += direction) {
    const candidate = state.agenda[at];
    if (candidate && !isSkipped(state, candidate.id)) return candidate.id;
  }
  return undefined;
}

/** The dropped activities in agenda order, without `activityId` or with it, as `skipped` says. */
export function withSkipped(state: Pick<SessionState, 'agenda' | 'skippedActivityIds'>, activityId: string, skipped: boolean): string[] {
  const set = new Set(state.skippedActivityIds ?? []);
  if (skipped) set.add(activityId);
  else set.delete(activityId);
  return state.agenda.flatMap((activity) => (set.has(activity.id) ? [activity.id] : []));
}

/**
 * Whether the title screen is the closing one: the session is on the last activity still in the plan, having come
 * there from an earlier one (Next from the last activity shows it). A one-activity session has none.
 */
export function isAtClose(state: Pick<SessionState, 'agenda' | 'currentActivityId' | 'skippedActivityIds'>): boolean {
  return neighbourInPlan(state, 1) === undefined && neighbourInPlan(state, -1) !== undefined;
}
