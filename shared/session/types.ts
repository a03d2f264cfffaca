import type { z } from 'zod';
import type { storedScriptSchema } from '../kinds/activityBase';
import type { Activity, ActivityKind, ActivityRun } from '../kinds/registry';
import type { NoteTable, StoredNotes } from './noteTable';
import type { TimerState } from './timer';

// The kinds' types are derived from their schemas in shared/kinds/ (one folder per kind); they are re-exported here
// so the rest of the code keeps reading session types from one module.
export type { Activity, ActivityKind, ActivityRun } from '../kinds/registry';
export type { DiscussionActivity } from '../kinds/discussion/schema';
export type { SortActivity, SortColumn } from '../kinds/sort/schema';
export type { MapActivity, MapAxis, MapQuadrants } from '../kinds/map/schema';
export type { VoteActivity, VoteRun } from '../kinds/vote/schema';
export type { ReflectionActivity, ReflectionRun, ReflectionStage } from '../kinds/reflection/schema';
export type { ScaleActivity, ScaleRun, ScaleStatement } from '../kinds/scale/schema';
export type { CommitmentsActivity } from '../kinds/commitments/schema';
export type { BreakActivity } from '../kinds/break/schema';

/** The facilitator's private guidance for one activity (say, watch for, small and large group); never projected. */
export type FacilitatorScript = z.output<typeof storedScriptSchema>;

/** Fields every activity has, whatever its kind. */
export type ActivityBase = Pick<Activity, 'id' | 'title' | 'prompt' | 'script' | 'talkingPoints' | 'plannedMinutes'> & { kind: ActivityKind };

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
  /** Set when a phone in the room sent the note (absent: the facilitator captured it). */
  origin?: NoteOrigin;
  /**
   * A phone's note waiting for the facilitator's review (phones are moderated, or the word filter flagged it): hidden
   * from the projector until approved. Absent once reviewed, and on every other note.
   */
  held?: true;
}

/**
 * Which phone sent a note and which of its items it was: the host takes each item once, whatever the phone resends.
 * `phone` is derived one way from the phone's token (the token itself is never stored).
 */
export interface NoteOrigin {
  phone: string;
  item: string;
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
  /** The workshop's credit (who wrote it, what it draws on), shown on the closing screen and in the report; absent in older files. */
  source?: string;
  /** What the whole workshop needs (its `materials`), for the facilitator; absent when it lists none and in older files. */
  materials?: string[];
  /** Who ran the session, named in the report; absent when not given. */
  facilitator?: string;
  /** When the session is meant to start, 24-hour "HH:MM" (the workshop's `plannedStart`), for the run sheet; absent when not planned. */
  plannedStart?: string;
}

/** What fills the projector: the activity (live), a plain black or white screen, or how phones join (while they may). */
export type ProjectorScreen = 'live' | 'black' | 'white' | 'join';

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
  /** Activities the facilitator dropped from the plan during the session, in agenda order; absent when none (shared/session/livePlan.ts). */
  skippedActivityIds?: string[];
  /** Activities the facilitator added from the method library during the session; absent when none. */
  addedActivityIds?: string[];
  /** Phones in the room: whether they may join now and what they may do per activity; absent until first turned on. */
  phones?: PhoneSettings;
}

/** Phones in the room (electron/phones/, shared/session/phoneView.ts). */
export interface PhoneSettings {
  /** While phones may join: the address they open and the room's code. Never saved: a reopened session starts with phones off. */
  open: PhonesOpen | null;
  /** Per activity id, what phones may do there; an activity without a rule takes answers, anonymously. */
  rules: Record<string, PhoneRule>;
  /** Phone answers wait for the facilitator's approval before the room sees them; absent: off. */
  moderated?: boolean;
  /**
   * Dot-vote ballots from phones: per vote activity, per phone (its key), the option ids its dots are on (an option twice
   * is two dots). One ballot per phone, replaced when it changes its vote. Kept apart from the vote's run, so undoing the
   * facilitator's own counts never takes a phone's ballot back.
   */
  ballots?: Record<string, Record<string, string[]>>;
  /**
   * Ratings from phones in a scale: per scale activity, per phone (its key), the point it gave each statement. One answer
   * per statement per phone, replaced when it changes; kept apart from the scale's run like ballots.
   */
  ratings?: Record<string, Record<string, Record<string, number>>>;
  /** Phones (by key) the facilitator muted: their answers are refused until unmuted. Never by network address, which people share. */
  muted?: Record<string, true>;
}

/** Where phones join and the code they type. */
export interface PhonesOpen {
  /** A plain IPv4 address and port, as phones type it: "192.168.1.23:8765". */
  address: string;
  /** Four letters and digits with no look-alikes (no O/0, I/1/L). */
  code: string;
}

/** What phones may do in one activity. */
export interface PhoneRule {
  /** Phones may answer here (add notes); off, they only see the prompt. */
  answer: boolean;
  /** Answers carry the name the phone gives; off (the default), they are anonymous. */
  named: boolean;
}

/** A session as a session file stores it: the same, with the notes as `{ ids, entities }` (shared/session/storedSession.ts converts). */
export type StoredSession = Omit<SessionState, 'notes'> & { notes: StoredNotes };

/** Longest planned duration of one activity, in minutes. */
export const MAX_PLANNED_MINUTES = 480;
/** Longest note the host accepts, in characters. */
export const MAX_NOTE_LENGTH = 2000;
/** Most notes a session may hold. */
export const MAX_NOTES = 20_000;
/** Longest name, column label or other short field, in characters. */
export const MAX_SHORT_TEXT = 200;
/** Largest count a tally accepts (dots, hands, fingers). */
export const MAX_TALLY = 100_000;
