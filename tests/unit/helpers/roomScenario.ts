import { expect } from 'vitest';
import type { Command } from '../../../shared/protocol/commands';
import type { Snapshot } from '../../../shared/protocol/verbs';
import type { Activity, SessionState } from '../../../shared/session/types';
import { allNotes } from '../../../shared/session/noteTable';

/** The two links a need-to-know scenario drives: any transport, as long as every byte the presenter received can be read. */
export interface ScenarioLinks {
  /** Calls a verb as the control window; throws if it fails. */
  control: (verb: string, args?: unknown) => Promise<unknown>;
  /** Calls `session.snapshot` as the presenter (its answer is part of what it received), and returns once it came back. */
  presenterSnapshot: () => Promise<void>;
  /** Everything the presenter link has received so far, serialized as it travels (or would over the socket). */
  presenterBytes: () => string;
}

/** Two written vote counts no timestamp, id or text of the built-in workshop contains. */
export const UNREVEALED_COUNTS = [77_777, 66_666] as const;

/** What the scenario shows: the secrets that must never reach the presenter, and what must reach it. */
export interface ScenarioResult {
  /** Script paragraphs, talking points, hidden notes' texts and names, names the projector does not draw. */
  secrets: string[];
  /** The bytes received before the vote was revealed (the counts must not be there). */
  beforeReveal: string;
  /** The bytes received while the projector was frozen on the vote and the control window moved on. */
  whileFrozen: string;
  /** A note captured on the activity after the vote while the projector stayed frozen. */
  frozenAwayNote: string;
  /** The bytes received while the screen was black (nothing about any activity may be there). */
  whileBlack: string;
  agenda: Activity[];
  all: string;
}

function captureFields(activity: Activity, n: number): Record<string, unknown> {
  switch (activity.kind) {
    case 'sort':
      return { columnId: activity.columns[n % activity.columns.length]?.id };
    case 'map':
      return { position: { x: 0.2 + 0.1 * n, y: 0.7 - 0.1 * n } };
    case 'commitments':
      return { commitment: { who: `Who-Hidden-${n}`, byWhen: 'Friday' } };
    case 'discussion':
    case 'vote':
    case 'reflection':
    case 'scale':
    case 'break':
      return {};
  }
}

/**
 * Runs a whole workshop with scripts, talking points, hidden notes with names, unrevealed votes, a black screen and a
 * freeze, calling the presenter's `session.snapshot` at each step (so its answers are checked too), and returns what
 * the presenter link received at each moment that matters.
 */
export async function runNeedToKnowScenario(links: ScenarioLinks): Promise<ScenarioResult> {
  const dispatch = (command: Command) => links.control('session.dispatch', command);
  const session = async (): Promise<SessionState> => {
    const snapshot = (await links.control('session.snapshot')) as Snapshot;
    if (!snapshot.session) throw new Error('no session');
    return snapshot.session;
  };
  const noteIdOf = async (text: string): Promise<string> => {
    const found = allNotes((await session()).notes).find((note) => note.text === text);
    if (!found) throw new Error(`no note "${text}"`);
    return found.id;
  };

  await links.presenterSnapshot();
  await links.control('session.create', { workshopId: 'management-and-leadership', group: 'Ops leads', date: '2026-11-28' });
  await links.presenterSnapshot();
  const { agenda } = await session();
  const vote = agenda.find((activity) => activity.kind === 'vote');
  const afterVote = agenda[agenda.findIndex((activity) => activity === vote) + 1];
  if (vote?.kind !== 'vote' || !afterVote) throw new Error('the built-in workshop has a vote followed by another activity');
  const secrets: string[] = agenda
    .flatMap(({ script, talkingPoints }) => [...[script.say, script.watchFor, script.shortGroup, script.largeGroup].flatMap((text) => text.split('\n\n')), ...talkingPoints])
    .filter((text) => text.trim() !== '');

  // Behind a black screen: hidden notes (with names) in every activity, never visible; unrevealed counts.
  await dispatch({ type: 'presenter.setTitleScreen', on: false });
  await dispatch({ type: 'presenter.setScreen', screen: 'black' });
  const blackFrom = links.presenterBytes().length;
  for (const [n, activity] of agenda.entries()) {
    const hiddenText = `HIDDEN-${n} what we really think of the director`;
    await dispatch({ type: 'note.capture', activityId: activity.id, text: hiddenText, attribution: `Name-Hidden-${n}`, ...captureFields(activity, n) });
    await dispatch({ type: 'note.setHidden', noteId: await noteIdOf(hiddenText), hidden: true });
    await dispatch({ type: 'note.capture', activityId: activity.id, text: `Room says ${n}`, ...(activity.kind === 'commitments' ? { commitment: { who: 'Dana', byWhen: 'Monday' } } : captureFields(activity, n)) });
    if (activity.kind === 'discussion') await dispatch({ type: 'note.capture', activityId: activity.id, text: `Named ${n}`, attribution: `Name-Visible-${n}` });
    secrets.push(hiddenText, `Name-Hidden-${n}`, ...(activity.kind === 'commitments' ? [`Who-Hidden-${n}`] : []), ...(activity.kind === 'discussion' ? [`Name-Visible-${n}`] : []));
    await links.presenterSnapshot();
  }
  await dispatch({ type: 'activity.go', activityId: vote.id });
  await dispatch({ type: 'vote.setCount', activityId: vote.id, optionId: `${vote.id}-option-1`, count: UNREVEALED_COUNTS[0] });
  await links.presenterSnapshot();
  const whileBlack = links.presenterBytes().slice(blackFrom);

  // Live: walk the whole agenda (a reflection shares its highlights); edit a hidden note on the way, and change a
  // count on the projected, unrevealed vote.
  for (const activity of agenda) if (activity.kind === 'reflection') await dispatch({ type: 'reflection.setStage', activityId: activity.id, stage: 'sharing' });
  await dispatch({ type: 'presenter.setScreen', screen: 'live' });
  for (const activity of agenda) {
    await dispatch({ type: 'activity.go', activityId: activity.id });
    await links.presenterSnapshot();
  }
  await dispatch({ type: 'note.edit', noteId: await noteIdOf('HIDDEN-0 what we really think of the director'), text: 'HIDDEN-0 edited, still hidden' });
  secrets.push('HIDDEN-0 edited, still hidden');
  await dispatch({ type: 'activity.go', activityId: vote.id });
  await dispatch({ type: 'vote.setCount', activityId: vote.id, optionId: `${vote.id}-option-2`, count: UNREVEALED_COUNTS[1] });
  await links.presenterSnapshot();

  // Frozen on the vote while the control window moves on and the room's next notes are captured.
  await dispatch({ type: 'presenter.setFrozen', frozen: true });
  const frozenFrom = links.presenterBytes().length;
  await dispatch({ type: 'activity.go', activityId: afterVote.id });
  const frozenAwayNote = 'Captured while the projector stayed frozen';
  await dispatch({ type: 'note.capture', activityId: afterVote.id, text: frozenAwayNote, ...captureFields(afterVote, 1) });
  await links.presenterSnapshot();
  const whileFrozen = links.presenterBytes().slice(frozenFrom);
  const beforeReveal = links.presenterBytes();

  // Revealed: now the room may see the counts.
  await dispatch({ type: 'vote.setRevealed', activityId: vote.id, revealed: true });
  // Seen before moving on: a link's pushes go out once a frame, so a view that lasts less than one may never be sent.
  await links.presenterSnapshot();
  await dispatch({ type: 'presenter.setFrozen', frozen: false });
  await links.presenterSnapshot();
  return { secrets, beforeReveal, whileFrozen, frozenAwayNote, whileBlack, agenda, all: links.presenterBytes() };
}

/** Whether serialized JSON holds this number as a value (not as digits inside a timestamp). */
function holdsNumber(json: string, value: number): boolean {
  return new RegExp(`[:,\\[]${value}[,}\\]]`).test(json);
}

/** Checks that the presenter received nothing private, and (so the check cannot pass on an empty wire) what the room may see. */
export function expectNeedToKnow(result: ScenarioResult): void {
  expect(result.secrets.length, 'the workshop has scripts, talking points and hidden notes to keep').toBeGreaterThan(50);
  const leaked = result.secrets.filter((secret) => result.all.includes(JSON.stringify(secret).slice(1, -1)));
  expect(leaked, 'private texts that reached the presenter link').toEqual([]);
  for (const count of UNREVEALED_COUNTS) expect(holdsNumber(result.beforeReveal, count), `the unrevealed count ${count} reached the presenter`).toBe(false);
  for (const activity of result.agenda) expect(result.whileBlack.includes(activity.title), `"${activity.title}" reached the presenter while the screen was black`).toBe(false);
  expect(result.whileFrozen.includes(result.frozenAwayNote), 'a note of the activity the projector is not showing').toBe(false);

  // What the room does see arrives: every activity's title and visible notes, the counts once revealed.
  for (const [n, activity] of result.agenda.entries()) {
    expect(result.all, activity.title).toContain(activity.title);
    // A scale draws counts, not notes: its notes never go to the room.
    expect(result.all.includes(`Room says ${n}`), `the visible note of "${activity.title}"`).toBe(activity.kind !== 'scale');
  }
  for (const count of UNREVEALED_COUNTS) expect(holdsNumber(result.all, count), `the count ${count} once revealed`).toBe(true);
  expect(result.all).toContain(result.frozenAwayNote);
}
