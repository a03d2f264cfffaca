/**
 * Undo and redo, as pure functions over the session. The host keeps the history (electron/host/undoHistory.ts);
 * this module decides what one step is, names it for the facilitator, and gives the events that put the session
 * back on either side of it. Undo and redo are ordinary events, so windows, saving and recovery need nothing new.
 *
 * A step is one accepted change of what the room produced or where the session is: a note captured, edited,
 * hidden or shown, deleted or brought back, moved to a column, placed on a map, named; a commitment edited; a vote
 * or scale count; a vote revealed or hidden; a reflection stage; the agenda position; the live agenda (minutes
 * planned, an activity dropped or brought back, the order of what is to come); a timer reset (it throws time
 * away); the group and date. Not steps: starting, pausing and adjusting a timer, and what covers the projector
 * (black, white, freeze, message, back to live, theme) or the end-of-timer sound: each has its own key that
 * switches it back at once, and undoing it minutes later would surprise the room.
 */
import type { Activity, SessionState } from './types';
import { sessionEvents } from './sessionSlice';
import { noteById } from './noteTable';
import type { AgendaMember, SessionEvent, SessionSlices } from './sessionSlice';
import { own } from '../util/own';
import { REFLECTION_STAGE_LABELS } from '../kinds/reflection';
import { writtenOptions } from '../kinds/vote';
import { assertNever } from '../util/assertNever';
import { isSkipped } from './livePlan';

/** One side of a step: the agenda position and the slices the step changed, as they were there. */
export interface StepSide {
  activityId: string;
  slices: SessionSlices;
}

/** One undoable step: what the facilitator did ("delete note “Feedback weekly”") and both sides of it. */
export interface UndoStep {
  label: string;
  /** The session just before the step. */
  before: StepSide;
  /** The session just after it. */
  after: StepSide;
}

/** Which parts of the session an event changes, and its name; null for an event that is not an undo step. */
interface StepScope {
  label: string;
  notes?: string[];
  runs?: string[];
  timers?: string[];
  details?: true;
  /** Phones muted or let answer again, by key. */
  muted?: string[];
  /** The live agenda: whose dropping, the order, or an added activity (re-planned minutes live in the timers). */
  plan?: { skipped?: string[]; order?: true; members?: string[] };
}

/** Longest piece of a note or title quoted in a step's name. */
const QUOTE_MAX = 40;

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > QUOTE_MAX ? `${flat.slice(0, QUOTE_MAX - 1)}…` : flat}”`;
}

function activityTitle(state: SessionState, activityId: string): string {
  return quote(state.agenda.find((activity) => activity.id === activityId)?.title ?? activityId);
}

function noteText(state: SessionState, noteId: string): string {
  const note = noteById(state.notes, noteId);
  return quote(note?.text ?? noteId);
}

function findActivity(state: SessionState, activityId: string): Activity | undefined {
  return state.agenda.find((activity) => activity.id === activityId);
}

function voteOptionText(state: SessionState, activityId: string, optionId: string): string {
  if (noteById(state.notes, optionId)) return noteText(state, optionId);
  const activity = findActivity(state, activityId);
  const written = activity?.kind === 'vote' ? writtenOptions(activity).find((option) => option.id === optionId) : undefined;
  return quote(written?.text ?? optionId);
}

/** What an event changes, read from the session before it; null when the event is not a step. */
function scopeOf(state: SessionState, event: SessionEvent): StepScope | null {
  switch (event.type) {
    case 'session/loaded':
    case 'session/closed':
    case 'session/timerStarted':
    case 'session/timerPaused':
    case 'session/timerAdjusted':
    case 'session/reflectionStageTimerSet':
    case 'session/projectorScreenSet':
    case 'session/presenterThemeSet':
    case 'session/projectorFrozen':
    case 'session/projectorMessageSet':
    case 'session/projectorWentLive':
    case 'session/projectorPageSet':
    case 'session/titleScreenSet':
    case 'session/showOvertimeSet':
    case 'session/timerEndSoundSet':
    case 'session/slicesRestored':
    case 'session/phonesOpened':
    case 'session/phonesClosed':
    case 'session/phoneRuleSet':
    case 'session/phonesModeratedSet':
    case 'session/phoneBallotSet':
    case 'session/phoneRatingSet':
      // Phones opening and closing follow the network, and their rules are settings: none of them is a step.
      return null;
    case 'session/detailsEdited':
      return { label: 'edit the group and date', details: true };
    case 'session/activityChanged':
      // Going to a dropped activity brings it back into the plan; undoing the move drops it again.
      return { label: `go to ${activityTitle(state, event.payload.activityId)}`, ...(isSkipped(state, event.payload.activityId) ? { plan: { skipped: [event.payload.activityId] } } : {}) };
    case 'session/timerReset':
      return { label: `reset the timer of ${activityTitle(state, event.payload.activityId)}`, timers: [event.payload.activityId] };
    case 'session/timerResetUndone':
      return { label: `bring back the timer of ${activityTitle(state, event.payload.activityId)}`, timers: [event.payload.activityId] };
    case 'session/noteCaptured':
      return { label: `add note ${quote(event.payload.text)}`, notes: [event.payload.id] };
    case 'session/noteMoved': {
      const note = noteById(state.notes, event.payload.id);
      const activity = note ? findActivity(state, note.activityId) : undefined;
      const column = activity?.kind === 'sort' ? activity.columns.find((candidate) => candidate.id === event.payload.columnId) : undefined;
      return { label: `move note ${noteText(state, event.payload.id)} to ${quote(column?.label ?? event.payload.columnId)}`, notes: [event.payload.id] };
    }
    case 'session/notePlaced':
      return {
        label: `${event.payload.position ? 'place' : 'unplace'} note ${noteText(state, event.payload.id)}`,
        notes: [event.payload.id],
      };
    case 'session/noteAttributed':
      return { label: `name note ${noteText(state, event.payload.id)}`, notes: [event.payload.id] };
    case 'session/commitmentEdited':
      return { label: `edit commitment ${noteText(state, event.payload.id)}`, notes: [event.payload.id] };
    case 'session/voteCountSet':
      return { label: `set the dots on ${voteOptionText(state, event.payload.activityId, event.payload.optionId)}`, runs: [event.payload.activityId] };
    case 'session/voteRevealSet':
      return { label: event.payload.revealed ? 'reveal the vote' : 'hide the vote results', runs: [event.payload.activityId] };
    case 'session/scaleCountSet': {
      const activity = findActivity(state, event.payload.activityId);
      const statement = activity?.kind === 'scale' ? activity.statements.find((candidate) => candidate.id === event.payload.statementId) : undefined;
      return { label: `change a count on ${quote(statement?.text ?? event.payload.statementId)}`, runs: [event.payload.activityId] };
    }
    case 'session/reflectionStageSet':
      return { label: `go to the ${REFLECTION_STAGE_LABELS[event.payload.stage].toLowerCase()} stage`, runs: [event.payload.activityId] };
    case 'session/noteEdited':
      return { label: `edit note ${noteText(state, event.payload.id)}`, notes: [event.payload.id] };
    case 'session/noteDeleted':
      return { label: `delete note ${noteText(state, event.payload.id)}`, notes: [event.payload.id] };
    case 'session/noteRestored':
      return { label: `bring back note ${noteText(state, event.payload.id)}`, notes: [event.payload.id] };
    case 'session/plannedMinutesSet':
      return { label: `plan ${event.payload.minutes} min for ${activityTitle(state, event.payload.activityId)}`, timers: [event.payload.activityId] };
    case 'session/activitySkipSet':
      return { label: `${event.payload.skipped ? 'drop' : 'bring back'} ${activityTitle(state, event.payload.activityId)}`, plan: { skipped: [event.payload.activityId] } };
    case 'session/activityInserted':
      return { label: `add ${quote(event.payload.activity.title)}`, plan: { members: [event.payload.activity.id] } };
    case 'session/activityMoved':
      return { label: `move ${activityTitle(state, event.payload.activityId)}`, plan: { order: true } };
    case 'session/phoneMuteSet':
      return {
        label: event.payload.muted ? (event.payload.hideNoteIds.length > 0 ? `remove a phone and hide its ${event.payload.hideNoteIds.length === 1 ? 'note' : `${event.payload.hideNoteIds.length} notes`}` : 'remove a phone') : 'let a phone back in',
        muted: [event.payload.phone],
        notes: event.payload.hideNoteIds,
      };
    case 'session/noteReviewed':
      return { label: `${event.payload.approve ? 'approve' : 'keep hidden'} note ${noteText(state, event.payload.id)}`, notes: [event.payload.id] };
    case 'session/noteVisibilitySet':
      return { label: `${event.payload.hidden ? 'hide' : 'show'} note ${noteText(state, event.payload.id)}`, notes: [event.payload.id] };
    default:
      return assertNever(event, 'session event');
  }
}

/** An added activity as it stands in a session, with its place, timer and run; null when it is not in the agenda. */
function memberOf(state: SessionState, id: string): AgendaMember | null {
  const index = state.agenda.findIndex((activity) => activity.id === id);
  const activity = state.agenda[index];
  const timer = own(state.timers, id);
  if (!activity || !timer) return null;
  return { activity, toIndex: index, timer, run: own(state.runs, id) ?? null };
}

/** The slices a scope names, read from one state. */
function sliceOf(state: SessionState, scope: StepScope): StepSide {
  const slices: SessionSlices = {};
  if (scope.notes) {
    slices.notes = Object.fromEntries(scope.notes.map((id) => [id, noteById(state.notes, id) ?? null]));
  }
  if (scope.runs) slices.runs = Object.fromEntries(scope.runs.map((id) => [id, Object.hasOwn(state.runs, id) ? (state.runs[id] ?? null) : null]));
  if (scope.timers) {
    slices.timers = Object.fromEntries(scope.timers.flatMap((id) => (Object.hasOwn(state.timers, id) && state.timers[id] ? [[id, state.timers[id]]] : [])));
    slices.timersBeforeReset = Object.fromEntries(
      scope.timers.map((id) => [id, Object.hasOwn(state.timersBeforeReset, id) ? (state.timersBeforeReset[id] ?? null) : null]),
    );
  }
  if (scope.details) slices.details = { group: state.meta.group, date: state.meta.date };
  if (scope.muted) slices.muted = Object.fromEntries(scope.muted.map((phone) => [phone, Boolean(state.phones?.muted && own(state.phones.muted, phone))]));
  if (scope.plan) {
    const { skipped, order, members } = scope.plan;
    slices.plan = {
      ...(members ? { members: Object.fromEntries(members.map((id) => [id, memberOf(state, id)])) } : {}),
      ...(skipped ? { skipped: Object.fromEntries(skipped.map((id) => [id, isSkipped(state, id)])) } : {}),
      ...(order ? { order: state.agenda.map((activity) => activity.id) } : {}),
    };
  }
  return { activityId: state.currentActivityId, slices };
}

/**
 * The undo step an event makes, given the session just before and just after it; null when the event is not a
 * step (a timer start, a black screen) or changed nothing.
 */
export function stepOf(before: SessionState, after: SessionState, event: SessionEvent): UndoStep | null {
  if (before === after) return null;
  const scope = scopeOf(before, event);
  if (!scope) return null;
  return { label: scope.label, before: sliceOf(before, scope), after: sliceOf(after, scope) };
}

/**
 * The events that bring a session to one side of a step: back to that agenda position (pausing the timer of the
 * activity it leaves, as going there by hand would) and the step's slices put back exactly. `at` is the host's clock.
 */
export function eventsToReach(state: SessionState, side: StepSide, at: number): SessionEvent[] {
  const events: SessionEvent[] = [];
  if (state.currentActivityId !== side.activityId && state.agenda.some((activity) => activity.id === side.activityId)) {
    events.push(sessionEvents.activityChanged({ activityId: side.activityId, at }));
  }
  if (Object.keys(side.slices).length > 0) events.push(sessionEvents.slicesRestored(side.slices));
  return events;
}
