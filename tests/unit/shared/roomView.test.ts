import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../shared/protocol/commands';
import { rankedVotes, voteOptions } from '../../../shared/kinds/vote';
import { projectedNotes } from '../../../shared/session/selectors';
import { roomView } from '../../../shared/session/roomView';
import { describeRoomView } from '../../../shared/session/projector';
import type { RoomLive, RoomView } from '../../../shared/session/roomView';
import type { SessionState, VoteActivity } from '../../../shared/session/types';
import { MAX_NOTES } from '../../../shared/session/types';
import { allNotes, noteTableOf, removeNote } from '../../../shared/session/noteTable';
import type { NoteTable } from '../../../shared/session/noteTable';
import { runCommands, newSession, startedSession } from './sessionFixtures';
import { noteIds, notesIn, notesTable } from '../../support/noteTables';

const run = runCommands;

function live(view: RoomView | null): RoomLive {
  if (view?.screen !== 'live') throw new Error(`expected a live view, got ${view?.screen ?? 'none'}`);
  return view;
}

const lastNoteId = (session: SessionState): string => noteIds(session.notes).at(-1) ?? '';

describe('roomView: what the room may see', () => {
  it('is null without a session, and the title screen alone from the start', () => {
    expect(roomView(null)).toBeNull();
    expect(roomView(startedSession())).toEqual({ screen: 'title', theme: 'dark', title: 'Every kind', group: 'Ops leads', date: '2026-11-28', message: null, closing: false, source: '' });
  });

  it('after the last activity Next shows the closing screen with the credit; Next stays there, Previous shows the last activity again', () => {
    const last = run(newSession(), { type: 'activity.go', activityId: 'close' });
    const closing = run(last, { type: 'activity.next' });
    expect(roomView(closing)).toEqual({ screen: 'title', theme: 'dark', title: 'Every kind', group: 'Ops leads', date: '2026-11-28', message: null, closing: true, source: 'Test fixture.' });
    expect(describeRoomView(closing)).toBe('The room sees the closing screen');
    expect(run(closing, { type: 'activity.next' })).toBe(closing);
    const back = run(closing, { type: 'activity.previous' });
    expect(back.currentActivityId).toBe('close');
    expect(roomView(back)?.screen).toBe('live');
  });

  it('black and white carry nothing about the session but the theme, message and frozen activity included', () => {
    let session = run(newSession(), { type: 'note.capture', activityId: 'opening', text: 'Said aloud' }, { type: 'presenter.setMessage', message: 'Break' }, { type: 'presenter.setFrozen', frozen: true });
    for (const screen of ['black', 'white'] as const) {
      session = run(session, { type: 'presenter.setScreen', screen });
      expect(roomView(session)).toEqual({ screen, theme: 'dark' });
    }
  });

  it('keeps the projected activity public: no script, no talking points, and no other activity', () => {
    const session = newSession();
    const view = live(roomView(session));
    expect(view.stage.agenda).toHaveLength(1);
    const [activity] = view.stage.agenda;
    expect(activity).toEqual({ ...session.agenda[0], script: { say: '', watchFor: '', shortGroup: '', largeGroup: '' }, talkingPoints: [] });
    expect(JSON.stringify(view)).not.toContain('Welcome.');
    expect(view.stage.timersBeforeReset).toEqual({});
    expect(Object.keys(view.stage.timers)).toEqual(['opening']);
    expect(view.stage.meta).toEqual({ id: '', title: '', group: '', date: '', workshopId: '', createdAt: 0 });
  });

  it('holds only the visible notes of the projected activity, without the names its stage does not draw', () => {
    let session = run(
      newSession(),
      { type: 'note.capture', activityId: 'opening', text: 'Shown' },
      { type: 'note.capture', activityId: 'opening', text: 'Named', attribution: 'Priya' },
      { type: 'note.capture', activityId: 'opening', text: 'Hidden one', attribution: 'Sam' },
    );
    session = run(session, { type: 'note.setHidden', noteId: lastNoteId(session), hidden: true });
    session = run(session, { type: 'note.capture', activityId: 'opening', text: 'Deleted' });
    session = run(session, { type: 'note.delete', noteId: lastNoteId(session) }, { type: 'note.capture', activityId: 'close', text: 'Elsewhere', commitment: { who: 'Lee', byWhen: '' } });
    const { stage } = live(roomView(session));
    expect(projectedNotes(stage, 'opening').map((note) => [note.text, note.attribution])).toEqual([
      ['Shown', null],
      ['Named', null],
    ]);
    expect(noteIds(stage.notes)).toHaveLength(2);
    expect(JSON.stringify(stage)).not.toMatch(/Hidden one|Sam|Priya|Deleted|Elsewhere|Lee/);
  });

  it('keeps the names a reflection shares with the room', () => {
    let session = run(newSession(), { type: 'activity.go', activityId: 'kasem-reflection' }, { type: 'reflection.setStage', activityId: 'kasem-reflection', stage: 'sharing' });
    session = run(session, { type: 'note.capture', activityId: 'kasem-reflection', text: 'Listen first', attribution: 'Ana' });
    const { stage } = live(roomView(session));
    expect(projectedNotes(stage, 'kasem-reflection').map((note) => note.attribution)).toEqual(['Ana']);
    expect(stage.runs['kasem-reflection']).toEqual(session.runs['kasem-reflection']);
  });

  it('sends only the notes the stage draws: a map its placed ones, a reflection once shared, a scale none', () => {
    let session = run(newSession(), { type: 'activity.go', activityId: 'map' });
    session = run(session, { type: 'note.capture', activityId: 'map', text: 'Placed', position: { x: 0.2, y: 0.8 } }, { type: 'note.capture', activityId: 'map', text: 'Not placed yet' });
    expect(notesIn(live(roomView(session)).stage.notes).map((note) => note.text)).toEqual(['Placed']);

    session = run(session, { type: 'activity.go', activityId: 'kasem-reflection' }, { type: 'note.capture', activityId: 'kasem-reflection', text: 'Written quietly' });
    expect(noteIds(live(roomView(session)).stage.notes)).toEqual([]);
    session = run(session, { type: 'reflection.setStage', activityId: 'kasem-reflection', stage: 'sharing' });
    expect(noteIds(live(roomView(session)).stage.notes)).toHaveLength(1);

    session = run(session, { type: 'activity.go', activityId: 'scale' }, { type: 'note.capture', activityId: 'scale', text: 'A remark on the scale' });
    expect(JSON.stringify(roomView(session))).not.toContain('A remark on the scale');
  });

  it('shows a vote its options (from the earlier activity too) and its counts only once revealed', () => {
    let session = run(newSession(), { type: 'note.capture', activityId: 'opening', text: 'Option from the opening' }, { type: 'note.capture', activityId: 'opening', text: 'Hidden option' });
    const hiddenOption = lastNoteId(session);
    session = run(session, { type: 'note.setHidden', noteId: hiddenOption, hidden: true }, { type: 'activity.go', activityId: 'vote' });
    const vote = session.agenda.find((activity): activity is VoteActivity => activity.id === 'vote');
    if (!vote) throw new Error('no vote');
    const [first] = voteOptions(session, vote);
    if (!first) throw new Error('no option');
    session = run(session, { type: 'vote.setCount', activityId: 'vote', optionId: first.id, count: 31_337 }, { type: 'vote.setCount', activityId: 'vote', optionId: hiddenOption, count: 4242 });

    const hidden = live(roomView(session));
    expect(hidden.stage.runs.vote).toEqual({ kind: 'vote', counts: {}, revealed: false });
    expect(JSON.stringify(hidden)).not.toMatch(/31337|4242|Hidden option/);
    expect(voteOptions(hidden.stage, vote).map((option) => option.text)).toEqual(voteOptions(session, vote).map((option) => option.text));

    session = run(session, { type: 'vote.setRevealed', activityId: 'vote', revealed: true });
    const shown = live(roomView(session));
    expect(rankedVotes(shown.stage, vote)).toEqual(rankedVotes(session, vote));
    expect(JSON.stringify(shown)).not.toMatch(/4242|Hidden option/);
  });

  it('draws the frozen activity while the control window moves on, and says it is frozen', () => {
    let session = run(newSession(), { type: 'note.capture', activityId: 'opening', text: 'Opening note' }, { type: 'presenter.setFrozen', frozen: true }, { type: 'activity.go', activityId: 'close' });
    session = run(session, { type: 'note.capture', activityId: 'close', text: 'Not yet for the room', commitment: { who: 'Kim', byWhen: '' } }, { type: 'timer.start', activityId: 'close' });
    const view = live(roomView(session));
    expect(view.frozen).toBe(true);
    expect(view.stage.currentActivityId).toBe('opening');
    expect(JSON.stringify(view)).not.toMatch(/Not yet for the room|Kim|"close"/);
    expect(live(roomView(run(session, { type: 'presenter.setFrozen', frozen: false }))).stage.currentActivityId).toBe('close');
  });

  it('carries the message, theme, page and the settings the projected timer uses', () => {
    const session = run(
      newSession(),
      { type: 'presenter.setMessage', message: 'Back at 10:45' },
      { type: 'presenter.setTheme', theme: 'high-contrast' },
      { type: 'presenter.setPage', activityId: 'opening', page: 2 },
      { type: 'presenter.setPage', activityId: 'close', page: 3 },
      { type: 'settings.setShowOvertime', on: true },
      { type: 'settings.setTimerEndSound', on: true },
    );
    const view = live(roomView(session));
    expect(view).toMatchObject({ message: 'Back at 10:45', theme: 'high-contrast', frozen: false });
    expect(view.stage.presenter).toEqual({ screen: 'live', theme: 'high-contrast', frozenActivityId: null, message: null, pages: { opening: 2 } });
    expect(view.stage.settings).toEqual({ timerEndSound: true, showOvertimeToRoom: true });
    const title = roomView(run(session, { type: 'presenter.setTitleScreen', on: true }));
    expect(title).toMatchObject({ screen: 'title', message: 'Back at 10:45', theme: 'high-contrast' });
  });

  it('is equal for changes the room cannot see, and stays small in a crowded session', () => {
    let session = newSession();
    const notes = Array.from({ length: MAX_NOTES - 1 }, (_, index) => ({
      id: `c${index}`,
      activityId: index < 50 ? 'opening' : 'close',
      text: `Note ${index}`,
      hidden: false,
      createdAt: 1,
      updatedAt: 1,
      deletedAt: null,
      columnId: null,
      position: null,
      attribution: null,
      commitment: null,
    }));
    session = { ...session, notes: notesTable(...notes) };
    const before = JSON.stringify(roomView(session));
    expect(noteIds(live(roomView(session)).stage.notes)).toHaveLength(50);
    expect(before.length).toBeLessThan(20_000);
    const privately = run(session, { type: 'note.capture', activityId: 'vote', text: 'Another activity' }, { type: 'timer.start', activityId: 'close' }, { type: 'note.setHidden', noteId: 'c60', hidden: true });
    expect(JSON.stringify(roomView(privately))).toBe(before);
  });

  it('made from the view before, equals the view made afresh, whatever the change (property)', () => {
    const activities = ['opening', 'administration-vs-influence', 'map', 'vote', 'kasem-reflection', 'close'];
    const noteOf = (session: SessionState, pick: number): string => {
      const all = noteIds(session.notes);
      return all[pick % Math.max(1, all.length)] ?? 'none';
    };
    const step = fc.oneof(
      fc.record({ kind: fc.constant('capture' as const), named: fc.boolean(), placed: fc.boolean() }),
      fc.record({ kind: fc.constantFrom('edit' as const, 'hide' as const, 'show' as const, 'delete' as const, 'restore' as const, 'place' as const, 'name' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('go' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constantFrom('freeze' as const, 'unfreeze' as const, 'share' as const, 'reveal' as const) }),
      // A capture elsewhere, enough captures to fill a chunk of the order, a capture undone, the session reopened
      // (every page new) and a window's replica (a table parsed from a message, nothing shared or frozen).
      fc.record({ kind: fc.constantFrom('elsewhere' as const, 'many' as const, 'uncapture' as const, 'reopen' as const, 'replica' as const) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let session = newSession();
        let view = roomView(session);
        for (const [index, action] of steps.entries()) {
          const current = session.currentActivityId;
          const commands: Command[] = [];
          if (action.kind === 'capture') commands.push({ type: 'note.capture', activityId: current, text: `Note ${index}`, ...(action.named ? { attribution: 'Ana' } : {}), ...(action.placed && current === 'map' ? { position: { x: 0.5, y: 0.5 } } : {}) });
          else if (action.kind === 'go') commands.push({ type: 'activity.go', activityId: activities[action.pick % activities.length] ?? 'opening' });
          else if (action.kind === 'freeze' || action.kind === 'unfreeze') commands.push({ type: 'presenter.setFrozen', frozen: action.kind === 'freeze' });
          else if (action.kind === 'share') commands.push({ type: 'reflection.setStage', activityId: 'kasem-reflection', stage: 'sharing' });
          else if (action.kind === 'reveal') commands.push({ type: 'vote.setRevealed', activityId: 'vote', revealed: true });
          else if (action.kind === 'elsewhere') commands.push({ type: 'note.capture', activityId: current === 'opening' ? 'close' : 'opening', text: `Elsewhere ${index}` });
          else if (action.kind === 'many') commands.push(...Array.from({ length: 70 }, (_, n): Command => ({ type: 'note.capture', activityId: current, text: `Many ${index}.${n}`, ...(current === 'map' ? { position: { x: 0.1, y: 0.2 } } : {}) })));
          else if (action.kind === 'uncapture' || action.kind === 'reopen' || action.kind === 'replica') {
            const notes = session.notes;
            if (action.kind === 'uncapture') session = { ...session, notes: removeNote(notes, lastNoteId(session)) };
            else if (action.kind === 'reopen') session = { ...session, notes: noteTableOf(allNotes(notes)) };
            else session = { ...session, notes: JSON.parse(JSON.stringify(notes)) as NoteTable };
          }
          else if ('pick' in action) {
            const noteId = noteOf(session, action.pick);
            if (noteId === 'none') continue;
            if (action.kind === 'edit') commands.push({ type: 'note.edit', noteId, text: `Edited ${index}` });
            else if (action.kind === 'hide' || action.kind === 'show') commands.push({ type: 'note.setHidden', noteId, hidden: action.kind === 'hide' });
            else if (action.kind === 'delete') commands.push({ type: 'note.delete', noteId });
            else if (action.kind === 'restore') commands.push({ type: 'note.restore', noteId });
            else if (action.kind === 'place') commands.push({ type: 'note.place', noteId, position: { x: 0.25, y: 0.75 } });
            else commands.push({ type: 'note.setAttribution', noteId, attribution: `Name ${index}` });
          }
          try {
            session = run(session, ...commands);
          } catch {
            continue; // a command this state refuses (placing a note of a discussion): nothing changed
          }
          const made = roomView(session, view);
          expect(made).toEqual(roomView(session));
          view = made;
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a new note changes one page of the stage table; the others are the same objects as before', () => {
    let session = run(newSession(), ...Array.from({ length: 300 }, (_, index): Command => ({ type: 'note.capture', activityId: 'opening', text: `Note ${index}` })));
    const before = live(roomView(session));
    session = run(session, { type: 'note.capture', activityId: 'opening', text: 'One more' });
    const after = live(roomView(session, before));
    const changed = after.stage.notes.pages.filter((page, index) => page !== before.stage.notes.pages[index]);
    expect(changed).toHaveLength(1);
    expect(notesIn(after.stage.notes).at(-1)?.text).toBe('One more');
    expect(after.stage.agenda[0]).toBe(before.stage.agenda[0]);
  });
});
