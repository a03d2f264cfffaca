import type { EntityState } from '@reduxjs/toolkit';
import type { TimerState } from './timer';

/** The kinds of activity a workshop can hold. More kinds arrive with the exercises issue. */
export type ActivityKind = 'discussion';

/** One step of the agenda, as run in a session. */
export interface Activity {
  id: string;
  kind: ActivityKind;
  title: string;
  /** The question or instruction shown on the projector. */
  prompt: string;
  /** What the facilitator says and watches for; never projected. */
  script: string;
  /** Short points the facilitator can raise; never projected. */
  talkingPoints: string[];
  plannedMinutes: number;
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

/** What the projector shows besides the current activity. */
export interface PresenterState {
  blackout: boolean;
}

/** The whole session: the single source of truth the host owns and every window replicates. */
export interface SessionState {
  meta: SessionMeta;
  agenda: Activity[];
  currentActivityId: string;
  timers: Record<string, TimerState>;
  /** The timer as it was before its last reset, so the reset can be undone. */
  timersBeforeReset: Record<string, TimerState>;
  notes: EntityState<Note, string>;
  presenter: PresenterState;
}

/** Longest note the host accepts, in characters. */
export const MAX_NOTE_LENGTH = 2000;
/** Most notes a session may hold. */
export const MAX_NOTES = 20_000;
