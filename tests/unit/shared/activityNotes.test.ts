import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandSchema } from '../../../shared/protocol/commands';
import type { Command } from '../../../shared/protocol/commands';
import { commandToEvent } from '../../../shared/protocol/commandToEvent';
import { incrementalActivityNotes, scanActivityNotes } from '../../../shared/session/activityNotes';
import { sessionReducer } from '../../../shared/session/sessionSlice';
import type { SessionState } from '../../../shared/session/types';
import { newSession } from './sessionFixtures';

type Step =
  | { do: 'capture'; activity: number; text: string }
  | { do: 'hide' | 'show' | 'delete' | 'restore'; note: number }
  | { do: 'goBack'; steps: number }
  | { do: 'look'; activities: number[] };

const ACTIVITIES = ['opening', 'close', 'vote', 'kasem-reflection'];

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ do: fc.constant('capture' as const), activity: fc.nat(3), text: fc.string({ minLength: 1, maxLength: 8 }).map((text) => `n ${text}`) }),
  fc.record({ do: fc.constantFrom('hide' as const, 'show' as const, 'delete' as const, 'restore' as const), note: fc.nat(40) }),
  fc.record({ do: fc.constant('goBack' as const), steps: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ do: fc.constant('look' as const), activities: fc.uniqueArray(fc.nat(3), { minLength: 1, maxLength: 2 }) }),
);

describe('incrementalActivityNotes', () => {
  it('finds exactly what a full scan finds, whatever happened to the notes since the last call', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const notesOf = incrementalActivityNotes();
        let session: SessionState = newSession();
        const history: SessionState[] = [session];
        let looking = ['opening'];
        let n = 0;
        const run = (command: Command) => {
          const outcome = commandToEvent(session, commandSchema.parse(command), { now: 5000 + n, newId: () => `note-${++n}` });
          if (outcome.ok && outcome.event) session = sessionReducer(session, outcome.event) ?? session;
        };
        for (const each of steps) {
          const ids = session.notes.ids;
          const noteId = (index: number) => ids[index % Math.max(1, ids.length)] ?? 'none';
          switch (each.do) {
            case 'capture':
              run({ type: 'note.capture', activityId: ACTIVITIES[each.activity] ?? 'opening', text: each.text });
              break;
            case 'hide':
            case 'show':
              run({ type: 'note.setHidden', noteId: noteId(each.note), hidden: each.do === 'hide' });
              break;
            case 'delete':
              run({ type: 'note.delete', noteId: noteId(each.note) });
              break;
            case 'restore':
              run({ type: 'note.restore', noteId: noteId(each.note) });
              break;
            case 'goBack':
              session = history[Math.max(0, history.length - 1 - each.steps)] ?? session;
              break;
            case 'look':
              looking = each.activities.map((index: number) => ACTIVITIES[index] ?? 'opening');
              break;
          }
          history.push(session);
          expect(notesOf(session.notes, looking)).toEqual(scanActivityNotes(session.notes, looking));
        }
      }),
      { numRuns: 200 },
    );
  });
});
