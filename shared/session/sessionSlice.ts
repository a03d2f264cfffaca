import { createSlice, freeze, isDraft, original } from '@reduxjs/toolkit';
import type { Draft } from '@reduxjs/toolkit';
import { own } from '../util/own';
import type { PayloadAction } from '@reduxjs/toolkit';
import type { Activity, ActivityRun, CommitmentDetails, MapPosition, Note, NoteOrigin, PhoneRule, PhonesOpen, PresenterTheme, ProjectorScreen, ReflectionStage, SessionState } from './types';
import type { TimerState } from './timer';
import { adjustTimer, createTimer, pauseTimer, resetTimer, startTimer } from './timer';
import { stageTimerFor } from '../kinds/reflection';
import type { NoteTable } from './noteTable';
import { loggedNoteChange } from './noteLog';
import { addNote, noteById, removeNote, setNote, updateNote } from './noteTable';
import { isSkipped, withSkipped } from './livePlan';

/**
 * The notes as they were before this event, never a draft: the note table's functions copy only the pieces they
 * change, and the reducer assigns their result (an Immer draft of the table would be walked whole).
 */
function notesBefore(state: Draft<SessionState>): NoteTable {
  return isDraft(state.notes) ? original(state.notes) : state.notes;
}

/** The notes with note `id` captured, changed or taken out by `change`, logged for readers that look for what changed. */
function withNoteChange(before: NoteTable, id: string, change: (table: NoteTable) => NoteTable): NoteTable {
  return loggedNoteChange(before, change(before), id);
}

/** Removes a phone from the session (the set is kept as `muted`) or lets it back in; no removed phone leaves no field. */
function setMuted(state: Draft<SessionState>, phone: string, muted: boolean): void {
  const next: Record<string, true> = { ...state.phones?.muted };
  if (muted) next[phone] = true;
  else delete next[phone];
  state.phones = { ...state.phones, open: state.phones?.open ?? null, rules: state.phones?.rules ?? {}, muted: next };
  if (Object.keys(next).length === 0) delete state.phones.muted;
}

/** Sets the dropped activities; none leaves no field, as in a session that never dropped one. */
function keepSkipped(state: Draft<SessionState>, skipped: string[]): void {
  if (skipped.length > 0) state.skippedActivityIds = skipped;
  else delete state.skippedActivityIds;
}

/** Adds an activity to the agenda with its timer and run, marked as added during the session. */
function putMember(state: Draft<SessionState>, member: AgendaMember): void {
  const id = member.activity.id;
  if (state.agenda.some((activity) => activity.id === id)) return;
  state.agenda.splice(Math.min(member.toIndex, state.agenda.length), 0, member.activity);
  state.timers[id] = member.timer;
  if (member.run) state.runs[id] = member.run;
  state.addedActivityIds = state.agenda.flatMap((activity) => (activity.id === id || state.addedActivityIds?.includes(activity.id) ? [activity.id] : []));
}

/** Takes an added activity out of the agenda again, with everything it brought (undo of its adding). */
function removeMember(state: Draft<SessionState>, id: string): void {
  if (state.currentActivityId === id) return;
  state.agenda = state.agenda.filter((activity) => activity.id !== id);
  delete state.timers[id];
  delete state.timersBeforeReset[id];
  delete state.runs[id];
  if (state.presenter.pages) delete state.presenter.pages[id];
  if (state.presenter.frozenActivityId === id) state.presenter.frozenActivityId = null;
  keepSkipped(state, withSkipped(state, id, false));
  const added = (state.addedActivityIds ?? []).filter((candidate) => candidate !== id);
  if (added.length > 0) state.addedActivityIds = added;
  else delete state.addedActivityIds;
}

/** Puts back the live agenda's drops and order as a step's side recorded them (re-planned minutes are in the timers). */
function restorePlan(state: Draft<SessionState>, plan: NonNullable<SessionSlices['plan']>): void {
  for (const [id, member] of Object.entries(plan.members ?? {})) {
    if (member) putMember(state, member);
    else removeMember(state, id);
  }
  for (const [id, skipped] of Object.entries(plan.skipped ?? {})) keepSkipped(state, withSkipped(state, id, skipped));
  if (plan.order) {
    const rank = new Map(plan.order.map((id, index) => [id, index]));
    state.agenda.sort((a, b) => (rank.get(a.id) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b.id) ?? Number.MAX_SAFE_INTEGER));
    // The dropped list is kept in agenda order: read it again in the order put back.
    if (state.skippedActivityIds) keepSkipped(state, withSkipped(state, '', false));
  }
}

/** Changes some fields of one note, if it exists. */
function changeNote(state: Draft<SessionState>, id: string, changes: Partial<Omit<Note, 'id'>>): void {
  state.notes = withNoteChange(notesBefore(state), id, (table) => updateNote(table, id, changes));
}

/** The host replaces the whole session on create and open; windows on snapshot. */
export type SessionSliceState = SessionState | null;

/** What the host stamps on a captured note; kind-specific fields are absent for kinds that do not use them. */
export interface NoteCapturedPayload {
  id: string;
  activityId: string;
  text: string;
  at: number;
  columnId?: string | null;
  position?: MapPosition | null;
  attribution?: string | null;
  commitment?: CommitmentDetails | null;
  /** A phone's note: which phone and which of its items (the host's phone link sets it, never a window). */
  origin?: NoteOrigin;
  /** A phone's note held for review: it arrives hidden. */
  held?: true;
}

/**
 * Parts of a session put back exactly as they were (undo and redo, shared/session/undo.ts). `null` removes the entry:
 * a note that did not exist yet, a timer that had not been reset.
 */
export interface SessionSlices {
  notes?: Record<string, Note | null>;
  runs?: Record<string, ActivityRun | null>;
  timers?: Record<string, TimerState>;
  timersBeforeReset?: Record<string, TimerState | null>;
  details?: { group: string; date: string };
  /** Phones muted (true) or not (false), by phone key. */
  muted?: Record<string, boolean>;
  /** The live agenda: whether dropped, by activity id; the order of the agenda's ids; an added activity, or null for none. */
  plan?: { skipped?: Record<string, boolean>; order?: string[]; members?: Record<string, AgendaMember | null> };
}

/** An activity added to the agenda during the session, with all it brings: where, its timer and its run. */
export interface AgendaMember {
  activity: Activity;
  toIndex: number;
  timer: TimerState;
  run: ActivityRun | null;
}

interface ActivityTime {
  activityId: string;
  at: number;
}

/**
 * The session reducer. Its actions are events: things that happened, already
 * validated and stamped (ids, times) by the host. It is pure, so the host and
 * every window reach the same state from the same events.
 */
export const sessionSlice = createSlice({
  name: 'session',
  initialState: null as SessionSliceState,
  reducers: {
    // Frozen through, as everything the reducer makes is: a session from the wire (a window's snapshot) is not, and the
    // note table remembers its lookups, and the message checks what passed, only for frozen pieces (returning a
    // replacement, Immer freezes nothing).
    loaded: (_state, action: PayloadAction<SessionState>) => freeze(action.payload, true),
    closed: () => null,
    detailsEdited: (state, action: PayloadAction<{ group: string; date: string }>) => {
      if (!state) return;
      state.meta.group = action.payload.group;
      state.meta.date = action.payload.date;
    },
    activityChanged: (state, action: PayloadAction<ActivityTime>) => {
      // Going to an activity shows it: the title screen, if up, has done its work.
      if (state?.presenter.titleScreen) state.presenter.titleScreen = false;
      if (!state || state.currentActivityId === action.payload.activityId) return;
      const leaving = own(state.timers, state.currentActivityId);
      if (leaving) state.timers[state.currentActivityId] = pauseTimer(leaving, action.payload.at);
      state.currentActivityId = action.payload.activityId;
      // Going to a dropped activity by hand brings it back into the plan.
      if (isSkipped(state, action.payload.activityId)) keepSkipped(state, withSkipped(state, action.payload.activityId, false));
    },
    /**
     * Re-plans an activity that has not begun: its timer counts down from the new length. The activity keeps the
     * workshop's plan (`plannedMinutes`), so the forecast and the report can say how far the session moved from it.
     */
    plannedMinutesSet: (state, action: PayloadAction<{ activityId: string; minutes: number }>) => {
      const timer = state ? own(state.timers, action.payload.activityId) : undefined;
      if (state && timer) state.timers[action.payload.activityId] = { ...timer, plannedMs: action.payload.minutes * 60_000 };
    },
    activitySkipSet: (state, action: PayloadAction<{ activityId: string; skipped: boolean }>) => {
      if (state) keepSkipped(state, withSkipped(state, action.payload.activityId, action.payload.skipped));
    },
    /** An activity added from the method library; the host made it, its timer and its run (the reducer loads no kinds). */
    activityInserted: (state, action: PayloadAction<AgendaMember>) => {
      if (state) putMember(state, action.payload);
    },
    activityMoved: (state, action: PayloadAction<{ activityId: string; toIndex: number }>) => {
      const from = state?.agenda.findIndex((activity) => activity.id === action.payload.activityId) ?? -1;
      if (!state || from < 0) return;
      const [moved] = state.agenda.splice(from, 1);
      if (moved) state.agenda.splice(Math.min(action.payload.toIndex, state.agenda.length), 0, moved);
      if (state.skippedActivityIds) keepSkipped(state, withSkipped(state, action.payload.activityId, isSkipped(state, action.payload.activityId)));
    },
    timerStarted: (state, action: PayloadAction<ActivityTime>) => {
      const timer = state ? own(state.timers, action.payload.activityId) : undefined;
      if (state && timer) state.timers[action.payload.activityId] = startTimer(timer, action.payload.at);
    },
    timerPaused: (state, action: PayloadAction<ActivityTime>) => {
      const timer = state ? own(state.timers, action.payload.activityId) : undefined;
      if (state && timer) state.timers[action.payload.activityId] = pauseTimer(timer, action.payload.at);
    },
    timerAdjusted: (state, action: PayloadAction<{ activityId: string; deltaMs: number }>) => {
      const timer = state ? own(state.timers, action.payload.activityId) : undefined;
      if (state && timer) state.timers[action.payload.activityId] = adjustTimer(timer, action.payload.deltaMs);
    },
    timerReset: (state, action: PayloadAction<ActivityTime>) => {
      const timer = state ? own(state.timers, action.payload.activityId) : undefined;
      if (!state || !timer) return;
      state.timersBeforeReset[action.payload.activityId] = pauseTimer(timer, action.payload.at);
      state.timers[action.payload.activityId] = resetTimer(timer);
    },
    timerResetUndone: (state, action: PayloadAction<{ activityId: string }>) => {
      const previous = state ? own(state.timersBeforeReset, action.payload.activityId) : undefined;
      if (!state || !previous) return;
      state.timers[action.payload.activityId] = previous;
      delete state.timersBeforeReset[action.payload.activityId];
    },
    noteCaptured: (state, action: PayloadAction<NoteCapturedPayload>) => {
      if (!state) return;
      const { id, activityId, text, at } = action.payload;
      state.notes = withNoteChange(notesBefore(state), id, (table) => addNote(table, {
        id,
        activityId,
        text,
        hidden: action.payload.held === true,
        createdAt: at,
        updatedAt: at,
        deletedAt: null,
        columnId: action.payload.columnId ?? null,
        position: action.payload.position ?? null,
        attribution: action.payload.attribution ?? null,
        commitment: action.payload.commitment ?? null,
        ...(action.payload.origin ? { origin: action.payload.origin } : {}),
        ...(action.payload.held ? { held: true as const } : {}),
      }));
    },
    /** A held note reviewed: approved, the room sees it; not, it stays hidden. Either way it is no longer waiting. */
    noteReviewed: (state, action: PayloadAction<{ id: string; approve: boolean; at: number }>) => {
      if (!state) return;
      const note = noteById(notesBefore(state), action.payload.id);
      if (!note) return;
      const reviewed: Note = { ...note, hidden: action.payload.approve ? false : note.hidden, updatedAt: action.payload.at };
      delete reviewed.held;
      state.notes = withNoteChange(notesBefore(state), reviewed.id, (table) => setNote(table, reviewed));
    },
    noteMoved: (state, action: PayloadAction<{ id: string; columnId: string; at: number }>) => {
      if (!state) return;
      changeNote(state, action.payload.id, { columnId: action.payload.columnId, updatedAt: action.payload.at });
    },
    notePlaced: (state, action: PayloadAction<{ id: string; position: MapPosition | null; at: number }>) => {
      if (!state) return;
      changeNote(state, action.payload.id, { position: action.payload.position, updatedAt: action.payload.at });
    },
    noteAttributed: (state, action: PayloadAction<{ id: string; attribution: string | null; at: number }>) => {
      if (!state) return;
      changeNote(state, action.payload.id, { attribution: action.payload.attribution, updatedAt: action.payload.at });
    },
    commitmentEdited: (state, action: PayloadAction<{ id: string; commitment: CommitmentDetails; at: number }>) => {
      if (!state) return;
      changeNote(state, action.payload.id, { commitment: action.payload.commitment, updatedAt: action.payload.at });
    },
    voteCountSet: (state, action: PayloadAction<{ activityId: string; optionId: string; count: number }>) => {
      const run = state ? own(state.runs, action.payload.activityId) : undefined;
      if (run?.kind !== 'vote') return;
      if (action.payload.count === 0) delete run.counts[action.payload.optionId];
      else run.counts[action.payload.optionId] = action.payload.count;
    },
    voteRevealSet: (state, action: PayloadAction<{ activityId: string; revealed: boolean }>) => {
      const run = state ? own(state.runs, action.payload.activityId) : undefined;
      if (run?.kind === 'vote') run.revealed = action.payload.revealed;
    },
    scaleCountSet: (state, action: PayloadAction<{ activityId: string; statementId: string; index: number; count: number }>) => {
      const run = state ? own(state.runs, action.payload.activityId) : undefined;
      const activity = state?.agenda.find((candidate) => candidate.id === action.payload.activityId);
      if (run?.kind !== 'scale' || activity?.kind !== 'scale') return;
      const points = activity.max - activity.min + 1;
      const counts = Array.from({ length: points }, (_, index) => own(run.counts, action.payload.statementId)?.[index] ?? 0);
      counts[action.payload.index] = action.payload.count;
      run.counts[action.payload.statementId] = counts;
    },
    reflectionStageSet: (state, action: PayloadAction<{ activityId: string; stage: ReflectionStage; at: number }>) => {
      const run = state ? own(state.runs, action.payload.activityId) : undefined;
      const activity = state?.agenda.find((candidate) => candidate.id === action.payload.activityId);
      if (run?.kind !== 'reflection' || activity?.kind !== 'reflection' || run.stage === action.payload.stage) return;
      run.stage = action.payload.stage;
      const fresh = stageTimerFor(activity, action.payload.stage);
      // Moving to a timed stage starts its countdown: the room starts writing or talking at once.
      run.stageTimer = fresh.plannedMs > 0 ? startTimer(fresh, action.payload.at) : fresh;
    },
    reflectionStageTimerSet: (state, action: PayloadAction<{ activityId: string; running: boolean; at: number }>) => {
      const run = state ? own(state.runs, action.payload.activityId) : undefined;
      if (run?.kind !== 'reflection') return;
      run.stageTimer = action.payload.running ? startTimer(run.stageTimer, action.payload.at) : pauseTimer(run.stageTimer, action.payload.at);
    },
    noteEdited: (state, action: PayloadAction<{ id: string; text: string; at: number }>) => {
      if (!state) return;
      changeNote(state, action.payload.id, { text: action.payload.text, updatedAt: action.payload.at });
    },
    noteDeleted: (state, action: PayloadAction<{ id: string; at: number }>) => {
      if (!state) return;
      changeNote(state, action.payload.id, { deletedAt: action.payload.at });
    },
    noteRestored: (state, action: PayloadAction<{ id: string }>) => {
      if (!state) return;
      changeNote(state, action.payload.id, { deletedAt: null });
    },
    noteVisibilitySet: (state, action: PayloadAction<{ id: string; hidden: boolean; at: number }>) => {
      if (!state) return;
      const note = noteById(notesBefore(state), action.payload.id);
      if (!note) return;
      // Showing or hiding a held note by hand is its review: it leaves the queue.
      const changed: Note = { ...note, hidden: action.payload.hidden, updatedAt: action.payload.at };
      delete changed.held;
      state.notes = withNoteChange(notesBefore(state), changed.id, (table) => setNote(table, changed));
    },
    projectorScreenSet: (state, action: PayloadAction<{ screen: ProjectorScreen }>) => {
      if (state) state.presenter.screen = action.payload.screen;
    },
    presenterThemeSet: (state, action: PayloadAction<{ theme: PresenterTheme }>) => {
      if (state) state.presenter.theme = action.payload.theme;
    },
    projectorFrozen: (state, action: PayloadAction<{ activityId: string | null }>) => {
      if (state) state.presenter.frozenActivityId = action.payload.activityId;
    },
    /** Page 0 (the newest notes) is the default and is not stored. */
    projectorPageSet: (state, action: PayloadAction<{ activityId: string; page: number }>) => {
      if (!state) return;
      const { activityId, page } = action.payload;
      const pages = { ...state.presenter.pages };
      if (page > 0) pages[activityId] = page;
      else delete pages[activityId];
      if (Object.keys(pages).length > 0) state.presenter.pages = pages;
      else delete state.presenter.pages;
    },
    projectorMessageSet: (state, action: PayloadAction<{ message: string | null }>) => {
      if (state) state.presenter.message = action.payload.message;
    },
    /** Black, white, message and freeze all cleared: the room sees the current activity. Carries the time, as every event has a payload. */
    projectorWentLive: (state, _action: PayloadAction<{ at: number }>) => {
      if (!state) return;
      state.presenter.screen = 'live';
      state.presenter.frozenActivityId = null;
      state.presenter.message = null;
      if (state.presenter.titleScreen) state.presenter.titleScreen = false;
    },
    /** Phones may join at this address with this code (the host listens there now). */
    phonesOpened: (state, action: PayloadAction<PhonesOpen>) => {
      if (!state) return;
      state.phones = { ...state.phones, open: action.payload, rules: state.phones?.rules ?? {} };
    },
    /** Phones may no longer join; a projector showing how to join goes back to the activity. */
    phonesClosed: (state, _action: PayloadAction<{ at: number }>) => {
      if (!state) return;
      if (state.phones) state.phones.open = null;
      if (state.presenter.screen === 'join') state.presenter.screen = 'live';
    },
    /** A phone's ballot in a vote, replacing its earlier one (no dots: it withdrew its vote). */
    phoneBallotSet: (state, action: PayloadAction<{ activityId: string; phone: string; optionIds: string[] }>) => {
      if (!state) return;
      const { activityId, phone, optionIds } = action.payload;
      const ballots = { ...state.phones?.ballots?.[activityId] };
      if (optionIds.length > 0) ballots[phone] = optionIds;
      else delete ballots[phone];
      state.phones = { ...state.phones, open: state.phones?.open ?? null, rules: state.phones?.rules ?? {}, ballots: { ...state.phones?.ballots, [activityId]: ballots } };
    },
    /** A phone removed from the session or let back in; removing may hide its notes at once (taking what it sent from the room). */
    phoneMuteSet: (state, action: PayloadAction<{ phone: string; muted: boolean; hideNoteIds: string[]; at: number }>) => {
      if (!state) return;
      setMuted(state, action.payload.phone, action.payload.muted);
      let table = notesBefore(state);
      for (const id of action.payload.hideNoteIds) {
        const note = noteById(table, id);
        if (!note) continue;
        const hidden: Note = { ...note, hidden: true, updatedAt: action.payload.at };
        delete hidden.held;
        table = withNoteChange(table, id, (before) => setNote(before, hidden));
      }
      state.notes = table;
    },
    /** A phone's ratings in a scale, replacing its earlier ones (none: it withdrew them). */
    phoneRatingSet: (state, action: PayloadAction<{ activityId: string; phone: string; points: Record<string, number> }>) => {
      if (!state) return;
      const { activityId, phone, points } = action.payload;
      const ratings = { ...state.phones?.ratings?.[activityId] };
      if (Object.keys(points).length > 0) ratings[phone] = points;
      else delete ratings[phone];
      state.phones = { ...state.phones, open: state.phones?.open ?? null, rules: state.phones?.rules ?? {}, ratings: { ...state.phones?.ratings, [activityId]: ratings } };
    },
    phonesModeratedSet: (state, action: PayloadAction<{ on: boolean }>) => {
      if (!state) return;
      state.phones = { ...state.phones, open: state.phones?.open ?? null, rules: state.phones?.rules ?? {}, moderated: action.payload.on };
    },
    phoneRuleSet: (state, action: PayloadAction<{ activityId: string; rule: PhoneRule }>) => {
      if (!state) return;
      state.phones = { ...state.phones, open: state.phones?.open ?? null, rules: { ...state.phones?.rules, [action.payload.activityId]: action.payload.rule } };
    },
    titleScreenSet: (state, action: PayloadAction<{ on: boolean }>) => {
      if (state) state.presenter.titleScreen = action.payload.on;
    },
    timerEndSoundSet: (state, action: PayloadAction<{ on: boolean }>) => {
      if (state) state.settings.timerEndSound = action.payload.on;
    },
    /** Undo or redo: the slices a step changed, as they were on the other side of it. */
    slicesRestored: (state, action: PayloadAction<SessionSlices>) => {
      if (!state) return;
      const { notes, runs, timers, timersBeforeReset, details, plan, muted } = action.payload;
      for (const [phone, isMuted] of Object.entries(muted ?? {})) setMuted(state, phone, isMuted);
      if (notes) {
        let table = notesBefore(state);
        for (const [id, note] of Object.entries(notes)) table = withNoteChange(table, id, (before) => (note ? setNote(before, note) : removeNote(before, id)));
        state.notes = table;
      }
      for (const [id, run] of Object.entries(runs ?? {})) {
        if (run) state.runs[id] = run;
        else delete state.runs[id];
      }
      for (const [id, timer] of Object.entries(timers ?? {})) state.timers[id] = timer;
      for (const [id, timer] of Object.entries(timersBeforeReset ?? {})) {
        if (timer) state.timersBeforeReset[id] = timer;
        else delete state.timersBeforeReset[id];
      }
      if (details) {
        state.meta.group = details.group;
        state.meta.date = details.date;
      }
      if (plan) restorePlan(state, plan);
    },
    showOvertimeSet: (state, action: PayloadAction<{ on: boolean }>) => {
      if (state) state.settings.showOvertimeToRoom = action.payload.on;
    },
  },
});

/** Action creators for every session event. */
export const sessionEvents = sessionSlice.actions;
/** The pure reducer shared by the host and every window. */
export const sessionReducer = sessionSlice.reducer;
/** Any event the session reducer understands. */
export type SessionEvent = ReturnType<(typeof sessionEvents)[keyof typeof sessionEvents]>;

/** A timer for every activity in the agenda, as a new session needs. */
export function timersForAgenda(agenda: readonly { id: string; plannedMinutes: number }[]): SessionState['timers'] {
  return Object.fromEntries(agenda.map((activity) => [activity.id, createTimer(activity.plannedMinutes * 60_000)]));
}
