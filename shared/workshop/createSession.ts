import type { Activity, SessionState } from '../session/types';
import { timersForAgenda } from '../session/sessionSlice';
import { runsForAgenda } from '../kinds/runs';
import { emptyNoteTable } from '../session/noteTable';
import type { Workshop } from './types';
export { optionNoteId } from '../kinds/vote';
import type { WorkshopSummary } from '../protocol/verbs';

/** The details a facilitator gives when starting a session. */
export interface NewSessionDetails {
  group: string;
  date: string;
  sessionId: string;
  now: number;
}

/** Starts a session from a workshop: its agenda, a timer per activity, the run state of votes, scales and reflections, no notes. */
export function createSession(workshop: Workshop, details: NewSessionDetails): SessionState {
  const agenda = JSON.parse(JSON.stringify(workshop.activities)) as Activity[];
  const first = agenda[0];
  if (!first) throw new Error(`Workshop "${workshop.id}" has no activities.`);
  return {
    meta: {
      id: details.sessionId,
      title: workshop.title,
      group: details.group,
      date: details.date,
      workshopId: workshop.id,
      createdAt: details.now,
      ...(workshop.source ? { source: workshop.source } : {}),
      ...(workshop.materials ? { materials: [...workshop.materials] } : {}),
      ...(workshop.plannedStart ? { plannedStart: workshop.plannedStart } : {}),
    },
    agenda,
    currentActivityId: first.id,
    timers: timersForAgenda(agenda),
    timersBeforeReset: {},
    notes: emptyNoteTable(),
    runs: runsForAgenda(agenda),
    // The room sees the workshop's title until the facilitator moves on to the first activity.
    presenter: { screen: 'live', theme: 'dark', frozenActivityId: null, message: null, titleScreen: true },
    settings: { timerEndSound: false },
  };
}

/** The line the home screen shows for a workshop. */
export function summarizeWorkshop(workshop: Workshop, from: { origin: WorkshopSummary['origin']; fileName: string | null; id?: string } = { origin: 'built-in', fileName: null }): WorkshopSummary {
  return {
    id: from.id ?? workshop.id,
    origin: from.origin,
    fileName: from.fileName,
    title: workshop.title,
    summary: workshop.summary,
    source: workshop.source,
    totalMinutes: workshop.activities.reduce((sum, activity) => sum + activity.plannedMinutes, 0),
    activityTitles: workshop.activities.map((activity) => activity.title),
  };
}
