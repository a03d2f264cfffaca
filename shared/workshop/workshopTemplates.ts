/**
 * Starting points for a new workshop in the builder: a common session shape as a list of library methods (data only,
 * so the control page can list them without loading the schemas). The builder turns each method into an activity the
 * same way "+ Add an activity" does; the facilitator then changes what they need.
 */

/** A session shape to start a workshop from. */
export interface WorkshopTemplate {
  /** Stable id, never shown. */
  id: string;
  name: string;
  /** One line: when to use it. */
  summary: string;
  /** The methods, in agenda order, by their ids in the method library. */
  methodIds: readonly string[];
  /** The time the room usually has for it, in minutes (the methods leave some of it spare, as a buffer). */
  availableMinutes: number;
}

/** The templates, shortest first. */
export const WORKSHOP_TEMPLATES: readonly WorkshopTemplate[] = [
  {
    id: 'retrospective',
    name: 'Team retrospective',
    summary: 'Look back on a stretch of work, agree what to change, and leave with owners and dates.',
    methodIds: ['check-in-round', 'start-stop-continue', 'dot-voting', 'who-what-when', 'check-out-round'],
    availableMinutes: 45,
  },
  {
    id: 'decision',
    name: 'Decision meeting',
    summary: 'Generate options together, narrow them down, test support for the proposal, then plan the next steps.',
    methodIds: ['check-in-round', 'one-two-four-all', 'dot-voting', 'fist-to-five', 'who-what-when'],
    availableMinutes: 60,
  },
  {
    id: 'ninety-minutes',
    name: 'Ninety-minute workshop',
    summary: 'A longer session with a break: reflect, make sense of it, map and prioritise, then commit.',
    methodIds: ['check-in-round', 'think-pair-share', 'what-so-what-now-what', 'break', 'impact-effort', 'dot-voting', 'who-what-when', 'check-out-round'],
    availableMinutes: 90,
  },
];
