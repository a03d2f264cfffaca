import type { SessionState } from '../session/types';
import { sessionEvents } from '../session/sessionSlice';
import type { SessionEvent } from '../session/sessionSlice';
import type { ValidCommand } from './commands';
import { assertNever } from '../util/assertNever';
import { MAX_NOTES } from '../session/types';

/** What the host supplies to stamp a command: the time and a fresh id. */
export interface Stamp {
  now: number;
  newId: () => string;
}

/** The event a command produced, or why it was refused. `null` event: valid, but nothing to change. */
export type CommandOutcome = { ok: true; event: SessionEvent | null } | { ok: false; error: string };

/**
 * Turns a validated command into the event that records it, checking it
 * against the current session. Pure: the host passes in the clock and ids.
 */
export function commandToEvent(state: SessionState, command: ValidCommand, stamp: Stamp): CommandOutcome {
  const at = stamp.now;
  switch (command.type) {
    case 'activity.go':
      return withActivity(state, command.activityId, () => sessionEvents.activityChanged({ activityId: command.activityId, at }));
    case 'activity.next':
    case 'activity.previous': {
      const index = state.agenda.findIndex((activity) => activity.id === state.currentActivityId);
      const target = state.agenda[index + (command.type === 'activity.next' ? 1 : -1)];
      if (!target) return { ok: true, event: null };
      return { ok: true, event: sessionEvents.activityChanged({ activityId: target.id, at }) };
    }
    case 'timer.start':
      return withActivity(state, command.activityId, () => sessionEvents.timerStarted({ activityId: command.activityId, at }));
    case 'timer.pause':
      return withActivity(state, command.activityId, () => sessionEvents.timerPaused({ activityId: command.activityId, at }));
    case 'timer.adjust':
      return withActivity(state, command.activityId, () =>
        sessionEvents.timerAdjusted({ activityId: command.activityId, deltaMs: command.deltaMs }),
      );
    case 'timer.reset':
      return withActivity(state, command.activityId, () => sessionEvents.timerReset({ activityId: command.activityId, at }));
    case 'timer.undoReset':
      if (!state.timersBeforeReset[command.activityId]) return refuse('There is no timer reset to undo.');
      return { ok: true, event: sessionEvents.timerResetUndone({ activityId: command.activityId }) };
    case 'note.capture':
      if (state.notes.ids.length >= MAX_NOTES) return refuse(`This session already holds ${MAX_NOTES} notes, the most it can keep.`);
      return withActivity(state, command.activityId, () =>
        sessionEvents.noteCaptured({ id: stamp.newId(), activityId: command.activityId, text: command.text, at }),
      );
    case 'note.edit':
      return withNote(state, command.noteId, () => sessionEvents.noteEdited({ id: command.noteId, text: command.text, at }));
    case 'note.delete':
      return withNote(state, command.noteId, () => sessionEvents.noteDeleted({ id: command.noteId, at }));
    case 'note.restore':
      return withNote(state, command.noteId, () => sessionEvents.noteRestored({ id: command.noteId }), true);
    case 'note.setHidden':
      return withNote(state, command.noteId, () =>
        sessionEvents.noteVisibilitySet({ id: command.noteId, hidden: command.hidden, at }),
      );
    case 'presenter.setBlackout':
      return { ok: true, event: sessionEvents.blackoutSet({ blackout: command.blackout }) };
    case 'session.editDetails':
      return { ok: true, event: sessionEvents.detailsEdited({ group: command.group, date: command.date }) };
    default:
      return assertNever(command, 'command');
  }
}

function refuse(error: string): CommandOutcome {
  return { ok: false, error };
}

function withActivity(state: SessionState, activityId: string, make: () => SessionEvent): CommandOutcome {
  if (!state.agenda.some((activity) => activity.id === activityId)) return refuse(`There is no activity "${activityId}" in this session.`);
  return { ok: true, event: make() };
}

function withNote(state: SessionState, noteId: string, make: () => SessionEvent, allowDeleted = false): CommandOutcome {
  const note = state.notes.entities[noteId];
  if (!note) return refuse(`There is no note "${noteId}" in this session.`);
  if (note.deletedAt !== null && !allowDeleted) return refuse('That note was deleted.');
  return { ok: true, event: make() };
}
