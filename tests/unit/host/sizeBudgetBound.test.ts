import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeBound } from '../../../electron/host/sizeBudget';
import { commandSchema } from '../../../shared/protocol/commands';
import { commandToEvent } from '../../../shared/protocol/commandToEvent';
import { serializeSessionFile } from '../../../shared/session/sessionFile';
import { sessionReducer } from '../../../shared/session/sessionSlice';
import type { SessionEvent } from '../../../shared/session/sessionSlice';
import type { SessionState } from '../../../shared/session/types';
import { eventsToReach, stepOf } from '../../../shared/session/undo';
import { baseSession } from '../../support/hostileSessionFiles';
import { noteIds } from '../../support/noteTables';

const size = (session: SessionState) => Buffer.byteLength(serializeSessionFile(session, 1_000_000));

/** Any text a facilitator could type, in any script, escapes included. */
const text = fc.string({ unit: fc.constantFrom('a', 'é', '€', '𝄞', '"', '\\', '\n', '\u0001', ' '), minLength: 1, maxLength: 400 });

/** A command recipe: which kind, which activity/note (by index), and its text. */
const recipe = fc.record({ kind: fc.integer({ min: 0, max: 11 }), pick: fc.nat(), text, flag: fc.boolean(), n: fc.integer({ min: 0, max: 50 }) });

function commandFor(session: SessionState, r: { kind: number; pick: number; text: string; flag: boolean; n: number }): unknown {
  const activity = session.agenda[r.pick % session.agenda.length];
  const activityId = activity?.id ?? '';
  const ids = noteIds(session.notes);
  const noteId = ids[r.pick % Math.max(1, ids.length)] ?? 'none';
  const short = r.text.slice(0, 200);
  switch (r.kind) {
    case 0:
    case 1:
      return { type: 'note.capture', activityId, text: r.text, attribution: r.flag ? short : undefined };
    case 2:
      return { type: 'note.edit', noteId, text: r.text };
    case 3:
      return { type: 'note.setAttribution', noteId, attribution: r.flag ? short : null };
    case 4:
      return { type: 'note.setCommitment', noteId, commitment: { who: short, byWhen: short } };
    case 5:
      return { type: 'note.delete', noteId };
    case 6:
      return { type: 'presenter.setMessage', message: r.flag ? short.slice(0, 100) || 'x' : null };
    case 7:
      return { type: 'session.editDetails', group: short.trim() || 'Group', date: '2026-11-28' };
    case 8:
      return { type: r.flag ? 'timer.start' : 'timer.reset', activityId };
    case 9:
      return { type: 'vote.setCount', activityId: 'vote', optionId: `option-${r.n}`, count: r.n };
    case 10:
      return { type: 'activity.go', activityId };
    default:
      return { type: 'presenter.setPage', activityId, page: r.n + 1 };
  }
}

describe('the size budget bounds what every change can add to the file', () => {
  it('no event, nor the undo of its step, grows the saved file by more than it counts', () => {
    fc.assert(
      fc.property(fc.array(recipe, { minLength: 1, maxLength: 30 }), (recipes) => {
        let session = baseSession();
        let now = 2_000_000;
        let id = 0;
        const check = (before: SessionState, event: SessionEvent): SessionState => {
          const after = sessionReducer(before, event) ?? before;
          expect(size(after) - size(before), event.type).toBeLessThanOrEqual(changeBound(event));
          return after;
        };
        for (const r of recipes) {
          const parsed = commandSchema.safeParse(commandFor(session, r));
          if (!parsed.success) continue;
          now += 1000;
          const outcome = commandToEvent(session, parsed.data, { now, newId: () => `note-${++id}` });
          if (!outcome.ok || !outcome.event) continue;
          const before = session;
          session = check(before, outcome.event);
          const step = stepOf(before, session, outcome.event);
          if (step) {
            let undone = session;
            for (const event of eventsToReach(session, step.before, now)) undone = check(undone, event);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
