import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import type { Command } from '../../../shared/protocol/commands';
import type { Activity, ActivityKind, CommitmentDetails, MapPosition, SessionState } from '../../../shared/session/types';
import { connectAsControl } from '../../support/hostClient';
import type { HostClient } from '../../support/hostClient';
import type { RunningServer } from './browserModeServer';
import { noteIds } from '../../support/noteTables';

/**
 * Realistic room content for every activity kind, and the helpers that put it
 * on the projector through a second control connection (as a facilitator's
 * window would). Used by tests/e2e/screenshots-kinds.spec.ts.
 */

/** A note as the scenes capture it. */
export interface SceneNote {
  text: string;
  columnId?: string;
  position?: MapPosition;
  attribution?: string;
  commitment?: CommitmentDetails;
  /** Captured, then hidden by the facilitator: must never reach the projector. */
  hidden?: boolean;
}

/** A session on one activity, with the connection that drives it. */
export interface OpenScene {
  client: HostClient;
  activity: Activity;
  session: SessionState;
}

/** Sends one command and fails the test if the host refuses it. */
export async function dispatch(client: HostClient, command: Command): Promise<void> {
  await client.call('session.dispatch', command);
}

/** The current session as the host holds it. */
export async function snapshot(client: HostClient): Promise<SessionState> {
  const { session } = await client.call('session.snapshot', {});
  if (!session) throw new Error('No session is open.');
  return session;
}

/**
 * Starts a session from a workshop (the built-in one unless `workshopId` is
 * given) and goes to the activity `pick` chooses, with its timer running.
 */
export async function openScene(server: RunningServer, pick: (activity: Activity) => boolean, workshopId = 'management-and-leadership'): Promise<OpenScene> {
  const client = await connectAsControl(server.controlUrl);
  await client.call('session.create', { workshopId, group: 'Leadership cohort 4', date: '2026-11-28' });
  const created = await snapshot(client);
  const activity = created.agenda.find(pick);
  if (!activity) throw new Error('The workshop has no such activity.');
  await dispatch(client, { type: 'activity.go', activityId: activity.id });
  await dispatch(client, { type: 'timer.start', activityId: activity.id });
  return { client, activity, session: await snapshot(client) };
}

/** Captures notes in order (hiding those marked hidden); returns the ids in the same order. */
export async function captureAll(client: HostClient, activityId: string, notes: readonly SceneNote[]): Promise<string[]> {
  const ids: string[] = [];
  for (const note of notes) {
    const before = new Set(noteIds((await snapshot(client)).notes));
    await dispatch(client, {
      type: 'note.capture',
      activityId,
      text: note.text,
      ...(note.columnId ? { columnId: note.columnId } : {}),
      ...(note.position ? { position: note.position } : {}),
      ...(note.attribution ? { attribution: note.attribution } : {}),
      ...(note.commitment ? { commitment: note.commitment } : {}),
    });
    const id = noteIds((await snapshot(client)).notes).find((candidate) => !before.has(candidate));
    if (!id) throw new Error(`The note "${note.text}" was not captured.`);
    if (note.hidden) await dispatch(client, { type: 'note.setHidden', noteId: id, hidden: true });
    ids.push(id);
  }
  return ids;
}

/** Writes a workshop file into the server's workshop folder and returns the id the host lists it under. */
export async function installWorkshop(server: RunningServer, fileName: string, workshop: object): Promise<string> {
  const folder = join(server.workspace, 'Workshops');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, fileName), JSON.stringify(workshop, null, 2));
  const client = await connectAsControl(server.controlUrl);
  try {
    const listing = await client.call('workshops.list', {});
    expect(listing.problems, 'the test workshop file is valid').toEqual([]);
    const listed = listing.workshops.find((summary) => summary.fileName === fileName);
    if (!listed) throw new Error(`${fileName} is not listed.`);
    return listed.id;
  } finally {
    client.close();
  }
}

/** Picks the first activity of a kind (optionally the n-th of that kind). */
export function ofKind(kind: ActivityKind, nth = 0): (activity: Activity) => boolean {
  let seen = -1;
  return (activity) => activity.kind === kind && ++seen === nth;
}

// ---------------------------------------------------------------------------------------------------------------
// Content

/** The opening sort (Manager | Leader | Both): what a room calls out. */
export const OPENING_SORT: readonly SceneNote[] = [
  { text: 'Budgets', columnId: 'manager' },
  { text: 'Vision', columnId: 'leader' },
  { text: 'Plans the quarter', columnId: 'manager' },
  { text: 'Inspires people', columnId: 'leader' },
  { text: 'Trust', columnId: 'both' },
  { text: 'Keeps the rota fair', columnId: 'manager' },
  { text: 'Listens first', columnId: 'leader' },
  { text: 'Takes the blame, shares the credit', columnId: 'leader' },
  { text: 'Approves leave and expenses', columnId: 'manager' },
  { text: 'Clear communication', columnId: 'both' },
  { text: 'Speaks up for the team in rooms we never see', columnId: 'leader' },
  { text: 'Makes sure nothing falls through the cracks', columnId: 'manager' },
  { text: 'Tea and biscuits (said as a joke)', columnId: 'both', hidden: true },
  { text: 'Decisions under pressure', columnId: 'both' },
  { text: 'Runs the weekly stand-up', columnId: 'manager' },
];

/** Schein's levels with a crowded middle column: more than fits, so the oldest fold into "+N more". */
export function crowdedTrustLevels(): SceneNote[] {
  const level2 = [
    'Asks how my weekend was and remembers the answer',
    'Covers for me when my kid is ill',
    'Tells me the real reason behind a decision',
    'Shares what keeps them up at night',
    'We disagree openly and it is fine',
    'Gives feedback in private, praise in public',
    'Knows what I want from my career',
  ];
  return [
    { text: 'Follows the process to the letter', columnId: 'level-1' },
    { text: 'Emails instead of talking', columnId: 'level-1' },
    { text: 'Meetings with a fixed agenda', columnId: 'level-1' },
    ...Array.from({ length: 42 }, (_, i) => ({ text: `${level2[i % level2.length] ?? ''} (${i + 1})`, columnId: 'level-2' })),
    { text: 'Would trust them with my job', columnId: 'level-3' },
    { text: 'Supercalifragilisticexpialidociously-long-hyphenless-wordthatneedswrappingwithoutspacesatall', columnId: 'level-3' },
  ];
}

/** Where the week went, on administration ↔ influence by present ↔ future (a cluster bottom-left, a corner top-right). */
export const WEEK_ON_THE_MAP: readonly SceneNote[] = [
  { text: 'Weekly budget review', position: { x: 0.15, y: 0.2 } },
  { text: 'Coached Priya before her first client pitch', position: { x: 0.8, y: 0.7 } },
  { text: 'Holiday rota', position: { x: 0.12, y: 0.14 } },
  { text: 'Planned the strategy offsite', position: { x: 0.3, y: 0.85 } },
  { text: 'One-to-ones with the team', position: { x: 0.7, y: 0.35 } },
  { text: 'Hiring plan for next year', position: { x: 0.45, y: 0.9 } },
  { text: 'Fixed the broken deploy', position: { x: 0.16, y: 0.18 } },
  { text: 'Celebrated a team win', position: { x: 0.85, y: 0.3 } },
  { text: 'Expense approvals', position: { x: 0.14, y: 0.16 } },
  { text: 'Mentoring a new team lead', position: { x: 0.95, y: 0.95 } },
  { text: 'Answered emails all morning' },
  { text: 'Quiet word about a reorganisation', position: { x: 0.6, y: 0.6 }, hidden: true },
];

/** Dots per option of the trust-breakers vote, in option order. */
export const TRUST_BREAKER_DOTS: readonly number[] = [9, 6, 11, 4];

/** Highlights shared after the Kasem reflection: named only where the person asked for their name. */
export const REFLECTION_HIGHLIGHTS: readonly SceneNote[] = [
  { text: 'I say yes to everything. I want to protect two mornings a week for the team.', attribution: 'Sam' },
  { text: 'Our onboarding runs itself now; time to think about where we go next.' },
  { text: 'Feet on the ground for me means the Monday numbers, every week, no excuses.' },
  { text: 'Reaching for the stars: a team that could run without me for a month.', attribution: 'Amira K.' },
  { text: 'I had never written down what future I am building. That was uncomfortable.' },
  { text: 'Something personal I would rather not share', hidden: true, attribution: 'Jo' },
];

/** Fist-to-five counts for the four strengths statements (12 people), points 0 (a fist) to 5. */
export const STRENGTH_COUNTS: readonly (readonly number[])[] = [
  [0, 0, 1, 3, 5, 3],
  [1, 0, 2, 4, 4, 1],
  [0, 0, 0, 2, 6, 4],
  [1, 2, 4, 3, 2, 0],
];

/** Next steps at the close. */
export const COMMITMENTS: readonly SceneNote[] = [
  { text: 'Book a monthly check-in with my manager: priorities and blockers', commitment: { who: 'Amira', byWhen: 'Friday' } },
  { text: 'Stop approving every expense myself; delegate under 200', commitment: { who: 'Sam', byWhen: 'end of month' } },
  { text: 'Ask each of my reports what they want to learn this year', commitment: { who: 'Priya', byWhen: '12 December' } },
  { text: 'Write down the future I am building, one page, and share it', commitment: { who: 'Jonas', byWhen: 'next team day' } },
  { text: 'Praise in public, feedback in private', commitment: { who: 'Lee', byWhen: '' } },
  { text: 'Open a Friday channel for questions I can answer in writing', commitment: { who: 'Marta', byWhen: '2026-12-04' } },
  { text: 'Something only I should see', commitment: { who: 'Ola', byWhen: 'Monday' }, hidden: true },
];

/** The stress workshop and its content live in their own file; re-exported here for specs that import them from this one. */
export { FOUR_COLUMN_NOTES, MANY_COMMITMENTS, SPECTRUM_NOTES, STRESS_WORKSHOP, TWO_COLUMN_NOTES } from './stressWorkshop';
