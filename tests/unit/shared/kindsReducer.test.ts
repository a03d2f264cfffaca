import { describe, expect, it } from 'vitest';
import { commandSchema } from '../../../shared/protocol/commands';
import type { Command } from '../../../shared/protocol/commands';
import { commandToEvent } from '../../../shared/protocol/commandToEvent';
import { sessionReducer } from '../../../shared/session/sessionSlice';
import type { SessionState } from '../../../shared/session/types';
import { readTimer } from '../../../shared/session/timer';
import { notesByColumn } from '../../../shared/kinds/sort';
import { mapNotes, quadrantName, quadrantOf } from '../../../shared/kinds/map';
import { rankedVotes, voteOptions, voteRun } from '../../../shared/kinds/vote';
import { scaleDistributions } from '../../../shared/kinds/scale';
import { reflectionRun } from '../../../shared/kinds/reflection';
import { commitmentsFor } from '../../../shared/kinds/commitments';
import { optionNoteId } from '../../../shared/workshop/createSession';
import { newSession } from './sessionFixtures';
import { noteIds, noteIn } from '../../support/noteTables';

const T = 5_000_000;

/** Runs commands the way the host does (validate, turn into an event, reduce), with ids n1, n2, … */
function play(commands: Command[], start: SessionState = newSession()): SessionState {
  return commands.reduce((state, command, index) => {
    const captured = noteIds(state.notes).filter((id) => /^n\d+$/.test(id)).length;
    const outcome = commandToEvent(state, commandSchema.parse(command), { now: T + index * 1000, newId: () => `n${captured + 1}` });
    if (!outcome.ok) throw new Error(outcome.error);
    return outcome.event ? (sessionReducer(state, outcome.event) as SessionState) : state;
  }, start);
}

/** The refusal a command gets, or null when it is accepted. */
function refusal(state: SessionState, command: Command): string | null {
  const parsed = commandSchema.safeParse(command);
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'invalid';
  const outcome = commandToEvent(state, parsed.data, { now: T, newId: () => 'x' });
  return outcome.ok ? null : outcome.error;
}

function activity<K extends SessionState['agenda'][number]['kind']>(state: SessionState, id: string, kind: K) {
  const found = state.agenda.find((candidate) => candidate.id === id);
  if (found?.kind !== kind) throw new Error(`no ${kind} ${id}`);
  return found as Extract<SessionState['agenda'][number], { kind: K }>;
}

describe('sort', () => {
  const sortId = 'administration-vs-influence';

  it('captures straight into a column, defaults to the first, and moves notes between columns', () => {
    const state = play([
      { type: 'note.capture', activityId: sortId, text: 'Sets the budget', columnId: 'manager' },
      { type: 'note.capture', activityId: sortId, text: 'Paints the picture', columnId: 'leader' },
      { type: 'note.capture', activityId: sortId, text: 'No column given' },
      { type: 'note.move', noteId: 'n1', columnId: 'both' },
    ]);
    const columns = notesByColumn(state, activity(state, sortId, 'sort'), { includeHidden: false });
    expect(columns.map(({ column, notes }) => [column.label, notes.map((note) => note.text)])).toEqual([
      ['Manager', ['No column given']],
      ['Leader', ['Paints the picture']],
      ['Both', ['Sets the budget']],
    ]);
  });

  it('refuses a column the activity does not have, and column moves outside a sort', () => {
    const state = play([
      { type: 'note.capture', activityId: sortId, text: 'x' },
      { type: 'note.capture', activityId: 'opening', text: 'y' },
    ]);
    expect(refusal(state, { type: 'note.capture', activityId: sortId, text: 'z', columnId: 'nope' })).toBe('"Manager or leader?" has no column "nope".');
    expect(refusal(state, { type: 'note.move', noteId: 'n1', columnId: 'nope' })).toBe('"Manager or leader?" has no column "nope".');
    expect(refusal(state, { type: 'note.move', noteId: 'n2', columnId: 'manager' })).toBe('That note is not in a sort activity.');
    expect(refusal(state, { type: 'note.capture', activityId: 'opening', text: 'z', columnId: 'manager' })).toBe('"Opening" has no column "manager".');
  });
});

describe('map', () => {
  it('places, moves and unplaces notes; quadrants follow the positions', () => {
    const state = play([
      { type: 'note.capture', activityId: 'map', text: 'Weekly rota' },
      { type: 'note.capture', activityId: 'map', text: 'Career talk', position: { x: 0.8, y: 0.9 } },
      { type: 'note.place', noteId: 'n1', position: { x: 0.1, y: 0.2 } },
      { type: 'note.capture', activityId: 'map', text: 'Not yet placed' },
    ]);
    const map = activity(state, 'map', 'map');
    const { placed, unplaced } = mapNotes(state, map, { includeHidden: false });
    expect(placed.map((note) => [note.text, quadrantName(map, quadrantOf(note.position ?? { x: 0, y: 0 }))])).toEqual([
      ['Weekly rota', 'Keeping the machine running'],
      ['Career talk', 'The leader who manages'],
    ]);
    expect(unplaced.map((note) => note.text)).toEqual(['Not yet placed']);
    const unplacedAgain = play([{ type: 'note.place', noteId: 'n2', position: null }], state);
    expect(mapNotes(unplacedAgain, map, { includeHidden: false }).unplaced.map((note) => note.text)).toEqual(['Career talk', 'Not yet placed']);
  });

  it('keeps notes on the line of a 1-D map and refuses positions off the map', () => {
    const state = play([
      { type: 'note.capture', activityId: 'spectrum', text: 'Mostly now', position: { x: 0.2, y: 0.9 } },
      { type: 'note.place', noteId: 'n1', position: { x: 0.3, y: 0.1 } },
    ]);
    expect(noteIn(state.notes, 'n1')?.position).toEqual({ x: 0.3, y: 0.5 });
    expect(refusal(state, { type: 'note.place', noteId: 'n1', position: { x: 1.5, y: 0 } })).toMatch(/1/);
    expect(refusal(state, { type: 'note.capture', activityId: 'opening', text: 'z', position: { x: 0.5, y: 0.5 } })).toBe(
      '"Opening" is not a map, so a note cannot be placed on it.',
    );
  });
});

describe('vote', () => {
  it('draws options from the earlier activity and its own written options, counts dots and ranks them', () => {
    const state = play([
      { type: 'note.capture', activityId: 'opening', text: 'Lack of empathy' },
      { type: 'note.capture', activityId: 'opening', text: 'Hidden one' },
      { type: 'note.setHidden', noteId: 'n2', hidden: true },
      { type: 'vote.setCount', activityId: 'vote', optionId: 'n1', count: 7 },
      { type: 'vote.setCount', activityId: 'vote', optionId: optionNoteId('vote', 2), count: 9 },
      { type: 'vote.setCount', activityId: 'vote', optionId: optionNoteId('vote', 1), count: 7 },
    ]);
    const vote = activity(state, 'vote', 'vote');
    expect(voteOptions(state, vote).map((note) => note.text)).toEqual(['Lack of empathy', 'Micromanagement', 'Criticism that does not help']);
    expect(rankedVotes(state, vote).map(({ option, count }) => `${option.text}: ${count}`)).toEqual([
      'Criticism that does not help: 9',
      'Lack of empathy: 7',
      'Micromanagement: 7',
    ]);
  });

  it('starts hidden when the workshop says so, and reveals on command', () => {
    const start = newSession();
    expect(voteRun(start, 'vote').revealed).toBe(false);
    expect(voteRun(play([{ type: 'vote.setRevealed', activityId: 'vote', revealed: true }], start), 'vote').revealed).toBe(true);
  });

  it('refuses options from elsewhere, negative counts and votes on other kinds', () => {
    const state = play([{ type: 'note.capture', activityId: 'map', text: 'elsewhere' }]);
    expect(refusal(state, { type: 'vote.setCount', activityId: 'vote', optionId: 'n1', count: 1 })).toBe('"What breaks trust most?" has no option "n1".');
    expect(refusal(state, { type: 'vote.setCount', activityId: 'vote', optionId: optionNoteId('vote', 1), count: -1 })).toBe('A count cannot be negative.');
    expect(refusal(state, { type: 'vote.setRevealed', activityId: 'scale', revealed: true })).toBe('"Where my strengths lie" is a scale activity, not a vote.');
  });
});

describe('scale', () => {
  it('records how many people gave each point and derives the distribution and mean', () => {
    const state = play([
      { type: 'scale.setCount', activityId: 'scale', statementId: 'admin', point: 4, count: 3 },
      { type: 'scale.setCount', activityId: 'scale', statementId: 'admin', point: 2, count: 1 },
      { type: 'scale.setCount', activityId: 'scale', statementId: 'admin', point: 4, count: 5 },
    ]);
    const [admin, influence] = scaleDistributions(state, activity(state, 'scale', 'scale'));
    expect(admin).toMatchObject({ counts: [0, 1, 0, 5, 0], total: 6 });
    expect(admin?.mean).toBeCloseTo(22 / 6);
    expect(influence).toMatchObject({ counts: [0, 0, 0, 0, 0], total: 0, mean: null });
  });

  it('refuses points off the scale and unknown statements', () => {
    const state = newSession();
    expect(refusal(state, { type: 'scale.setCount', activityId: 'scale', statementId: 'admin', point: 6, count: 1 })).toBe(
      'A rating on "Where my strengths lie" goes from 1 to 5, not 6.',
    );
    expect(refusal(state, { type: 'scale.setCount', activityId: 'scale', statementId: 'x', point: 1, count: 1 })).toBe('"Where my strengths lie" has no statement "x".');
  });
});

describe('reflection', () => {
  it('moves through writing, pairs and sharing, each stage with its own countdown', () => {
    const reflection = (state: SessionState) => reflectionRun(state, activity(state, 'kasem-reflection', 'reflection'));
    let state = play([{ type: 'reflection.setStageTimerRunning', activityId: 'kasem-reflection', running: true }]);
    expect(reflection(state).stage).toBe('writing');
    expect(readTimer(reflection(state).stageTimer, T + 60_000).remainingMs).toBe(120_000);
    state = play([{ type: 'reflection.setStage', activityId: 'kasem-reflection', stage: 'pairs' }], state);
    const pairs = reflection(state);
    expect(pairs.stage).toBe('pairs');
    expect(readTimer(pairs.stageTimer, T + 30_000)).toMatchObject({ running: true, remainingMs: 120_000 - 30_000 });
    state = play([
      { type: 'reflection.setStage', activityId: 'kasem-reflection', stage: 'sharing' },
      { type: 'note.capture', activityId: 'kasem-reflection', text: 'Protect the Monday stand-up' },
      { type: 'note.capture', activityId: 'kasem-reflection', text: 'Coach two new leads', attribution: 'Sam' },
      { type: 'note.setAttribution', noteId: 'n1', attribution: '   ' },
    ], state);
    expect(reflection(state)).toMatchObject({ stage: 'sharing', stageTimer: { startedAt: null } });
    // Nothing is attributed unless the facilitator adds a name; a blank name clears it.
    // Nothing is attributed unless the facilitator adds a name; a blank name clears it.
    expect(noteIn(state.notes, 'n1')?.attribution).toBe(null);
    expect(noteIn(state.notes, 'n2')?.attribution).toBe('Sam');
  });
});

describe('commitments', () => {
  it('captures who / what / by when and edits them', () => {
    const state = play([
      { type: 'note.capture', activityId: 'close', text: 'Monthly check-in with my manager on priorities', commitment: { who: 'Ana', byWhen: 'Friday' } },
      { type: 'note.setCommitment', noteId: 'n1', commitment: { who: 'Ana P.', byWhen: '2026-12-04' } },
    ]);
    expect(commitmentsFor(state, 'close', { includeHidden: false }).map(({ who, what, byWhen }) => [who, what, byWhen])).toEqual([
      ['Ana P.', 'Monthly check-in with my manager on priorities', '2026-12-04'],
    ]);
  });

  it('needs a name, and keeps commitments to commitments activities', () => {
    const state = newSession();
    expect(refusal(state, { type: 'note.capture', activityId: 'close', text: 'x', commitment: { who: ' ', byWhen: '' } })).toBe('Say who commits.');
    expect(refusal(state, { type: 'note.capture', activityId: 'opening', text: 'x', commitment: { who: 'A', byWhen: '' } })).toBe(
      '"Opening" does not collect commitments.',
    );
  });
});
