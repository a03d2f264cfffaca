import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addNote, emptyNoteTable, noteTableOf, notesOf, removeNote, updateNote } from '../../../shared/session/noteTable';
import type { NoteTable } from '../../../shared/session/noteTable';
import { keptNotesSince } from '../../../shared/session/noteChanges';
import { loggedNoteChange } from '../../../shared/session/noteLog';
import type { KeptNotes } from '../../../shared/session/noteChanges';
import type { Note } from '../../../shared/session/types';

const ACTIVITIES = ['opening', 'sort'];

function note(id: string, activityId: string): Note {
  return { id, activityId, text: `note ${id}`, hidden: false, createdAt: 1, updatedAt: 1, deletedAt: null, columnId: null, position: null, attribution: null, commitment: null };
}

const notDeleted = (value: Note): boolean => value.deletedAt === null;
const isHeld = (value: Note): boolean => value.held === true && value.deletedAt === null;
const isHidden = (value: Note): boolean => value.hidden;

/** A change to the notes; `logged`: recorded in the change log, as the session's reducer records its changes. */
type Step = ({ kind: 'add'; activity: number; count: number } | { kind: 'edit' | 'delete' | 'restore' | 'hold' | 'approve' | 'hide' | 'show' | 'remove'; pick: number }) & { logged: boolean };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), activity: fc.nat({ max: 1 }), count: fc.constantFrom(1, 1, 1, 70), logged: fc.boolean() }),
  fc.record({ kind: fc.constantFrom('edit' as const, 'delete' as const, 'restore' as const, 'hold' as const, 'approve' as const, 'hide' as const, 'show' as const, 'remove' as const), pick: fc.nat(), logged: fc.boolean() }),
);

let made = 0;
function apply(table: NoteTable, step: Step): NoteTable {
  if (step.kind === 'add') {
    let next = table;
    for (let index = 0; index < step.count; index++) {
      const added = { ...note(`m${++made}`, ACTIVITIES[step.activity] ?? 'opening'), ...(index % 3 === 0 ? { held: true as const } : {}) };
      next = step.logged ? loggedNoteChange(next, addNote(next, added), added.id) : addNote(next, added);
    }
    return next;
  }
  const ids = table.order.flat();
  const id = ids[step.pick % Math.max(1, ids.length)];
  if (id === undefined) return table;
  const logged = (next: NoteTable): NoteTable => (step.logged ? loggedNoteChange(table, next, id) : next);
  if (step.kind === 'remove') return logged(removeNote(table, id));
  const changes: Partial<Note> = { edit: { text: `edited ${step.pick}` }, delete: { deletedAt: 5 }, restore: { deletedAt: null }, hold: { held: true as const }, approve: { held: undefined }, hide: { hidden: true }, show: { hidden: false } }[step.kind];
  return logged(updateNote(table, id, changes));
}

describe('keptNotesSince: an activity’s kept notes carried over from an earlier reading', () => {
  it('equals reading the activity afresh, and so does its count of hidden notes, from any earlier or later reading, small or crowded (property)', () => {
    const crowded = noteTableOf(Array.from({ length: 1200 }, (_, index) => ({ ...note(`c${index}`, index % 4 === 0 ? 'sort' : 'opening'), hidden: index % 7 === 0, ...(index % 50 === 0 ? { held: true as const } : {}) })));
    fc.assert(
      fc.property(fc.boolean(), fc.array(stepArb, { maxLength: 25 }), fc.array(fc.nat(), { maxLength: 10 }), (startCrowded, steps, jumps) => {
        const versions: NoteTable[] = [startCrowded ? crowded : emptyNoteTable()];
        for (const step of steps) versions.push(apply(versions.at(-1) ?? crowded, step));
        for (const keep of [notDeleted, isHeld]) {
          for (const activityId of ACTIVITIES) {
            // In order, each reading from the last; then jumping about, as a render React threw away could leave it.
            const order = [...versions.keys(), ...jumps.map((jump) => jump % versions.length)];
            let earlier: KeptNotes | null = null;
            for (const index of order) {
              const table = versions[index] ?? crowded;
              const kept: KeptNotes = keptNotesSince(table, activityId, keep, earlier, isHidden);
              const afresh = notesOf(table, activityId).filter(keep);
              expect(kept.list).toEqual(afresh);
              expect(kept.counted).toBe(afresh.filter(isHidden).length);
              earlier = kept;
            }
          }
        }
      }),
      { numRuns: 120 },
    );
  });

  it('gives back the same list when nothing it keeps changed, as read from the new table', () => {
    const table = noteTableOf(Array.from({ length: 100 }, (_, index) => note(`n${index}`, 'opening')));
    const first = keptNotesSince(table, 'opening', notDeleted, null);
    const elsewhere = addNote(table, note('other', 'sort'));
    const second = keptNotesSince(elsewhere, 'opening', notDeleted, first);
    expect(second.list).toBe(first.list);
    // The next reading starts from this one's table: a burst of notes the list does not keep (the review queue's, with
    // none held) costs each reading its own change, not every change since the list last changed.
    expect(second.table).toBe(elsewhere);
    const unheld = addNote(elsewhere, note('plain', 'opening'));
    const queue = keptNotesSince(unheld, 'opening', isHeld, keptNotesSince(elsewhere, 'opening', isHeld, null));
    expect(queue.table).toBe(unheld);
  });
});

describe('the change log', () => {
  /** The table with its pages behind a proxy that counts every page read. */
  function counting(table: NoteTable): { table: NoteTable; reads: () => number } {
    let reads = 0;
    const pages = new Proxy(table.pages, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    return { table: { ...table, pages }, reads: () => reads };
  }

  it('finds what changed in a crowded activity by the pages its changes touched, not by comparing every page', () => {
    const crowded = noteTableOf(Array.from({ length: 2000 }, (_, index) => note(`c${index}`, 'opening')));
    const edited = updateNote(crowded, 'c5', { text: 'edited' });
    const before = counting(crowded);
    const loggedAfter = counting(edited);
    loggedNoteChange(before.table, loggedAfter.table, 'c5');
    const first = keptNotesSince(before.table, 'opening', notDeleted, null);
    const readsBefore = before.reads() + loggedAfter.reads();
    const carried = keptNotesSince(loggedAfter.table, 'opening', notDeleted, first);
    expect(carried.list[5]?.text).toBe('edited');
    // One page in each version: the page the edit touched.
    expect(before.reads() + loggedAfter.reads() - readsBefore).toBe(2);

    // The same change not in the log (a replica): every page of both versions is compared.
    const unlogged = counting(updateNote(crowded, 'c5', { text: 'edited' }));
    const again = counting(crowded);
    const firstAgain = keptNotesSince(again.table, 'opening', notDeleted, null);
    const readsAgain = again.reads() + unlogged.reads();
    expect(keptNotesSince(unlogged.table, 'opening', notDeleted, firstAgain).list[5]?.text).toBe('edited');
    expect(again.reads() + unlogged.reads() - readsAgain).toBeGreaterThanOrEqual(2048);
  });
});
