import { describe, expect, it, vi } from 'vitest';
import type { Command } from '../../../shared/protocol/commands';
import * as noteTable from '../../../shared/session/noteTable';
import { roomView } from '../../../shared/session/roomView';
import type { SessionState } from '../../../shared/session/types';
import { runCommands, newSession } from './sessionFixtures';

// Counts how often the room's view reads a whole activity's notes, passing every call through.
vi.mock('../../../shared/session/noteTable', async (importOriginal) => {
  const actual = await importOriginal<typeof noteTable>();
  return { ...actual, notesOf: vi.fn(actual.notesOf), allNotes: vi.fn(actual.allNotes) };
});

const run = runCommands;

const wholeActivityReads = () => vi.mocked(noteTable.notesOf).mock.calls.length + vi.mocked(noteTable.allNotes).mock.calls.length;
const captures = (count: number, activityId: string): Command[] => Array.from({ length: count }, (_, index) => ({ type: 'note.capture', activityId, text: `Note ${index}` }));

describe('roomView in a crowded activity: a change costs the change', () => {
  it('a note captured, edited or captured elsewhere is added without reading the activity again; hiding one reads it once', () => {
    let session = run(newSession(), ...captures(2000, 'opening'));
    let view = roomView(session);
    const check = (change: (state: SessionState) => SessionState, reads: number) => {
      session = change(session);
      const before = wholeActivityReads();
      view = roomView(session, view);
      expect(wholeActivityReads() - before).toBe(reads);
      expect(view).toEqual(roomView(session));
    };
    const firstId = noteTable.notesOf(session.notes, 'opening')[0]?.id ?? '';
    check((state) => run(state, { type: 'note.capture', activityId: 'opening', text: 'One more' }), 0);
    check((state) => run(state, { type: 'note.edit', noteId: firstId, text: 'Edited' }), 0);
    check((state) => run(state, { type: 'note.capture', activityId: 'close', text: 'Elsewhere' }), 0);
    check((state) => run(state, { type: 'timer.start', activityId: 'opening' }), 0);
    // Hidden: the notes after it move up, which needs the activity's notes (and the stage's, to share its pages).
    check((state) => run(state, { type: 'note.setHidden', noteId: firstId, hidden: true }), 2);
    check((state) => run(state, { type: 'note.capture', activityId: 'opening', text: 'And another' }), 0);
  });
});
