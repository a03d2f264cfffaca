import type { Activity } from '../session/types';

/** An activity as a workshop defines it; a session copies it into its agenda. */
export type ActivityTemplate = Activity;

/** A workshop: a reusable agenda that sessions are started from. */
export interface Workshop {
  id: string;
  title: string;
  summary: string;
  /** Who wrote the content and what it draws on. */
  source: string;
  /** What the whole workshop needs, beyond each activity's own materials; absent when the file lists none. */
  materials?: string[];
  /** When a session of it is meant to start, 24-hour "HH:MM"; the session keeps it for the run sheet. */
  plannedStart?: string;
  activities: ActivityTemplate[];
}
