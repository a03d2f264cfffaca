import type { SessionState } from '../session/types';
import { timersForAgenda } from '../session/sessionSlice';
import type { Workshop } from './types';
import type { WorkshopSummary } from '../protocol/verbs';

/** The details a facilitator gives when starting a session. */
export interface NewSessionDetails {
  group: string;
  date: string;
  sessionId: string;
  now: number;
}

/** Starts a session from a workshop: its agenda, a timer per activity, no notes yet. */
export function createSession(workshop: Workshop, details: NewSessionDetails): SessionState {
  const agenda = workshop.activities.map((activity) => ({ ...activity, talkingPoints: [...activity.talkingPoints] }));
  const first = agenda[0];
  if (!first) throw new Error(`Workshop "${workshop.id}" has no activities.`);
  return {
    meta: { id: details.sessionId, title: workshop.title, group: details.group, date: details.date, workshopId: workshop.id, createdAt: details.now },
    agenda,
    currentActivityId: first.id,
    timers: timersForAgenda(agenda),
    timersBeforeReset: {},
    notes: { ids: [], entities: {} },
    presenter: { blackout: false },
  };
}

/** The line the home screen shows for a workshop. */
export function summarizeWorkshop(workshop: Workshop): WorkshopSummary {
  return {
    id: workshop.id,
    title: workshop.title,
    summary: workshop.summary,
    totalMinutes: workshop.activities.reduce((sum, activity) => sum + activity.plannedMinutes, 0),
    activityTitles: workshop.activities.map((activity) => activity.title),
  };
}
