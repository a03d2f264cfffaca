import type { WorkshopFileProblem } from '../protocol/verbs';
import { roomView } from '../session/roomView';
import type { RoomView } from '../session/roomView';
import { createSession } from './createSession';
import { parseWorkshopData } from './workshopFile';
import { workshopActivitySchema } from './workshopSchema';

/** What the builder is told of its draft: every problem the file loader would find, and the room's view of one activity. */
export interface DraftCheck {
  problems: WorkshopFileProblem[];
  /**
   * How the projector shows the activity asked for, as a session started from it would (no activity asked for: the
   * title screen a session opens on); null when what it would show has problems.
   */
  preview: RoomView | null;
}

/**
 * Checks a workshop draft as the loader would read its file, and builds the projector's view of one of its
 * activities through `createSession` and `roomView`. `today` (YYYY-MM-DD) is the date the title screen shows. Run by the host, so the builder's page never loads the schemas.
 */
export function checkWorkshopDraft(document: Record<string, unknown>, fileName: string, previewIndex: number | null, today: string): DraftCheck {
  const parsed = parseWorkshopData(document, fileName);
  if (previewIndex !== null) return { problems: parsed.ok ? [] : parsed.problems, preview: previewOf(document, previewIndex) };
  if (!parsed.ok) return { problems: parsed.problems, preview: null };
  // The title screen, with a stand-in for the group the facilitator names when starting a session.
  return { problems: [], preview: roomView(createSession(parsed.workshop, { group: 'Your group', date: today, sessionId: 'preview', now: 0 })) };
}

function previewOf(document: Record<string, unknown>, index: number): RoomView | null {
  const activities = document.activities;
  if (!Array.isArray(activities) || index >= activities.length) return null;
  const activity = workshopActivitySchema.safeParse(activities[index]);
  if (!activity.success) return null;
  const session = createSession({ id: 'preview', title: '', summary: '', source: '', activities: [activity.data] }, { group: '', date: '2026-01-01', sessionId: 'preview', now: 0 });
  // The room is shown the activity itself, not the workshop's title screen a new session opens on.
  return roomView({ ...session, presenter: { ...session.presenter, titleScreen: false } });
}
