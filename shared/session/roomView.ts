import { writtenOptions } from '../kinds/vote';
import { phoneDots, phoneRatingCounts } from '../phones/phoneBallots';
import { assertNever } from '../util/assertNever';
import { own } from '../util/own';
import { addNote, allNotes, noteById, noteTableOf, notesOf, setNote } from './noteTable';
import { activityChanges } from './noteChanges';
import type { NoteTable } from './noteTable';
import { projectedActivityId, projectorScreen } from './projector';
import { isAtClose } from './livePlan';
import type { Activity, ActivityRun, Note, PresenterTheme, SessionState } from './types';

/**
 * What the room may see, and all a projector link is ever sent: the one definition of the room's need-to-know.
 * The presenter window draws it from the host's pushes; the control window's preview draws it from
 * `roomView(session)` on its own replica, so the preview and the projector cannot disagree.
 */
export type RoomView = RoomCover | RoomTitle | RoomLive | RoomJoin;

/** A black or white screen: nothing about the session at all, only the theme the page is dressed in. */
export interface RoomCover {
  screen: 'black' | 'white';
  theme: PresenterTheme;
}

/**
 * The title screen: the workshop's title, the group and the date; nothing about any activity. After the last activity
 * it is the closing screen (`closing`), which thanks the room and credits the workshop's source.
 */
export interface RoomTitle {
  screen: 'title';
  theme: PresenterTheme;
  title: string;
  group: string;
  date: string;
  message: string | null;
  closing: boolean;
  /** The credit, on the closing screen only (empty otherwise, and for a workshop without one). */
  source: string;
}

/** How phones join: the address to type (or the QR code that leads there) and the room's code, under the workshop's title. */
export interface RoomJoin {
  screen: 'join';
  theme: PresenterTheme;
  title: string;
  /** "192.168.1.23:8765" */
  address: string;
  code: string;
}

/** The projected activity, live or frozen, with a message over it when there is one. */
export interface RoomLive {
  screen: 'live';
  theme: PresenterTheme;
  message: string | null;
  /** Whether the projected activity is not the one the control window is on. */
  frozen: boolean;
  /**
   * The session cut down to what the room sees of the projected activity, in the session's own shape so every
   * stage layout reads it unchanged: that activity alone (its script and talking points blank), the visible notes its
   * stage draws (a map's placed ones, a reflection's once shared; names only where drawn), its timer, its run (a
   * vote's counts only once revealed), its page.
   * A vote drawing its options from an earlier activity also gets that activity's visible notes, its options.
   */
  stage: SessionState;
}

const NO_SCRIPT: Activity['script'] = { say: '', watchFor: '', shortGroup: '', largeGroup: '' };

/**
 * What the room may see of a session now (null: no session open). Pure; the same session gives an equal view. It
 * reads only the projected activity's notes, so a capture into a crowded session costs that activity, not the session.
 * Given the view it made last time, it works out the stage's notes from what changed since (a note captured or edited
 * is added or replaced without reading the others), so a capture costs the change, not the activity, and the view
 * shares its unchanged parts with the last one, which keeps comparing the two cheap.
 */
export function roomView(session: SessionState | null, previous: RoomView | null = null): RoomView | null {
  if (!session) return null;
  const { presenter } = session;
  const theme = presenter.theme;
  const screen = projectorScreen(session);
  if (screen === 'join' && session.phones?.open) return { screen, theme, title: session.meta.title, ...session.phones.open };
  if (screen === 'black' || screen === 'white') return { screen, theme };
  if (presenter.titleScreen === true) {
    const { title, group, date } = session.meta;
    // Past the last activity still in the plan the title screen closes the session (Next leads there from the last one).
    const closing = isAtClose(session);
    return { screen: 'title', theme, title, group, date, message: presenter.message, closing, source: closing ? (session.meta.source ?? '') : '' };
  }
  const activityId = projectedActivityId(session);
  const activity = session.agenda.find((candidate) => candidate.id === activityId) ?? session.agenda[0];
  if (!activity) throw new Error('A session always has at least one activity.');
  const before = previous?.screen === 'live' && previous.stage.currentActivityId === activity.id ? previous.stage.notes : null;
  return { screen: 'live', theme, message: presenter.message, frozen: presenter.frozenActivityId !== null, stage: roomStage(session, activity, before) };
}

/** The projected activity as the room may see it: the session's shape, nothing private in it. */
function roomStage(session: SessionState, activity: Activity, notesBefore: NoteTable | null): SessionState {
  const rule = stageRule(session, activity);
  const grown = notesBefore ? grownStageTable(notesBefore, session.notes, rule) : null;
  // A vote's counts are worked out over its options, so a vote always reads its notes (a vote holds few).
  const notes = grown && activity.kind !== 'vote' ? null : shownNotes(notesOfActivities(session.notes, rule.activityIds), rule);
  const table = grown ?? stageTable(notes ?? [], notesBefore);
  sourceOfStageTable.set(table, { notes: session.notes, rule: rule.key });
  const timer = own(session.timers, activity.id);
  const run = withPhoneRatings(
    roomRun(own(session.runs, activity.id), activity.kind === 'vote' ? [...(notes ?? []), ...writtenOptions(activity)] : [], activity.kind === 'vote' ? phoneDots(session, activity.id) : NO_DOTS),
    session,
    activity,
  );
  const page = session.presenter.pages ? own(session.presenter.pages, activity.id) : undefined;
  return {
    meta: { id: '', title: '', group: '', date: '', workshopId: '', createdAt: 0 },
    agenda: [activityForRoom(activity)],
    currentActivityId: activity.id,
    timers: timer ? { [activity.id]: timer } : {},
    timersBeforeReset: {},
    notes: table,
    runs: run ? { [activity.id]: run } : {},
    presenter: { screen: 'live', theme: session.presenter.theme, frozenActivityId: null, message: null, ...(page ? { pages: { [activity.id]: page } } : {}) },
    settings: { timerEndSound: session.settings.timerEndSound, showOvertimeToRoom: session.settings.showOvertimeToRoom ?? false },
  };
}

/** Which notes a stage shows: those of these activities that it draws, with names only where it draws them. */
interface StageRule {
  activityIds: readonly string[];
  keepNames: boolean;
  drawn: (note: Note) => boolean;
  /** Equal for two rules that pick the same notes from the same table. */
  key: string;
}

function stageRule(session: SessionState, activity: Activity): StageRule {
  const activityIds = activity.kind === 'vote' && activity.optionsFrom !== null ? [activity.id, activity.optionsFrom] : [activity.id];
  const { drawn, variant } = drawnBy(session, activity);
  return { activityIds, keepNames: activity.kind === 'reflection', drawn, key: `${activity.kind}|${variant}|${activityIds.join('|')}` };
}

/**
 * Every note of these activities in capture order. The table keeps each activity's notes apart, so this costs what the
 * projected activity holds, never the whole session; two activities (a vote over an earlier one's notes) are merged by
 * capture time.
 */
function notesOfActivities(table: NoteTable, activityIds: readonly string[]): Note[] {
  if (activityIds.length === 1) return notesOf(table, activityIds[0] ?? '');
  return activityIds.flatMap((activityId) => notesOf(table, activityId)).sort((a, b) => a.createdAt - b.createdAt);
}

/** The notes the stage shows, in capture order. */
function shownNotes(candidates: readonly Note[], rule: StageRule): Note[] {
  const notes: Note[] = [];
  for (const note of candidates) {
    const shown = shownAs(note, rule);
    if (shown) notes.push(shown);
  }
  return notes;
}

/** The note as the stage shows it (its name only where the stage draws names), or null where the stage does not show it. */
function shownAs(note: Note, rule: StageRule): Note | null {
  if (note.hidden || note.deletedAt !== null || !rule.drawn(note)) return null;
  return rule.keepNames || note.attribution === null ? note : withoutName(note);
}

/** Notes without their names and activities without their scripts, one copy per original (notes and activities never change once made), so two views share them. */
const nameless = new WeakMap<Note, Note>();
const forRoom = new WeakMap<Activity, Activity>();

function withoutName(note: Note): Note {
  let copy = nameless.get(note);
  if (!copy) nameless.set(note, (copy = { ...note, attribution: null }));
  return copy;
}

function activityForRoom(activity: Activity): Activity {
  let copy = forRoom.get(activity);
  if (!copy) {
    // Quotes and materials are the facilitator's, like the script: the room's view carries neither.
    copy = { ...activity, script: NO_SCRIPT, talkingPoints: [] };
    delete copy.quotes;
    delete copy.materials;
    forRoom.set(activity, copy);
  }
  return copy;
}

/** What each stage table was made from: the session's notes and the rule that picked from them. */
const sourceOfStageTable = new WeakMap<NoteTable, { notes: NoteTable; rule: string }>();

/**
 * The stage's table made from the last one and what changed in the session's notes since (`activityChanges`), without
 * reading the activity's other notes: notes added at the end of the activity's order are added, notes changed in place
 * are replaced. Null where that is not enough (a note shown or no longer shown, which moves the others; notes taken out;
 * a different rule, or a vote over two activities): the caller reads the activity's notes.
 */
function grownStageTable(before: NoteTable, notes: NoteTable, rule: StageRule): NoteTable | null {
  const source = sourceOfStageTable.get(before);
  const activityId = rule.activityIds[0];
  if (!source || source.rule !== rule.key || rule.activityIds.length !== 1 || activityId === undefined) return null;
  if (source.notes === notes) return before;
  const changes = activityChanges(source.notes, notes, activityId);
  if (!changes) return null;
  let table = before;
  for (const [was, now] of changes.changed) {
    const shownBefore = shownAs(was, rule);
    const shownNow = shownAs(now, rule);
    if (!shownBefore && !shownNow) continue;
    // Shown now and not before, or the other way round: its place among the shown notes needs all of them.
    if (!shownBefore || !shownNow) return null;
    table = setNote(table, shownNow);
  }
  for (const id of changes.added) {
    const note = noteById(notes, id);
    const shown = note ? shownAs(note, rule) : null;
    if (shown) table = addNote(table, shown);
  }
  return table;
}

/**
 * The stage's table of these notes, made from the last one where it can: unchanged, grown by new notes at the end, or
 * with some notes replaced in place (an edit, a move on the map), so that it shares its unchanged pages with the last
 * one. Anything else (a note hidden, or a different activity) builds it again. A table is canonical, so either way it
 * equals `noteTableOf(notes)`.
 */
function stageTable(notes: readonly Note[], before: NoteTable | null): NoteTable {
  const notesBefore = before ? allNotes(before) : undefined;
  let table: NoteTable | null = null;
  if (before && notesBefore && notesBefore.length <= notes.length) {
    table = before;
    for (let index = 0; index < notesBefore.length && table; index++) {
      const was = notesBefore[index];
      const now = notes[index];
      if (was === now || !was || !now) continue;
      table = was.id === now.id ? setNote(table, now) : null;
    }
    for (let index = notesBefore.length; index < notes.length && table; index++) {
      const now = notes[index];
      if (now) table = addNote(table, now);
    }
  }
  return table ?? noteTableOf(notes);
}

/**
 * Which visible notes the activity's stage draws: a map only those placed, a reflection only in its sharing stage,
 * a scale none (it draws counts), a break none (it captures none); the other kinds all of them. The variant names what
 * else the answer depends on (a reflection's stage).
 */
function drawnBy(session: SessionState, activity: Activity): { drawn: (note: Note) => boolean; variant: string } {
  switch (activity.kind) {
    case 'map':
      return { drawn: (note) => note.position !== null, variant: '' };
    case 'reflection': {
      const run = own(session.runs, activity.id);
      const sharing = run?.kind === 'reflection' && run.stage === 'sharing';
      return { drawn: () => sharing, variant: sharing ? 'sharing' : 'private' };
    }
    case 'scale':
    case 'break':
      return { drawn: () => false, variant: '' };
    case 'discussion':
    case 'sort':
    case 'vote':
    case 'commitments':
      return { drawn: () => true, variant: '' };
    default:
      return assertNever(activity, 'activity kind');
  }
}

const NO_DOTS: Readonly<Record<string, number>> = {};

/** A scale's run as the room sees it: the phones' ratings added into its counts (the room sees how many gave each point, never who). */
function withPhoneRatings(run: ActivityRun | null, session: SessionState, activity: Activity): ActivityRun | null {
  if (activity.kind !== 'scale' || !session.phones?.ratings || !own(session.phones.ratings, activity.id)) return run;
  const fromPhones = phoneRatingCounts(session, activity.id, activity.min, activity.max);
  const stored = run?.kind === 'scale' ? run.counts : {};
  const counts: Record<string, number[]> = {};
  for (const statement of activity.statements) {
    const mine = own(stored, statement.id) ?? [];
    const phones = own(fromPhones, statement.id) ?? [];
    counts[statement.id] = Array.from({ length: activity.max - activity.min + 1 }, (_, index) => (mine[index] ?? 0) + (phones[index] ?? 0));
  }
  return { kind: 'scale', counts };
}

/**
 * A run as the room may see it: a vote's counts (the facilitator's dots and the phones' together, never who voted) only
 * once revealed, and only for the options the room sees.
 */
function roomRun(run: ActivityRun | undefined, options: readonly Note[], fromPhones: Readonly<Record<string, number>>): ActivityRun | null {
  if (!run) return null;
  if (run.kind !== 'vote') return run;
  if (!run.revealed) return { kind: 'vote', counts: {}, revealed: false };
  const counts: Record<string, number> = {};
  for (const option of options) {
    const count = own(run.counts, option.id);
    const phones = own(fromPhones, option.id);
    if (count !== undefined || phones !== undefined) counts[option.id] = (count ?? 0) + (phones ?? 0);
  }
  return { kind: 'vote', counts, revealed: true };
}
