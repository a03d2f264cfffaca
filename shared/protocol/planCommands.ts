import type { SessionState } from '../session/types';
import { sessionEvents } from '../session/sessionSlice';
import type { CommandOutcome } from './commandToEvent';
import type { ValidCommand } from './commands';
import { hasBegun, isSkipped, planPlaceOf, plannedMinutesNow } from '../session/livePlan';

/** The live agenda's commands (shared/session/livePlan.ts). */
export type PlanCommand = Extract<ValidCommand, { type: 'agenda.setMinutes' | 'agenda.setSkipped' | 'agenda.move' }>;

const refuse = (error: string): CommandOutcome => ({ ok: false, error });

/**
 * Checks a change to the plan against the session and gives its event, or says in a sentence why not: only what is
 * still to come and has not begun is re-planned, dropped or moved, and only among what is still to come.
 */
export function planCommandToEvent(state: SessionState, command: PlanCommand): CommandOutcome {
  const activity = state.agenda.find((candidate) => candidate.id === command.activityId);
  if (!activity) return refuse(`There is no activity "${command.activityId}" in this session.`);
  const place = planPlaceOf(state, activity.id);
  switch (command.type) {
    case 'agenda.setMinutes':
      if (place === 'current' || hasBegun(state, activity.id)) {
        return refuse(`"${activity.title}" has begun: add or take minutes on its timer instead.`);
      }
      if (place === 'behind') return refuse(`"${activity.title}" is behind you: only what is still to come can be re-planned.`);
      if (plannedMinutesNow(state, activity.id) === command.minutes) return { ok: true, event: null };
      return { ok: true, event: sessionEvents.plannedMinutesSet({ activityId: activity.id, minutes: command.minutes }) };
    case 'agenda.setSkipped':
      if (isSkipped(state, activity.id) === command.skipped) return { ok: true, event: null };
      if (command.skipped && place === 'current') return refuse(`The room is on "${activity.title}": move on first, then drop it.`);
      if (command.skipped && (place === 'behind' || hasBegun(state, activity.id))) return refuse(`"${activity.title}" has already happened: only what is still to come can be dropped.`);
      return { ok: true, event: sessionEvents.activitySkipSet({ activityId: activity.id, skipped: command.skipped }) };
    case 'agenda.move': {
      const current = state.agenda.findIndex((candidate) => candidate.id === state.currentActivityId);
      const from = state.agenda.indexOf(activity);
      if (place !== 'ahead' || hasBegun(state, activity.id)) return refuse(`"${activity.title}" has begun or is behind you: only what is still to come can be moved.`);
      if (command.toIndex <= current || command.toIndex >= state.agenda.length) {
        return refuse('An activity still to come can only move among the others still to come.');
      }
      if (command.toIndex === from) return { ok: true, event: null };
      return { ok: true, event: sessionEvents.activityMoved({ activityId: activity.id, toIndex: command.toIndex }) };
    }
  }
}
