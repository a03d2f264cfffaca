import type { NoteTable, StoredNotes } from './noteTable';
import type { TimerState } from './timer';

/** The kinds of activity a workshop can hold. Each has a control view, a projector layout and a report section. */
export type ActivityKind = 'discussion' | 'sort' | 'map' | 'vote' | 'reflection' | 'scale' | 'commitments';

/** Every activity kind, in the order the docs and the workshop editor list them. */
export const ACTIVITY_KINDS: readonly ActivityKind[] = ['discussion', 'sort', 'map', 'vote', 'reflection', 'scale', 'commitments'];

/** The facilitator's private guidance for one activity; never projected. */
export interface FacilitatorScript {
  /** What to say to the room, in the facilitator's words. Paragraphs are separated by a blank line. */
  say: string;
  /** What to look and listen for while the room works. */
  watchFor: string;
  /** How to run it with a small group (up to about 8 people). */
  shortGroup: string;
  /** How to run it with a large group (about 20 people or more). */
  largeGroup: string;
}

/** Fields every activity has, whatever its kind. */
export interface ActivityBase {
  id: string;
  kind: ActivityKind;
  title: string;
  /** The question or instruction shown on the projector. */
  prompt: string;
  script: FacilitatorScript;
  /** Short points the facilitator can raise; never projected. */
  talkingPoints: string[];
  plannedMinutes: number;
}

/** Open discussion: a prompt and notes captured live. */
export interface DiscussionActivity extends ActivityBase {
  kind: 'discussion';
}

/** One named column of a sort activity. */
export interface SortColumn {
  id: string;
  label: string;
  /** One line under the label, e.g. "transactional, by the rules". May be empty. */
  description: string;
}

/** Notes sorted into 2 to 4 named columns. */
export interface SortActivity extends ActivityBase {
  kind: 'sort';
  columns: SortColumn[];
}

/** One axis of a map: what it measures and its two ends. */
export interface MapAxis {
  /** What the axis measures, e.g. "Focus". May be empty. */
  label: string;
  /** The low end: left on the x axis, bottom on the y axis. */
  from: string;
  /** The high end: right on the x axis, top on the y axis. */
  to: string;
}

/** Names of the four quadrants of a 2-D map, read as the projector shows them. */
export interface MapQuadrants {
  topLeft: string;
  topRight: string;
  bottomLeft: string;
  bottomRight: string;
}

/** Notes placed on a 1-D spectrum (`y` null) or a 2-D grid. */
export interface MapActivity extends ActivityBase {
  kind: 'map';
  x: MapAxis;
  y: MapAxis | null;
  /** Only for a 2-D map; null to leave the quadrants unnamed. */
  quadrants: MapQuadrants | null;
}

/** Dot voting over options: the notes of an earlier activity and/or options of its own. */
export interface VoteActivity extends ActivityBase {
  kind: 'vote';
  /** An earlier activity whose notes become options; null for none. */
  optionsFrom: string | null;
  /** Options written in the workshop; a new session turns each into a note of this activity. */
  options: string[];
  /** How many dots each person places (shown to the room). */
  dotsPerPerson: number;
  /** Whether the projector hides the counts until the facilitator reveals them. */
  hideResultsUntilRevealed: boolean;
}

/** Silent individual writing, then pairs, then highlights shared with the room. */
export interface ReflectionActivity extends ActivityBase {
  kind: 'reflection';
  /** One or more writing prompts, projected during the writing stage. */
  prompts: string[];
  writingMinutes: number;
  pairMinutes: number;
}

/** One statement rated on a scale. */
export interface ScaleStatement {
  id: string;
  text: string;
}

/** A rating from `min` to `max` against one or more statements, entered as a count per point. */
export interface ScaleActivity extends ActivityBase {
  kind: 'scale';
  min: number;
  max: number;
  /** What the lowest point means, e.g. "Not yet". */
  minLabel: string;
  /** What the highest point means, e.g. "A real strength". */
  maxLabel: string;
  statements: ScaleStatement[];
}

/** Each person's next step as who / what / by when. */
export interface CommitmentsActivity extends ActivityBase {
  kind: 'commitments';
}

/** One step of the agenda, as run in a session. Narrow on `kind` for the kind's own settings. */
export type Activity =
  | DiscussionActivity
  | SortActivity
  | MapActivity
  | VoteActivity
  | ReflectionActivity
  | ScaleActivity
  | CommitmentsActivity;

/** A point on a map, each coordinate from 0 to 1 (x left to right, y bottom to top; y is 0.5 on a 1-D map). */
export interface MapPosition {
  x: number;
  y: number;
}

/** Who commits to a next step and by when; the note's text is the step itself. */
export interface CommitmentDetails {
  who: string;
  /** Free text such as "Friday" or "2026-12-04"; may be empty. */
  byWhen: string;
}

/** Something the room said, captured by the facilitator. */
export interface Note {
  id: string;
  activityId: string;
  text: string;
  /** Hidden notes stay in the session but are not projected. */
  hidden: boolean;
  createdAt: number;
  updatedAt: number;
  /** Set when deleted; kept so that the deletion can be undone. */
  deletedAt: number | null;
  /** Sort activities: the column the note is in. */
  columnId: string | null;
  /** Map activities: where the note is placed; null while not yet placed. */
  position: MapPosition | null;
  /** A name the facilitator added; notes are anonymous unless this is set. */
  attribution: string | null;
  /** Commitments activities: who and by when. */
  commitment: CommitmentDetails | null;
}

/** Who the session is for and when. */
export interface SessionMeta {
  id: string;
  title: string;
  group: string;
  /** Calendar date of the session, YYYY-MM-DD. */
  date: string;
  workshopId: string;
  createdAt: number;
}

/** What fills the projector: the activity (live), or a plain black or white screen. */
export type ProjectorScreen = 'live' | 'black' | 'white';

/** The projector's colour themes: dark (the original look), light, and high contrast; all with text at 7:1 or more. */
export const PRESENTER_THEMES = ['dark', 'light', 'high-contrast'] as const;

/** One of the projector's colour themes. */
export type PresenterTheme = (typeof PRESENTER_THEMES)[number];

/** Longest message the projector overlay shows, in characters. */
export const MAX_PROJECTOR_MESSAGE = 200;
/** The highest projector page a command may ask for (the projector shows its last page when asked for more). */
export const MAX_PROJECTOR_PAGE = 999;

/** What the projector shows besides the current activity. */
export interface PresenterState {
  /** Black or white covers everything; live shows the (possibly frozen) activity. */
  screen: ProjectorScreen;
  /** The projector's colour theme, chosen per session; the preview follows it too. */
  theme: PresenterTheme;
  /** While set, the projector keeps showing this activity whatever the control window moves to. */
  frozenActivityId: string | null;
  /**
   * The room sees the title screen (the workshop's title, the group and the date) instead of the current activity:
   * from the start of a session until the facilitator moves on. Absent in files written before it: they open on their activity.
   */
  titleScreen?: boolean;
  /** A message over the projected activity ("Break: back at 10:45"); null for none. */
  message: string | null;
  /** Which page of folded notes the projector shows, by activity id, when not the first (the newest notes). */
  pages?: Record<string, number>;
}

/** Per-session choices the facilitator makes for the room. */
export interface SessionSettings {
  /** Play a tone in the control window and flash the projector when an activity's timer reaches 0:00. */
  timerEndSound: boolean;
  /** Let the room see a timer run past zero ("+0:23 Overtime"); off or absent, the projector stops at 0:00 "Time's up". */
  showOvertimeToRoom?: boolean;
}

/** A vote's tallies: dots per option (a note id), and whether the room may see them. */
export interface VoteRun {
  kind: 'vote';
  counts: Record<string, number>;
  revealed: boolean;
}

/** A scale's tallies: for each statement, how many people gave each point (index 0 is `min`). */
export interface ScaleRun {
  kind: 'scale';
  counts: Record<string, number[]>;
}

/** The stages of a reflection, in order. */
export type ReflectionStage = 'writing' | 'pairs' | 'sharing';

/** Where a reflection is, with the countdown of its writing or pairs stage. */
export interface ReflectionRun {
  kind: 'reflection';
  stage: ReflectionStage;
  /** Counts down the current stage; reset when the stage changes. Planned 0 in the sharing stage. */
  stageTimer: TimerState;
}

/** What a session records for an activity beyond its notes. Only vote, scale and reflection have one. */
export type ActivityRun = VoteRun | ScaleRun | ReflectionRun;

/** The whole session: the single source of truth the host owns and every window replicates. */
export interface SessionState {
  meta: SessionMeta;
  agenda: Activity[];
  currentActivityId: string;
  timers: Record<string, TimerState>;
  /** The timer as it was before its last reset, so the reset can be undone. */
  timersBeforeReset: Record<string, TimerState>;
  /** Every note, kept so that a change copies only small pieces (shared/session/noteTable.ts). */
  notes: NoteTable;
  /** Per activity id, for vote, scale and reflection activities. */
  runs: Record<string, ActivityRun>;
  presenter: PresenterState;
  settings: SessionSettings;
}

/** A session as a session file stores it: the same, with the notes as `{ ids, entities }` (shared/session/storedSession.ts converts). */
export type StoredSession = Omit<SessionState, 'notes'> & { notes: StoredNotes };

/** Longest note the host accepts, in characters. */
export const MAX_NOTE_LENGTH = 2000;
/** Most notes a session may hold. */
export const MAX_NOTES = 20_000;
/** Longest name, column label or other short field, in characters. */
export const MAX_SHORT_TEXT = 200;
/** Largest count a tally accepts (dots, hands, fingers). */
export const MAX_TALLY = 100_000;
