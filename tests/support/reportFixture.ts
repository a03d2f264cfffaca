import { commandSchema } from '../../shared/protocol/commands';
import type { Command } from '../../shared/protocol/commands';
import { commandToEvent } from '../../shared/protocol/commandToEvent';
import { sessionReducer } from '../../shared/session/sessionSlice';
import type { SessionState } from '../../shared/session/types';
import { managementAndLeadershipWorkshop } from '../../shared/workshop/builtInWorkshops';
import { createSession, optionNoteId } from '../../shared/workshop/createSession';

/** Where the fixture session file and the golden report live, from the repository root. */
export const REPORT_FIXTURE_FILE = 'tests/fixtures/report-session.groundwork';
/** The golden report of the fixture session. */
export const REPORT_GOLDEN_FILE = 'tests/fixtures/report-session.md';

const MIN = 60_000;
/** When the fixture session starts (host clock): 28 November 2026, 09:00 UTC. */
export const REPORT_FIXTURE_START = Date.UTC(2026, 10, 28, 9, 0, 0);

/**
 * Plays commands through the same steps as the host (validate, turn into an
 * event, reduce) with a clock that only moves when told and ids note-1, note-2, …
 */
class Room {
  state: SessionState;
  now = REPORT_FIXTURE_START;
  private nextId = 1;

  constructor(state: SessionState) {
    this.state = state;
  }

  /** Runs one command a few seconds after the last one; returns the id a captured note got. */
  say(command: Command): string {
    this.now += 15_000;
    const id = `note-${this.nextId}`;
    let used = false;
    const outcome = commandToEvent(this.state, commandSchema.parse(command), {
      now: this.now,
      newId: () => {
        used = true;
        return id;
      },
    });
    if (!outcome.ok) throw new Error(`The fixture's command ${command.type} was refused: ${outcome.error}`);
    if (outcome.event) this.state = sessionReducer(this.state, outcome.event) as SessionState;
    if (used) this.nextId += 1;
    return id;
  }

  /** Lets time pass. */
  wait(ms: number): void {
    this.now += ms;
  }

  /** Goes to an activity and starts its timer. */
  begin(activityId: string): void {
    this.say({ type: 'activity.go', activityId });
    this.say({ type: 'timer.start', activityId });
  }

  /** Lets the activity run to `minutes` after it began (roughly) and pauses its timer. */
  end(activityId: string, minutes: number): void {
    const timer = this.state.timers[activityId];
    const startedAt = timer?.startedAt ?? this.now;
    this.now = Math.max(this.now, startedAt + minutes * MIN - (timer?.usedMs ?? 0));
    this.say({ type: 'timer.pause', activityId });
  }

  capture(activityId: string, text: string, extra: Partial<Extract<Command, { type: 'note.capture' }>> = {}): string {
    return this.say({ type: 'note.capture', activityId, text, ...extra });
  }
}

/**
 * A realistic run of the built-in workshop with an ops leads' group, stopped
 * during the closing commitments with that timer still running: every kind
 * with content, a moved note, a hidden and a deleted note, a multi-line note,
 * text with Markdown characters, an attributed highlight, an activity that was
 * skipped, and a vote whose results were revealed.
 */
export function reportFixtureSession(): SessionState {
  const room = new Room(
    createSession(managementAndLeadershipWorkshop, { group: 'Ops leads, North site', date: '2026-11-28', sessionId: 'report-fixture', now: REPORT_FIXTURE_START }),
  );

  room.say({ type: 'timer.start', activityId: 'opening-perceptions' });
  room.capture('opening-perceptions', 'Signs off the budget', { columnId: 'manager' });
  room.capture('opening-perceptions', 'Inspires people to follow', { columnId: 'leader' });
  room.capture('opening-perceptions', 'Plans the rota & the holidays', { columnId: 'manager' });
  const risk = room.capture('opening-perceptions', 'Takes risks', { columnId: 'manager' });
  room.capture('opening-perceptions', 'Has a vision for where the team goes', { columnId: 'leader' });
  room.capture('opening-perceptions', 'Gives feedback', { columnId: 'both' });
  const typo = room.capture('opening-perceptions', 'Gives feedbakc', { columnId: 'both' });
  room.say({ type: 'note.delete', noteId: typo });
  room.capture('opening-perceptions', "Knows everyone's name (and their kids' names)", { columnId: 'both' });
  room.say({ type: 'note.move', noteId: risk, columnId: 'leader' });
  room.end('opening-perceptions', 11);

  room.begin('administration-vs-influence');
  room.capture('administration-vs-influence', 'Administration keeps the systems working; influence is how people choose to follow.');
  room.capture('administration-vs-influence', 'Most of our week is admin:\n- weekly reports\n- approvals\n- the rota');
  const aside = room.capture('administration-vs-influence', "Dave's team ignores the rota: talk to him 1:1, not in the room");
  room.say({ type: 'note.setHidden', noteId: aside, hidden: true });
  room.capture('administration-vs-influence', 'Influence without authority is the *real* test');
  room.end('administration-vs-influence', 9);

  room.begin('present-vs-future');
  room.capture('present-vs-future', 'A well-oiled machine still needs someone asking where it is going.');
  room.capture('present-vs-future', '1. Fix today 2. plan tomorrow; we never get to 2.');
  room.capture('present-vs-future', 'Future work gets the Friday afternoon slot, so it never happens');
  room.end('present-vs-future', 8);

  room.begin('where-we-work');
  room.capture('where-we-work', 'Weekly KPI report', { position: { x: 0.15, y: 0.2 } });
  room.capture('where-we-work', 'Approving overtime', { position: { x: 0.3, y: 0.1 } });
  room.capture('where-we-work', 'Coaching a new shift lead', { position: { x: 0.8, y: 0.35 } });
  room.capture('where-we-work', 'Redesigning the handover process', { position: { x: 0.35, y: 0.8 } });
  room.capture('where-we-work', 'Talking about careers with the team', { position: { x: 0.85, y: 0.9 } });
  const budget = room.capture('where-we-work', 'Next year’s budget');
  room.say({ type: 'note.place', noteId: budget, position: { x: 0.4, y: 0.7 } });
  room.capture('where-we-work', 'Site safety walk');
  room.end('where-we-work', 13);

  room.begin('trust-levels');
  room.capture('trust-levels', 'Clocking in and out', { columnId: 'level-1' });
  room.capture('trust-levels', 'Following the shift handover checklist', { columnId: 'level-1' });
  room.capture('trust-levels', 'Covering for each other when a child is ill', { columnId: 'level-2' });
  room.capture('trust-levels', 'Asking for help before it goes wrong', { columnId: 'level-2' });
  room.capture('trust-levels', 'Telling the boss a plan will fail', { columnId: 'level-3' });
  room.say({ type: 'timer.adjust', activityId: 'trust-levels', deltaMs: 2 * MIN });
  room.end('trust-levels', 12);

  room.begin('trust-breakers');
  const meetings = room.capture('trust-breakers', 'Meetings that should have been an e-mail');
  const dots: [string, number][] = [
    [optionNoteId('trust-breakers', 1), 14],
    [optionNoteId('trust-breakers', 2), 9],
    [optionNoteId('trust-breakers', 3), 11],
    [optionNoteId('trust-breakers', 4), 3],
    [optionNoteId('trust-breakers', 5), 5],
    [meetings, 3],
  ];
  for (const [optionId, count] of dots) room.say({ type: 'vote.setCount', activityId: 'trust-breakers', optionId, count });
  room.say({ type: 'vote.setRevealed', activityId: 'trust-breakers', revealed: true });
  room.end('trust-breakers', 7);

  room.say({ type: 'activity.go', activityId: 'managing-up' });

  room.begin('kasem-reflection');
  room.say({ type: 'reflection.setStageTimerRunning', activityId: 'kasem-reflection', running: true });
  room.wait(5 * MIN);
  room.say({ type: 'reflection.setStage', activityId: 'kasem-reflection', stage: 'pairs' });
  room.wait(4 * MIN);
  room.say({ type: 'reflection.setStage', activityId: 'kasem-reflection', stage: 'sharing' });
  room.capture('kasem-reflection', 'Keep the rota fair and on time, every week.');
  room.capture('kasem-reflection', 'I want my shift leads to run the site without me by next summer.', { attribution: 'Priya' });
  room.capture('kasem-reflection', 'Stop fixing things myself; ask the team first.');
  room.end('kasem-reflection', 14);

  room.begin('strengths-self-assessment');
  const ratings: Record<string, number[]> = {
    administration: [0, 1, 2, 5, 4],
    influence: [1, 3, 5, 2, 1],
    present: [0, 0, 3, 6, 3],
    future: [2, 5, 3, 2, 0],
    trust: [0, 2, 4, 4, 2],
  };
  for (const [statementId, counts] of Object.entries(ratings)) {
    counts.forEach((count, index) => {
      if (count > 0) room.say({ type: 'scale.setCount', activityId: 'strengths-self-assessment', statementId, point: index + 1, count });
    });
  }
  room.end('strengths-self-assessment', 6);

  room.begin('close-commitments');
  room.capture('close-commitments', 'Book a monthly check-in with my manager: what is going well, what I need', { commitment: { who: 'Priya', byWhen: 'Friday' } });
  room.capture('close-commitments', 'Hand the weekly KPI report to a shift lead', { commitment: { who: 'Tom', byWhen: 'end of December' } });
  room.capture('close-commitments', 'Ask each person what they want to learn next year', { commitment: { who: 'Sam', byWhen: '' } });
  room.wait(4 * MIN);
  return room.state;
}

/** The export moment: during the closing commitments, their timer still running. */
export function reportFixtureExportTime(session: SessionState): number {
  const closing = session.timers['close-commitments'];
  return (closing?.startedAt ?? REPORT_FIXTURE_START) + 5 * MIN + 30_000;
}

/** How the host would write that moment in the facilitator's local time. */
export const REPORT_FIXTURE_EXPORTED_AT = '28 November 2026, 10:32';
