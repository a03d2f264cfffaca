import type { SessionState } from '../session/types';
import { sessionEvents } from '../session/sessionSlice';
import type { CommandOutcome, Stamp } from './commandToEvent';
import { methodById } from '../workshop/methodLibrary';
import { methodActivity } from '../workshop/methodActivity';
import { initialRun } from '../kinds/runs';
import { createTimer } from '../session/timer';
import { MAX_AGENDA_ACTIVITIES } from '../session/recordSchemas';
import type { ValidCommand } from './commands';
import { hasBegun, isSkipped, planPlaceOf, plannedMinutesNow } from '../session/livePlan';

/** The live agenda's commands (shared/session/livePlan.ts). */
export type PlanCommand = Extract<ValidCommand, { type: 'agenda.setMinutes' | 'agenda.setSkipped' | 'agenda.move' | 'agenda.insert' }>;

/** Kinds whose notes a dot vote from the library can vote on: ideas said aloud, sorted or placed. */
const VOTE_SOURCE_KINDS: readonly string[] = ['discussion', 'sort', 'map'];

const refuse = (error: string): CommandOutcome => ({ ok: false, error });

/**
 * Checks a change to the plan against the session and gives its event, or says in a sentence why not: only what is
 * still to come and has not begun is re-planned, dropped or moved, only among what is still to come, and a method
 * from the library is added only after the current activity.
 */
export function planCommandToEvent(state: SessionState, command: PlanCommand, stamp: Stamp): CommandOutcome {
  if (command.type === 'agenda.insert') return insertFromLibrary(state, command, stamp);
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

/**
 * Adds a method from the library at a place still to come (`toIndex`: after the current activity, up to the end),
 * under a fresh id. A dot vote votes on the notes of the nearest earlier activity that collects ideas.
 */
function insertFromLibrary(state: SessionState, command: Extract<PlanCommand, { type: 'agenda.insert' }>, stamp: Stamp): CommandOutcome {
  const method = methodById(command.methodId);
  if (!method) return refuse(`There is no method "${command.methodId}" in the library.`);
  if (state.agenda.length >= MAX_AGENDA_ACTIVITIES) return refuse(`A session holds at most ${MAX_AGENDA_ACTIVITIES} activities.`);
  const current = state.agenda.findIndex((candidate) => candidate.id === state.currentActivityId);
  if (command.toIndex <= current || command.toIndex > state.agenda.length) return refuse('A new activity goes after the one the room is on.');
  let optionsFrom: string | null = null;
  if (method.votesOnEarlierNotes) {
    optionsFrom = state.agenda.slice(0, command.toIndex).reverse().find((candidate) => VOTE_SOURCE_KINDS.includes(candidate.kind))?.id ?? null;
    if (optionsFrom === null) return refuse(`${method.name} votes on the notes of an earlier activity: add it after one that collects ideas.`);
  }
  let id = `${method.id}-${stamp.newId().slice(0, 8)}`;
  while (state.agenda.some((candidate) => candidate.id === id)) id = `${method.id}-${stamp.newId().slice(0, 8)}`;
  const activity = methodActivity(method, id, optionsFrom);
  return {
    ok: true,
    event: sessionEvents.activityInserted({ activity, toIndex: command.toIndex, timer: createTimer(activity.plannedMinutes * 60_000), run: initialRun(activity) }),
  };
}
