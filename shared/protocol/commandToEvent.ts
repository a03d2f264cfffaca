import type { Activity, Note, NoteOrigin, SessionState } from '../session/types';
import { projectorScreen } from '../session/projector';
import { own } from '../util/own';
import { sessionEvents } from '../session/sessionSlice';
import type { SessionEvent } from '../session/sessionSlice';
import { commandSchema } from './commands';
import type { ValidCommand } from './commands';
import { toggleRoomTimerCommand } from '../session/roomTimer';
import { assertNever } from '../util/assertNever';
import { MAX_NOTES } from '../session/types';
import { allNotes, noteById, noteCount } from '../session/noteTable';
import { isWrittenOption } from '../kinds/vote';
import { kindOf } from '../kinds/registry';
import { isAtClose, neighbourInPlan } from '../session/livePlan';
import { planCommandToEvent } from './planCommands';

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
      if (state.presenter.titleScreen === true && isAtClose(state)) {
        // The closing screen is the end: Next stays there; Previous (the clicker's PageUp) shows the last activity again.
        return { ok: true, event: command.type === 'activity.next' ? null : sessionEvents.titleScreenSet({ on: false }) };
      }
      // From the title screen, Next (the clicker's PageDown) shows the activity the session is on: the first one.
      if (command.type === 'activity.next' && state.presenter.titleScreen === true) return { ok: true, event: sessionEvents.titleScreenSet({ on: false }) };
      // Activities the facilitator dropped from the plan are passed over.
      const target = neighbourInPlan(state, command.type === 'activity.next' ? 1 : -1);
      // Next past the last activity shows the closing screen (the title screen, thanking the room and crediting the source).
      if (command.type === 'activity.next' && isAtClose(state)) return { ok: true, event: sessionEvents.titleScreenSet({ on: true }) };
      if (target === undefined) return { ok: true, event: null };
      return { ok: true, event: sessionEvents.activityChanged({ activityId: target, at }) };
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
      if (!state.agenda.some((activity) => activity.id === command.activityId)) return refuse(`There is no activity "${command.activityId}" in this session.`);
      if (!own(state.timersBeforeReset, command.activityId)) return refuse('There is no timer reset to undo.');
      return { ok: true, event: sessionEvents.timerResetUndone({ activityId: command.activityId }) };
    case 'agenda.setMinutes':
    case 'agenda.setSkipped':
    case 'agenda.move':
    case 'agenda.insert':
      return planCommandToEvent(state, command, stamp);
    case 'note.capture':
      return captureNote(state, command, stamp);
    case 'note.move':
      return withNoteIn(state, command.noteId, 'sort', (note, activity) => {
        if (activity.kind !== 'sort' || !activity.columns.some((column) => column.id === command.columnId)) {
          return refuse(`"${activity.title}" has no column "${command.columnId}".`);
        }
        if (note.columnId === command.columnId) return { ok: true, event: null };
        return { ok: true, event: sessionEvents.noteMoved({ id: note.id, columnId: command.columnId, at }) };
      });
    case 'note.place':
      return withNoteIn(state, command.noteId, 'map', (note, activity) => {
        const position = command.position && activity.kind === 'map' && activity.y === null ? { x: command.position.x, y: 0.5 } : command.position;
        return { ok: true, event: sessionEvents.notePlaced({ id: note.id, position, at }) };
      });
    case 'note.setAttribution':
      return withNote(state, command.noteId, () => sessionEvents.noteAttributed({ id: command.noteId, attribution: command.attribution, at }));
    case 'note.setCommitment':
      return withNoteIn(state, command.noteId, 'commitments', (note) => ({
        ok: true,
        event: sessionEvents.commitmentEdited({ id: note.id, commitment: command.commitment, at }),
      }));
    case 'vote.setCount': {
      const activity = activityOfKind(state, command.activityId, 'vote');
      if (typeof activity === 'string') return refuse(activity);
      const option = noteById(state.notes, command.optionId);
      const isNoteOption = option && option.deletedAt === null && (option.activityId === activity.id || option.activityId === activity.optionsFrom);
      const isOption = isNoteOption || isWrittenOption(activity, command.optionId);
      if (!isOption) return refuse(`"${activity.title}" has no option "${command.optionId}".`);
      return { ok: true, event: sessionEvents.voteCountSet({ activityId: activity.id, optionId: command.optionId, count: command.count }) };
    }
    case 'vote.setRevealed': {
      const activity = activityOfKind(state, command.activityId, 'vote');
      if (typeof activity === 'string') return refuse(activity);
      return { ok: true, event: sessionEvents.voteRevealSet({ activityId: activity.id, revealed: command.revealed }) };
    }
    case 'scale.setCount': {
      const activity = activityOfKind(state, command.activityId, 'scale');
      if (typeof activity === 'string') return refuse(activity);
      if (!activity.statements.some((statement) => statement.id === command.statementId)) {
        return refuse(`"${activity.title}" has no statement "${command.statementId}".`);
      }
      if (command.point < activity.min || command.point > activity.max) {
        return refuse(`A rating on "${activity.title}" goes from ${activity.min} to ${activity.max}, not ${command.point}.`);
      }
      return {
        ok: true,
        event: sessionEvents.scaleCountSet({ activityId: activity.id, statementId: command.statementId, index: command.point - activity.min, count: command.count }),
      };
    }
    case 'reflection.setStage': {
      const activity = activityOfKind(state, command.activityId, 'reflection');
      if (typeof activity === 'string') return refuse(activity);
      return { ok: true, event: sessionEvents.reflectionStageSet({ activityId: activity.id, stage: command.stage, at }) };
    }
    case 'reflection.setStageTimerRunning': {
      const activity = activityOfKind(state, command.activityId, 'reflection');
      if (typeof activity === 'string') return refuse(activity);
      return { ok: true, event: sessionEvents.reflectionStageTimerSet({ activityId: activity.id, running: command.running, at }) };
    }
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
      return { ok: true, event: sessionEvents.projectorScreenSet({ screen: command.blackout ? 'black' : 'live' }) };
    case 'presenter.setScreen':
      if (command.screen === 'join' && !state.phones?.open) return refuse(PHONES_OFF);
      return { ok: true, event: sessionEvents.projectorScreenSet({ screen: command.screen }) };
    case 'presenter.toggleScreen': {
      const showing = projectorScreen(state) === command.screen;
      if (!showing && command.screen === 'join' && !state.phones?.open) return refuse(PHONES_OFF);
      return { ok: true, event: sessionEvents.projectorScreenSet({ screen: showing ? 'live' : command.screen }) };
    }
    case 'phones.mute': {
      const hideNoteIds = command.muted && command.hideNotes ? allNotes(state.notes).filter((note) => note.origin?.phone === command.phone && !note.hidden && note.deletedAt === null).map((note) => note.id) : [];
      return { ok: true, event: sessionEvents.phoneMuteSet({ phone: command.phone, muted: command.muted, hideNoteIds, at }) };
    }
    case 'phones.setModerated':
      return { ok: true, event: sessionEvents.phonesModeratedSet({ on: command.on }) };
    case 'note.review': {
      const note = noteById(state.notes, command.noteId);
      if (!note || note.deletedAt !== null) return refuse('That note is no longer in the session.');
      if (!note.held) return refuse('That note was already reviewed.');
      return { ok: true, event: sessionEvents.noteReviewed({ id: note.id, approve: command.approve, at }) };
    }
    case 'phones.setRule':
      return withActivity(state, command.activityId, () =>
        sessionEvents.phoneRuleSet({ activityId: command.activityId, rule: { answer: command.answer, named: command.named } }),
      );
    case 'presenter.toggleFreeze':
      return { ok: true, event: sessionEvents.projectorFrozen({ activityId: state.presenter.frozenActivityId === null ? state.currentActivityId : null }) };
    case 'timer.toggleRoom':
      return commandToEvent(state, commandSchema.parse(toggleRoomTimerCommand(state)), stamp);
    case 'presenter.setFrozen':
      return { ok: true, event: sessionEvents.projectorFrozen({ activityId: command.frozen ? state.currentActivityId : null }) };
    case 'presenter.setMessage':
      return { ok: true, event: sessionEvents.projectorMessageSet({ message: command.message }) };
    case 'presenter.returnToLive':
      return { ok: true, event: sessionEvents.projectorWentLive({ at }) };
    case 'presenter.setTheme':
      return { ok: true, event: sessionEvents.presenterThemeSet({ theme: command.theme }) };
    case 'presenter.setPage':
      return withActivity(state, command.activityId, () => sessionEvents.projectorPageSet({ activityId: command.activityId, page: command.page }));
    case 'presenter.setTitleScreen':
      return { ok: true, event: sessionEvents.titleScreenSet({ on: command.on }) };
    case 'settings.setTimerEndSound':
      return { ok: true, event: sessionEvents.timerEndSoundSet({ on: command.on }) };
    case 'settings.setShowOvertime':
      return { ok: true, event: sessionEvents.showOvertimeSet({ on: command.on }) };
    case 'session.editDetails':
      return { ok: true, event: sessionEvents.detailsEdited({ group: command.group, date: command.date }) };
    case 'session.undo':
    case 'session.redo':
      // Undo and redo read the host's history, not the session; electron/host/undoHistory.ts turns them into events.
      return refuse('Undo and redo are run by the host.');
    default:
      return assertNever(command, 'command');
  }
}

const PHONES_OFF = 'Phones are off: turn them on first, then show the room how to join.';

type CaptureCommand = Extract<ValidCommand, { type: 'note.capture' }>;

/**
 * A note a phone sent, as the event that adds it: checked like the facilitator's capture, and marked with the phone and
 * item it came from (electron/phones/ decides whether the phone may answer; this checks the note against the activity).
 */
export function phoneNoteToEvent(state: SessionState, capture: Omit<CaptureCommand, 'type' | 'position'>, origin: NoteOrigin, held: boolean, stamp: Stamp): CommandOutcome {
  const outcome = captureNote(state, { type: 'note.capture', ...capture }, stamp);
  if (!outcome.ok || outcome.event?.type !== 'session/noteCaptured') return outcome;
  return { ok: true, event: sessionEvents.noteCaptured({ ...outcome.event.payload, origin, ...(held ? { held: true as const } : {}) }) };
}

/** A new note, with the fields its activity's kind uses checked against that activity. */
function captureNote(state: SessionState, command: CaptureCommand, stamp: Stamp): CommandOutcome {
  if (noteCount(state.notes) >= MAX_NOTES) return refuse(`This session already holds ${MAX_NOTES} notes, the most it can keep.`);
  const activity = state.agenda.find((candidate) => candidate.id === command.activityId);
  if (!activity) return refuse(`There is no activity "${command.activityId}" in this session.`);
  if (!kindOf(activity).takesNotes) return refuse(`"${activity.title}" is a ${kindOf(activity).names.control.toLowerCase()}: it does not take notes.`);
  if (command.columnId !== undefined && (activity.kind !== 'sort' || !activity.columns.some((column) => column.id === command.columnId))) {
    return refuse(`"${activity.title}" has no column "${command.columnId}".`);
  }
  if (command.position !== undefined && activity.kind !== 'map') return refuse(`"${activity.title}" is not a map, so a note cannot be placed on it.`);
  if (command.commitment !== undefined && activity.kind !== 'commitments') return refuse(`"${activity.title}" does not collect commitments.`);
  const columnId = activity.kind === 'sort' ? (command.columnId ?? activity.columns[0]?.id ?? null) : null;
  const position = command.position && activity.kind === 'map' && activity.y === null ? { x: command.position.x, y: 0.5 } : (command.position ?? null);
  return {
    ok: true,
    event: sessionEvents.noteCaptured({
      id: stamp.newId(),
      activityId: activity.id,
      text: command.text,
      at: stamp.now,
      columnId,
      position,
      attribution: command.attribution ?? null,
      commitment: activity.kind === 'commitments' ? (command.commitment ?? null) : null,
    }),
  };
}

/** The activity with that id if it is of the given kind, or the sentence explaining why not. */
function activityOfKind<K extends Activity['kind']>(state: SessionState, activityId: string, kind: K): Extract<Activity, { kind: K }> | string {
  const activity = state.agenda.find((candidate) => candidate.id === activityId);
  if (!activity) return `There is no activity "${activityId}" in this session.`;
  if (activity.kind !== kind) return `"${activity.title}" is a ${activity.kind} activity, not a ${kind}.`;
  return activity as Extract<Activity, { kind: K }>;
}

/** A live note whose activity is of the given kind. */
function withNoteIn(state: SessionState, noteId: string, kind: Activity['kind'], make: (note: Note, activity: Activity) => CommandOutcome): CommandOutcome {
  const note = noteById(state.notes, noteId);
  if (!note) return refuse(`There is no note "${noteId}" in this session.`);
  if (note.deletedAt !== null) return refuse('That note was deleted.');
  const activity = state.agenda.find((candidate) => candidate.id === note.activityId);
  if (!activity || activity.kind !== kind) return refuse(`That note is not in a ${kind} activity.`);
  return make(note, activity);
}

function refuse(error: string): CommandOutcome {
  return { ok: false, error };
}

function withActivity(state: SessionState, activityId: string, make: () => SessionEvent): CommandOutcome {
  if (!state.agenda.some((activity) => activity.id === activityId)) return refuse(`There is no activity "${activityId}" in this session.`);
  return { ok: true, event: make() };
}

function withNote(state: SessionState, noteId: string, make: () => SessionEvent, allowDeleted = false): CommandOutcome {
  const note = noteById(state.notes, noteId);
  if (!note) return refuse(`There is no note "${noteId}" in this session.`);
  if (note.deletedAt !== null && !allowDeleted) return refuse('That note was deleted.');
  return { ok: true, event: make() };
}
