import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandSchema } from '../../../shared/protocol/commands';
import type { Command } from '../../../shared/protocol/commands';
import { commandToEvent } from '../../../shared/protocol/commandToEvent';
import { sessionReducer } from '../../../shared/session/sessionSlice';
import type { SessionState } from '../../../shared/session/types';
import { eventsToReach, stepOf } from '../../../shared/session/undo';
import type { UndoStep } from '../../../shared/session/undo';
import { optionNoteId } from '../../../shared/workshop/createSession';
import { newSession } from './sessionFixtures';
import { noteIds, noteIn } from '../../support/noteTables';

const T = 5_000_000;

/** The host's undo, without the host: commands become events and steps; undo and redo reach a step's sides. */
class Model {
  state: SessionState;
  undoStack: UndoStep[] = [];
  redoStack: UndoStep[] = [];
  private clock = T;
  private ids = 0;

  constructor(start: SessionState = newSession()) {
    this.state = start;
  }

  /** Runs a command as the host would; returns the step it made, or null (refused, no change, or not a step). */
  run(command: Command): UndoStep | null {
    this.clock += 1000;
    const outcome = commandToEvent(this.state, commandSchema.parse(command), { now: this.clock, newId: () => `n${++this.ids}` });
    if (!outcome.ok || !outcome.event) return null;
    const before = this.state;
    this.state = sessionReducer(before, outcome.event) as SessionState;
    const step = stepOf(before, this.state, outcome.event);
    if (step) {
      this.undoStack.push(step);
      this.redoStack = [];
    }
    return step;
  }

  undo(): boolean {
    const step = this.undoStack.pop();
    if (!step) return false;
    this.reach(step.before);
    this.redoStack.push(step);
    return true;
  }

  redo(): boolean {
    const step = this.redoStack.pop();
    if (!step) return false;
    this.reach(step.after);
    this.undoStack.push(step);
    return true;
  }

  private reach(side: UndoStep['before']): void {
    this.clock += 1000;
    for (const event of eventsToReach(this.state, side, this.clock)) this.state = sessionReducer(this.state, event) as SessionState;
  }
}

/** A model with one note in every note-keeping activity: n1 discussion, n2 sort, n3 map, n4 commitments. */
function withNotes(): Model {
  const model = new Model();
  model.run({ type: 'note.capture', activityId: 'opening', text: 'Feedback weekly' });
  model.run({ type: 'note.capture', activityId: 'administration-vs-influence', text: 'Budgets' });
  model.run({ type: 'note.capture', activityId: 'map', text: 'Rota', position: { x: 0.1, y: 0.1 } });
  model.run({ type: 'note.capture', activityId: 'close', text: 'Ask for feedback', commitment: { who: 'Ana', byWhen: 'Friday' } });
  model.undoStack = [];
  return model;
}

/** Every command kind that changes what the room produced or where the session is, with the name of its step. */
const STEP_COMMANDS: { command: Command; label: string }[] = [
  { command: { type: 'note.capture', activityId: 'opening', text: 'Plans and budgets' }, label: 'add note “Plans and budgets”' },
  { command: { type: 'note.edit', noteId: 'n1', text: 'Feedback every week' }, label: 'edit note “Feedback weekly”' },
  { command: { type: 'note.delete', noteId: 'n1' }, label: 'delete note “Feedback weekly”' },
  { command: { type: 'note.setHidden', noteId: 'n1', hidden: true }, label: 'hide note “Feedback weekly”' },
  { command: { type: 'note.setAttribution', noteId: 'n1', attribution: 'Ana' }, label: 'name note “Feedback weekly”' },
  { command: { type: 'note.move', noteId: 'n2', columnId: 'leader' }, label: 'move note “Budgets” to “Leader”' },
  { command: { type: 'note.place', noteId: 'n3', position: { x: 0.9, y: 0.9 } }, label: 'place note “Rota”' },
  { command: { type: 'note.place', noteId: 'n3', position: null }, label: 'unplace note “Rota”' },
  { command: { type: 'note.setCommitment', noteId: 'n4', commitment: { who: 'Bo', byWhen: 'Monday' } }, label: 'edit commitment “Ask for feedback”' },
  { command: { type: 'vote.setCount', activityId: 'vote', optionId: optionNoteId('vote', 1), count: 4 }, label: 'set the dots on “Micromanagement”' },
  { command: { type: 'vote.setCount', activityId: 'vote', optionId: 'n1', count: 2 }, label: 'set the dots on “Feedback weekly”' },
  { command: { type: 'vote.setRevealed', activityId: 'vote', revealed: true }, label: 'reveal the vote' },
  { command: { type: 'scale.setCount', activityId: 'scale', statementId: 'admin', point: 4, count: 6 }, label: 'change a count on “I keep the work running.”' },
  { command: { type: 'reflection.setStage', activityId: 'kasem-reflection', stage: 'pairs' }, label: 'go to the share in pairs stage' },
  { command: { type: 'activity.go', activityId: 'map' }, label: 'go to “Where our week goes”' },
  { command: { type: 'activity.next' }, label: 'go to “Manager or leader?”' },
  { command: { type: 'timer.reset', activityId: 'opening' }, label: 'reset the timer of “Opening”' },
  { command: { type: 'session.editDetails', group: 'Night shift', date: '2026-12-01' }, label: 'edit the group and date' },
  { command: { type: 'agenda.setMinutes', activityId: 'map', minutes: 15 }, label: 'plan 15 min for “Where our week goes”' },
  { command: { type: 'agenda.setSkipped', activityId: 'vote', skipped: true }, label: 'drop “What breaks trust most?”' },
  { command: { type: 'agenda.move', activityId: 'vote', toIndex: 1 }, label: 'move “What breaks trust most?”' },
  { command: { type: 'agenda.insert', methodId: 'dot-voting', toIndex: 2 }, label: 'add “Dot vote”' },
];

describe('one undo step per change of the session', () => {
  it.each(STEP_COMMANDS)('$label: undo restores the session exactly, redo brings the change back', ({ command, label }) => {
    const model = withNotes();
    if (command.type === 'timer.reset') model.run({ type: 'timer.start', activityId: 'opening' });
    const before = model.state;
    const step = model.run(command);
    const after = model.state;
    expect(after).not.toEqual(before);
    expect(step?.label).toBe(label);
    expect(model.undo()).toBe(true);
    expect(model.state).toEqual(before);
    expect(model.redo()).toBe(true);
    expect(model.state).toEqual(after);
  });

  it('a deleted note comes back with everything it had (column, name, time stamps) and goes again on redo', () => {
    const model = withNotes();
    model.run({ type: 'note.setAttribution', noteId: 'n2', attribution: 'Ana' });
    const kept = noteIn(model.state.notes, 'n2');
    model.run({ type: 'note.delete', noteId: 'n2' });
    model.undo();
    expect(noteIn(model.state.notes, 'n2')).toEqual(kept);
    model.redo();
    expect(noteIn(model.state.notes, 'n2')?.deletedAt).not.toBeNull();
  });

  it('undoing a capture removes the note entirely; redo adds it back in the same place', () => {
    const model = withNotes();
    const ids = noteIds(model.state.notes);
    model.run({ type: 'note.capture', activityId: 'opening', text: 'One more' });
    model.undo();
    expect(noteIds(model.state.notes)).toEqual(ids);
    model.redo();
    expect(noteIds(model.state.notes)).toEqual([...ids, 'n5']);
  });

  it.each<Command>([
    { type: 'timer.start', activityId: 'opening' },
    { type: 'timer.adjust', activityId: 'opening', deltaMs: 60_000 },
    { type: 'presenter.setScreen', screen: 'black' },
    { type: 'presenter.setScreen', screen: 'white' },
    { type: 'presenter.setFrozen', frozen: true },
    { type: 'presenter.setMessage', message: 'Break until 10:45' },
    { type: 'presenter.setTheme', theme: 'light' },
    { type: 'settings.setTimerEndSound', on: true },
    { type: 'reflection.setStageTimerRunning', activityId: 'kasem-reflection', running: true },
  ])('$type is not an undo step (it has its own key to switch back)', (command) => {
    const model = withNotes();
    const before = model.state;
    expect(model.run(command)).toBeNull();
    expect(model.state).not.toEqual(before);
  });

  it('a command that changes nothing makes no step', () => {
    const model = withNotes();
    expect(model.run({ type: 'note.move', noteId: 'n2', columnId: 'manager' })).toBeNull();
    expect(model.run({ type: 'activity.go', activityId: 'opening' })).toBeNull();
  });

  it('undoing a move to another activity goes back there and pauses the timer left running, as going back by hand does', () => {
    const model = withNotes();
    model.run({ type: 'activity.next' });
    model.run({ type: 'timer.start', activityId: 'administration-vs-influence' });
    model.undo();
    expect(model.state.currentActivityId).toBe('opening');
    expect(model.state.timers['administration-vs-influence']?.startedAt).toBeNull();
  });

  it('a new step clears what could be redone', () => {
    const model = withNotes();
    model.run({ type: 'note.delete', noteId: 'n1' });
    model.undo();
    model.run({ type: 'note.setHidden', noteId: 'n2', hidden: true });
    expect(model.redo()).toBe(false);
    expect(noteIn(model.state.notes, 'n1')?.deletedAt).toBeNull();
  });

  it('names a long note by its start, on one line', () => {
    const model = withNotes();
    const step = model.run({ type: 'note.capture', activityId: 'opening', text: 'We keep\nthe trains running on time every single day of the week' });
    expect(step?.label).toBe('add note “We keep the trains running on time ever…”');
  });
});

/** Commands that make steps, over the every-kind session (ids n1… are the notes captured in the run). */
const stepCommand: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ type: fc.constant('note.capture' as const), activityId: fc.constantFrom('opening', 'administration-vs-influence', 'map'), text: fc.constantFrom('Budgets', 'Rota', 'Trust') }),
  fc.record({ type: fc.constant('note.edit' as const), noteId: fc.constantFrom('n1', 'n2', 'n3', 'n4'), text: fc.constantFrom('Edited', 'Again') }),
  fc.record({ type: fc.constant('note.delete' as const), noteId: fc.constantFrom('n1', 'n2', 'n3', 'n4') }),
  fc.record({ type: fc.constant('note.restore' as const), noteId: fc.constantFrom('n1', 'n2', 'n3', 'n4') }),
  fc.record({ type: fc.constant('note.setHidden' as const), noteId: fc.constantFrom('n1', 'n2', 'n3'), hidden: fc.boolean() }),
  fc.record({ type: fc.constant('note.setAttribution' as const), noteId: fc.constantFrom('n1', 'n2'), attribution: fc.constantFrom('Ana', null) }),
  fc.record({ type: fc.constant('note.move' as const), noteId: fc.constantFrom('n1', 'n2', 'n3'), columnId: fc.constantFrom('manager', 'leader', 'both') }),
  fc.record({
    type: fc.constant('note.place' as const),
    noteId: fc.constantFrom('n1', 'n2', 'n3'),
    position: fc.option(fc.record({ x: fc.double({ min: 0, max: 1, noNaN: true }), y: fc.double({ min: 0, max: 1, noNaN: true }) }), { nil: null }),
  }),
  fc.record({ type: fc.constant('vote.setCount' as const), activityId: fc.constant('vote'), optionId: fc.constantFrom(optionNoteId('vote', 1), optionNoteId('vote', 2), 'n1'), count: fc.nat(9) }),
  fc.record({ type: fc.constant('vote.setRevealed' as const), activityId: fc.constant('vote'), revealed: fc.boolean() }),
  fc.record({ type: fc.constant('scale.setCount' as const), activityId: fc.constant('scale'), statementId: fc.constantFrom('admin', 'influence'), point: fc.integer({ min: 1, max: 5 }), count: fc.nat(9) }),
  fc.record({ type: fc.constant('reflection.setStage' as const), activityId: fc.constant('kasem-reflection'), stage: fc.constantFrom('writing' as const, 'pairs' as const, 'sharing' as const) }),
  fc.constantFrom<Command>({ type: 'activity.next' }, { type: 'activity.previous' }, { type: 'activity.go', activityId: 'vote' }),
  fc.record({ type: fc.constant('agenda.setMinutes' as const), activityId: fc.constantFrom('map', 'vote', 'close'), minutes: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ type: fc.constant('agenda.setSkipped' as const), activityId: fc.constantFrom('map', 'vote', 'scale'), skipped: fc.boolean() }),
  fc.record({ type: fc.constant('agenda.move' as const), activityId: fc.constantFrom('map', 'vote', 'close'), toIndex: fc.integer({ min: 1, max: 7 }) }),
  fc.record({ type: fc.constant('agenda.insert' as const), methodId: fc.constantFrom('check-in-round', 'dot-voting', 'fist-to-five'), toIndex: fc.integer({ min: 1, max: 9 }) }),
  fc.record({ type: fc.constant('session.editDetails' as const), group: fc.constantFrom('Ops', 'Night shift'), date: fc.constantFrom('2026-12-01', '2026-12-02') }),
);

/** Commands that are not steps: timers and what covers the projector. */
const otherCommand: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ type: fc.constantFrom('timer.start' as const, 'timer.pause' as const), activityId: fc.constantFrom('opening', 'vote') }),
  fc.record({ type: fc.constant('presenter.setScreen' as const), screen: fc.constantFrom('live' as const, 'black' as const, 'white' as const) }),
  fc.record({ type: fc.constant('presenter.setFrozen' as const), frozen: fc.boolean() }),
);

/** What the room produced and where the session is: everything undo puts back. */
function content(state: SessionState) {
  return { notes: state.notes, runs: state.runs, meta: state.meta, currentActivityId: state.currentActivityId };
}

describe('undo and redo over random sessions', () => {
  it('undoing every step gives back the session it started from; undo then redo gives back the session before the undo', () => {
    fc.assert(
      fc.property(fc.array(stepCommand, { maxLength: 40 }), fc.nat(40), (commands, undoCount) => {
        const model = new Model();
        const start = model.state;
        for (const command of commands) model.run(command);
        const undos = Math.min(undoCount, model.undoStack.length);
        for (let i = 0; i < undos; i += 1) {
          const beforeUndo = model.state;
          model.undo();
          model.redo();
          expect(model.state).toEqual(beforeUndo);
          model.undo();
        }
        while (model.undo());
        expect(model.state).toEqual(start);
        while (model.redo());
        const replayed = new Model();
        for (const command of commands) replayed.run(command);
        expect(content(model.state)).toEqual(content(replayed.state));
      }),
      { numRuns: 300 },
    );
  });

  it('with timers and projector changes in between, undoing every step gives back all the room produced', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(stepCommand, otherCommand), { maxLength: 40 }), (commands) => {
        const model = new Model();
        const start = model.state;
        for (const command of commands) model.run(command);
        while (model.undo());
        expect(content(model.state)).toEqual(content(start));
      }),
      { numRuns: 200 },
    );
  });
});
