import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Note } from '../../../shared/session/types';
import type { NoteTable, StoredNotes } from '../../../shared/session/noteTable';
import {
  addNote,
  allNotes,
  emptyNoteTable,
  noteById,
  noteCount,
  NOTE_PAGES,
  ORDER_CHUNK,
  notesOf,
  noteTableFromStored,
  noteTableOf,
  removeNote,
  setNote,
  storedNotesJson,
  storedNotesOf,
  updateNote,
} from '../../../shared/session/noteTable';
import { newestNotesOf } from '../../../shared/session/newestNotes';
import { sameActivityNotes } from '../../../shared/session/noteChanges';
import { loggedNoteChange } from '../../../shared/session/noteLog';
import { parseSessionFile, serializeSessionFile } from '../../../shared/session/sessionFile';
import { storedSessionOf } from '../../../shared/session/storedSession';
import type { SessionState } from '../../../shared/session/types';

const FIXTURES = join(__dirname, '../../fixtures');
/** Ids a hostile link or file could send: Object.prototype's members and a few ordinary ones. */
const HOSTILE_IDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__'];
const ACTIVITIES = ['opening', 'sort', '__proto__', 'constructor'];

function sessionFixture(): SessionState {
  const parsed = parseSessionFile(readFileSync(join(FIXTURES, 'report-session.groundwork'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.session;
}

function note(id: string, activityId: string, text = `note ${id}`): Note {
  return { id, activityId, text, hidden: false, createdAt: 1, updatedAt: 1, deletedAt: null, columnId: null, position: null, attribution: null, commitment: null };
}

/** The naive model: an entity adapter's semantics, with a Map and an array. */
class Reference {
  notes = new Map<string, Note>();
  order: string[] = [];
  add(value: Note) {
    if (this.notes.has(value.id)) return;
    this.notes.set(value.id, value);
    this.order.push(value.id);
  }
  set(value: Note) {
    if (!this.notes.has(value.id)) this.order.push(value.id);
    this.notes.set(value.id, value);
  }
  update(id: string, changes: Partial<Note>) {
    const existing = this.notes.get(id);
    if (existing) this.notes.set(id, { ...existing, ...changes, id });
  }
  remove(id: string) {
    if (!this.notes.delete(id)) return;
    this.order = this.order.filter((candidate) => candidate !== id);
  }
  all(): Note[] {
    return this.order.map((id) => this.notes.get(id) as Note);
  }
}

type Step =
  | { kind: 'add' | 'set'; note: Note }
  | { kind: 'update'; id: string; changes: Partial<Note> }
  | { kind: 'remove'; id: string };

const idArb = fc.oneof(fc.constantFrom(...HOSTILE_IDS), fc.constantFrom('a', 'b', 'c', 'n1', 'n2'), fc.string({ minLength: 1, maxLength: 6 }));
const noteArb = fc.record({ id: idArb, activityId: fc.constantFrom(...ACTIVITIES), text: fc.string({ maxLength: 8 }) }).map(({ id, activityId, text }) => note(id, activityId, text));
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), note: noteArb }),
  fc.record({ kind: fc.constant('set' as const), note: noteArb }),
  fc.record({
    kind: fc.constant('update' as const),
    id: idArb,
    changes: fc.oneof(
      fc.record({ text: fc.string({ maxLength: 8 }) }),
      fc.record({ deletedAt: fc.option(fc.nat(), { nil: null }) }),
      fc.record({ hidden: fc.boolean() }),
      fc.record({ activityId: fc.constantFrom(...ACTIVITIES) }),
    ),
  }),
  fc.record({ kind: fc.constant('remove' as const), id: idArb }),
);

function apply(table: NoteTable, step: Step): NoteTable {
  switch (step.kind) {
    case 'add':
      return addNote(table, step.note);
    case 'set':
      return setNote(table, step.note);
    case 'update':
      return updateNote(table, step.id, step.changes);
    case 'remove':
      return removeNote(table, step.id);
  }
}

/** `apply`, recorded in the change log as the session's reducer records its changes. */
function applyLogged(table: NoteTable, step: Step): NoteTable {
  return loggedNoteChange(table, apply(table, step), 'note' in step ? step.note.id : step.id);
}

function applyReference(model: Reference, step: Step): void {
  switch (step.kind) {
    case 'add':
      return model.add(step.note);
    case 'set':
      return model.set(step.note);
    case 'update':
      return model.update(step.id, step.changes);
    case 'remove':
      return model.remove(step.id);
  }
}

function expectSameAs(table: NoteTable, model: Reference, probeIds: readonly string[]) {
  expect(allNotes(table)).toEqual(model.all());
  expect(noteCount(table)).toBe(model.order.length);
  for (const activityId of ACTIVITIES) {
    const expected = model.all().filter((candidate) => candidate.activityId === activityId);
    expect(notesOf(table, activityId)).toEqual(expected);
    // Read from the newest end: the count, and the newest n for counts across chunk boundaries and beyond the end.
    const fromNewest = newestNotesOf(table, activityId);
    expect(fromNewest.count).toBe(expected.length);
    for (const wanted of [0, 1, 3, ORDER_CHUNK, ORDER_CHUNK + 1, expected.length + 2]) expect(fromNewest.newest(wanted)).toEqual(expected.slice(Math.max(0, expected.length - wanted)));
  }
  for (const id of probeIds) expect(noteById(table, id)).toEqual(model.notes.get(id));
  // Canonical: the same notes in the same order give an equal table, however they got there (save and reopen equals memory).
  expect(table).toEqual(noteTableOf(model.all()));
  expect(noteTableFromStored(storedNotesOf(table))).toEqual(table);
}

describe('note table', () => {
  it('any sequence of add, set, update and remove gives the notes, order and lookups of a naive model', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 60 }), (steps) => {
        let table = emptyNoteTable();
        const model = new Reference();
        for (const step of steps) {
          const before = table;
          const frozenCopy = structuredClone(before);
          table = apply(table, step);
          applyReference(model, step);
          // Pure: the table a step started from is unchanged.
          expect(before).toEqual(frozenCopy);
        }
        expectSameAs(table, model, [...HOSTILE_IDS, 'a', 'b', 'c', 'missing', ...steps.flatMap((step) => ('note' in step ? [step.note.id] : [step.id]))]);
      }),
      { numRuns: 300 },
    );
  });

  it("reading an activity's notes from any version of a table, in any order, gives that version's notes (what a read remembers never leaks between versions)", () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 80 }), (steps, readOrder) => {
        const versions: NoteTable[] = [emptyNoteTable()];
        const expected: Note[][][] = [ACTIVITIES.map(() => [])];
        const model = new Reference();
        for (const step of steps) {
          versions.push(apply(versions.at(-1) ?? emptyNoteTable(), step));
          applyReference(model, step);
          expected.push(ACTIVITIES.map((activityId) => model.all().filter((candidate) => candidate.activityId === activityId)));
          // Read the newest at once, as the room's view does after each event.
          ACTIVITIES.forEach((activityId, index) => expect(notesOf(versions.at(-1) ?? emptyNoteTable(), activityId)).toEqual(expected.at(-1)?.[index]));
        }
        for (const pick of readOrder) {
          const version = pick % versions.length;
          ACTIVITIES.forEach((activityId, index) => expect(notesOf(versions[version] ?? emptyNoteTable(), activityId)).toEqual(expected[version]?.[index]));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("says whether an activity's notes are the same objects in two versions of a table, for any two versions", () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 30 }), (steps, pairs) => {
        const versions: NoteTable[] = [emptyNoteTable()];
        for (const step of steps) versions.push(apply(versions.at(-1) ?? emptyNoteTable(), step));
        // The plain definition: the same ids in the same order, each the same object.
        const same = (a: NoteTable, b: NoteTable, activityId: string): boolean => {
          const notesA = notesOf(a, activityId);
          const notesB = notesOf(b, activityId);
          return notesA.length === notesB.length && notesA.every((value, index) => value === notesB[index]);
        };
        const checked = [...pairs, ...versions.map((_, index) => [index, index + 1] as [number, number])];
        for (const [first, second] of checked) {
          const a = versions[first % versions.length] ?? emptyNoteTable();
          const b = versions[second % versions.length] ?? emptyNoteTable();
          for (const activityId of ACTIVITIES) expect(sameActivityNotes(a, b, activityId), activityId).toBe(same(a, b, activityId));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('says the same for an activity holding more notes than the table has pages (read by the pages that changed)', () => {
    const crowded = noteTableOf(Array.from({ length: NOTE_PAGES + 300 }, (_, index) => note(`c${index}`, index % 10 === 0 ? 'sort' : 'opening')));
    const existingIds = fc.nat({ max: NOTE_PAGES + 299 }).map((index) => `c${index}`);
    const crowdedStep: fc.Arbitrary<Step> = fc.oneof(
      stepArb,
      fc.record({ kind: fc.constant('update' as const), id: existingIds, changes: fc.record({ text: fc.string({ maxLength: 4 }) }) }),
      fc.record({ kind: fc.constant('remove' as const), id: existingIds }),
      fc.record({ kind: fc.constant('set' as const), note: fc.tuple(existingIds, fc.constantFrom(...ACTIVITIES)).map(([id, activityId]) => note(id, activityId, 'moved')) }),
    );
    const same = (a: NoteTable, b: NoteTable, activityId: string): boolean => {
      const notesA = notesOf(a, activityId);
      const notesB = notesOf(b, activityId);
      return notesA.length === notesB.length && notesA.every((value, index) => value === notesB[index]);
    };
    // Each step is recorded in the change log or not (a table from a file or a replica is not), so the pages that
    // changed are found from the log, or by comparing every page where the log cannot tell.
    fc.assert(
      fc.property(fc.array(fc.tuple(crowdedStep, fc.boolean()), { maxLength: 12 }), (steps) => {
        const start = noteTableOf(allNotes(crowded));
        const versions: NoteTable[] = [start];
        for (const [step, logged] of steps) versions.push((logged ? applyLogged : apply)(versions.at(-1) ?? start, step));
        for (let index = 1; index < versions.length; index++) {
          const a = versions[index - 1] ?? start;
          const b = versions[index] ?? start;
          for (const activityId of ACTIVITIES) {
            expect(sameActivityNotes(a, b, activityId), activityId).toBe(same(a, b, activityId));
            expect(sameActivityNotes(b, a, activityId), activityId).toBe(same(b, a, activityId));
          }
          expect(sameActivityNotes(start, b, 'opening')).toBe(same(start, b, 'opening'));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the order across many chunks and pages, and removing from the middle keeps the rest in order', () => {
    const notes = Array.from({ length: 1500 }, (_, index) => note(`n${index}`, ACTIVITIES[index % 2] ?? 'opening'));
    let table = emptyNoteTable();
    for (const value of notes) table = addNote(table, value);
    expect(table).toEqual(noteTableOf(notes));
    table = removeNote(table, 'n700');
    const rest = notes.filter((value) => value.id !== 'n700');
    expect(allNotes(table)).toEqual(rest);
    expect(notesOf(table, 'opening')).toEqual(rest.filter((value) => value.activityId === 'opening'));
    expect(table).toEqual(noteTableOf(rest));
    const opening = rest.filter((value) => value.activityId === 'opening');
    expect(newestNotesOf(table, 'opening').count).toBe(749);
    expect(newestNotesOf(table, 'opening').newest(200)).toEqual(opening.slice(-200));
  });

  it('treats ids named after Object.prototype members as ordinary ids, never finding inherited members', () => {
    let table = emptyNoteTable();
    for (const id of HOSTILE_IDS) expect(noteById(table, id)).toBeUndefined();
    expect(notesOf(table, 'constructor')).toEqual([]);
    expect(notesOf(table, '__proto__')).toEqual([]);
    table = addNote(table, note('__proto__', '__proto__', 'proto note'));
    table = addNote(table, note('constructor', 'opening', 'constructor note'));
    expect(noteById(table, '__proto__')?.text).toBe('proto note');
    expect(noteById(table, 'constructor')?.text).toBe('constructor note');
    expect(noteById(table, 'toString')).toBeUndefined();
    expect(notesOf(table, '__proto__').map((value) => value.id)).toEqual(['__proto__']);
    expect(allNotes(table).map((value) => value.id)).toEqual(['__proto__', 'constructor']);
    // No page's prototype was replaced by the note.
    for (const page of table.pages) expect(Object.getPrototypeOf(page)).toBe(Object.prototype);
    // The file shape keeps them, and a JSON round trip (a save, a snapshot to a window) gives the same table.
    const stored = storedNotesOf(table);
    expect(Object.hasOwn(stored.entities, '__proto__')).toBe(true);
    expect(noteTableFromStored(JSON.parse(JSON.stringify(stored)) as typeof stored)).toEqual(table);
    expect(JSON.parse(JSON.stringify(table))).toEqual(table);
    table = removeNote(table, '__proto__');
    expect(noteById(table, '__proto__')).toBeUndefined();
    expect(noteCount(table)).toBe(1);
  });

  it('copies only small pieces when a note is added to a crowded table', () => {
    const notes = Array.from({ length: 20_000 }, (_, index) => note(`n${index}`, 'opening'));
    const table = noteTableOf(notes);
    const next = addNote(table, note('new', 'opening'));
    const changedPages = next.pages.filter((page, index) => page !== table.pages[index]);
    expect(changedPages).toHaveLength(1);
    expect(Object.keys(changedPages[0] ?? {}).length).toBeLessThan(200);
    expect(next.order.filter((chunk, index) => chunk !== table.order[index])).toHaveLength(1);
    expect(Object.isFrozen(next) && Object.isFrozen(next.pages) && Object.isFrozen(changedPages[0])).toBe(true);
  });

  it('writes the JSON of the file shape, hostile ids included, without building that shape, and reuses what did not change', () => {
    const table = noteTableOf([note('b', 'opening'), note('__proto__', 'sort', 'say "hi"\n'), note('constructor', '__proto__'), note('a', 'opening')]);
    const written = JSON.parse(storedNotesJson(table)) as StoredNotes;
    expect(written).toEqual(JSON.parse(JSON.stringify(storedNotesOf(table))));
    expect(written.ids).toEqual(['b', '__proto__', 'constructor', 'a']);
    expect(Object.hasOwn(written.entities, '__proto__')).toBe(true);
    // The text kept for unchanged pages is reused: a later table with one more note writes all of them.
    const later = addNote(updateNote(table, 'b', { text: 'changed' }), note('c', 'sort'));
    expect(JSON.parse(storedNotesJson(later))).toEqual(JSON.parse(JSON.stringify(storedNotesOf(later))));
    expect(JSON.parse(storedNotesJson(table))).toEqual(written);
    expect(storedNotesJson(emptyNoteTable())).toBe('{"ids":[],"entities":{}}');
    const session = { ...sessionFixture(), notes: table };
    expect(JSON.parse(serializeSessionFile(session, 7))).toEqual(JSON.parse(JSON.stringify({ app: 'groundwork', schemaVersion: 2, savedAt: 7, session: storedSessionOf(session) })));
  });

  it.each(['report-session.groundwork', 'session-v0.groundwork', 'session-v1.groundwork'])('%s: file → table → file keeps the notes as they were', (name) => {
    const parsed = parseSessionFile(readFileSync(join(FIXTURES, name), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.problem);
    const saved = serializeSessionFile(parsed.session, 1);
    const reopened = parseSessionFile(saved);
    if (!reopened.ok) throw new Error(reopened.problem);
    expect(reopened.session).toEqual(parsed.session);
    expect(serializeSessionFile(reopened.session, 1)).toBe(saved);
  });

  it("a current-version file's notes are written back as they were read: the same ids in the same order, the same notes", () => {
    const text = readFileSync(join(FIXTURES, 'report-session.groundwork'), 'utf8');
    const raw = JSON.parse(text) as { savedAt: number; session: { notes: { ids: string[] } } };
    const parsed = parseSessionFile(text);
    if (!parsed.ok) throw new Error(parsed.problem);
    const written = JSON.parse(serializeSessionFile(parsed.session, raw.savedAt)) as typeof raw;
    expect(raw.session.notes.ids.length).toBeGreaterThan(10);
    expect(written.session.notes.ids).toEqual(raw.session.notes.ids);
    expect(written.session.notes).toEqual(raw.session.notes);
  });
});
