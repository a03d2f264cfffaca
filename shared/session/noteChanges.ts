import { own } from '../util/own';
import { changedPagesBetween } from './noteLog';
import { lookupsOf, NOTE_PAGES, noteById, notePageOf, notesOf, ORDER_CHUNK } from './noteTable';
import type { NoteTable } from './noteTable';
import type { Note } from './types';

/*
 * What changed in an activity's notes between two versions of the note table: whether anything did, what did, and
 * readers that carry a list over from one version to the next with it. Only the control window (and the host) use these: they live apart from the note
 * table, which the presenter page loads up front, to keep that page's JavaScript within its budget.
 */

const NO_NOTES: Readonly<Record<string, Note>> = Object.freeze({});

/**
 * Whether an activity's notes are the same, each the same object, in both tables: whether a board drawing them would
 * draw the same. A note is the same object while its page is (a change copies the page), so an event elsewhere in the
 * session costs an identity check per note, with no hashing and no lookup.
 */
export function sameActivityNotes(a: NoteTable, b: NoteTable, activityId: string): boolean {
  const chunksA = own(a.byActivity, activityId) ?? [];
  const chunksB = own(b.byActivity, activityId) ?? [];
  if (chunksA === chunksB && a.pages === b.pages) return true;
  // The chunking is canonical (all chunks full but the last), so the same ids come in the same number of chunks; a
  // note added (the common change) is told by the lengths alone, before any note is looked at.
  if (chunksA.length !== chunksB.length) return false;
  for (let chunkIndex = 0; chunkIndex < chunksA.length; chunkIndex++) if (chunksA[chunkIndex]?.length !== chunksB[chunkIndex]?.length) return false;
  for (let chunkIndex = 0; chunkIndex < chunksA.length; chunkIndex++) {
    const chunk = chunksA[chunkIndex] ?? [];
    const other = chunksB[chunkIndex] ?? [];
    if (chunk !== other) for (let index = 0; index < chunk.length; index++) if (chunk[index] !== other[index]) return false;
  }
  // The same ids: the same notes unless one changed. A change copies its page, so where the activity holds more notes
  // than there are pages, the pages that changed are looked at instead of every note.
  if (chunksA.length * ORDER_CHUNK > NOTE_PAGES) return sameNotesOnChangedPages(a, b, activityId);
  for (let chunkIndex = 0; chunkIndex < chunksA.length; chunkIndex++) {
    const chunk = chunksA[chunkIndex] ?? [];
    const known = Object.isFrozen(chunk) ? lookupsOf(chunk) : null;
    for (let index = 0; index < chunk.length; index++) {
      const id = chunk[index] ?? '';
      const pageIndex = known ? (known.pageOf[index] ?? 0) : notePageOf(id);
      const pageA = a.pages[pageIndex];
      const pageB = b.pages[pageIndex];
      if (pageA === pageB) continue;
      if ((pageA ? own(pageA, id) : undefined) !== (pageB ? own(pageB, id) : undefined)) return false;
    }
  }
  return true;
}

/** Whether no note of the activity differs between two tables with the same ids: only pages that are different objects are read. */
function sameNotesOnChangedPages(a: NoteTable, b: NoteTable, activityId: string): boolean {
  const logged = changedPagesBetween(a, b) ?? changedPagesBetween(b, a);
  const pageCount = logged ? logged.length : NOTE_PAGES;
  for (let step = 0; step < pageCount; step++) {
    const pageIndex = logged ? (logged[step] ?? 0) : step;
    const pageA = a.pages[pageIndex] ?? NO_NOTES;
    const pageB = b.pages[pageIndex] ?? NO_NOTES;
    if (pageA === pageB) continue;
    for (const id of Object.keys(pageA)) {
      const noteA = own(pageA, id);
      if (noteA?.activityId === activityId && noteA !== own(pageB, id)) return false;
    }
  }
  return true;
}

/** What changed in one activity's notes from one version of a table to a later one. */
export interface ActivityChanges {
  /** Ids added at the end of the activity's capture order, in order. */
  added: string[];
  /** Notes of the activity that were there before and are different objects now, as [before, now]. */
  changed: [Note, Note][];
}

/** Beyond this many changed pages (a table reopened or replaced), finding the changes costs more than reading the activity. */
const MOST_CHANGED_PAGES = 32;

/**
 * What changed in an activity's notes between two versions of a table, found without reading its other notes: a
 * change copies a page and the activity's last chunk of ids and shares the rest, so it is found by identity (the pages
 * the change log names, or else 1,024 page comparisons, and a chunk, whatever the activity holds). Null where the order changed otherwise than by adding at
 * the end (a capture undone), a note moved to or from the activity, or too many pages changed: then read the activity.
 */
export function activityChanges(before: NoteTable, now: NoteTable, activityId: string): ActivityChanges | null {
  const added = addedIds(own(before.byActivity, activityId) ?? [], own(now.byActivity, activityId) ?? []);
  if (!added) return null;
  if (before.pages === now.pages) return { added, changed: [] };
  const changed = changedOnPages(before.pages, now.pages, activityId, changedPagesBetween(before, now));
  return changed ? { added, changed } : null;
}

/** The ids added at the end of a capture order, from its chunks before and now (only the last chunk grows), or null. */
function addedIds(before: readonly (readonly string[])[], now: readonly (readonly string[])[]): string[] | null {
  if (before === now) return [];
  if (now.length < before.length) return null;
  const last = before.length - 1;
  for (let index = 0; index < last; index++) if (before[index] !== now[index]) return null;
  const added: string[] = [];
  const lastBefore = before[last];
  const lastNow = now[last];
  if (lastBefore && lastNow && lastBefore !== lastNow) {
    if (lastNow.length < lastBefore.length) return null;
    for (let index = 0; index < lastBefore.length; index++) if (lastBefore[index] !== lastNow[index]) return null;
    added.push(...lastNow.slice(lastBefore.length));
  }
  for (let index = before.length; index < now.length; index++) added.push(...(now[index] ?? []));
  return added;
}

/**
 * The activity's notes that are different objects on the pages that changed, as [before, now]; null for a note taken
 * out or moved, or too many pages. `logged`: the pages the change log says changed (only those are looked at, however
 * many); without it, every page is compared and more than MOST_CHANGED_PAGES changed is too many.
 */
function changedOnPages(before: readonly Readonly<Record<string, Note>>[], now: readonly Readonly<Record<string, Note>>[], activityId: string, logged: readonly number[] | null): [Note, Note][] | null {
  if (before.length !== now.length) return null;
  const changed: [Note, Note][] = [];
  let pagesChanged = 0;
  const looked = logged ? new Set<number>() : null;
  const pageCount = logged ? logged.length : now.length;
  for (let step = 0; step < pageCount; step++) {
    const index = logged ? (logged[step] ?? 0) : step;
    if (looked) {
      if (looked.has(index)) continue;
      looked.add(index);
    }
    const pageBefore = before[index] ?? NO_NOTES;
    const pageNow = now[index] ?? NO_NOTES;
    if (pageBefore === pageNow) continue;
    if (!logged && ++pagesChanged > MOST_CHANGED_PAGES) return null;
    for (const id of Object.keys(pageBefore)) {
      const was = own(pageBefore, id);
      const note = own(pageNow, id);
      if (!was || was === note || (was.activityId !== activityId && note?.activityId !== activityId)) continue;
      if (!note || note.activityId !== was.activityId) return null;
      changed.push([was, note]);
    }
  }
  return changed;
}

/** One activity's notes that pass a test, in capture order, as read from one version of the session's notes. */
export interface KeptNotes {
  table: NoteTable;
  activityId: string;
  list: readonly Note[];
  /** How many notes of `list` pass the second test given (`count`), kept up to date the same way: 0 without one. */
  counted: number;
}

const countsNothing = (): boolean => false;

/**
 * The activity's notes that pass `keep`, in capture order, carried over from an earlier reading with the same `keep`
 * where that is cheaper (`activityChanges`: notes added at the end, notes changed in place that pass before and after),
 * so a note arriving in a crowded activity costs the change; read afresh otherwise. `keep` and `count` must be the same
 * tests each time for the same `earlier`; `count` says which kept notes to count (the notes list's hidden ones, which
 * counted afresh on each render took as long as the rest of the list's render at 2,000 notes).
 */
export function keptNotesSince(table: NoteTable, activityId: string, keep: (note: Note) => boolean, earlier: KeptNotes | null, count: (note: Note) => boolean = countsNothing): KeptNotes {
  if (earlier && earlier.table === table && earlier.activityId === activityId) return earlier;
  const carried = earlier && earlier.activityId === activityId ? carriedOver(earlier, table, activityId, keep, count) : null;
  if (carried) return { table, activityId, ...carried };
  const list = notesOf(table, activityId).filter(keep);
  return { table, activityId, list, counted: count === countsNothing ? 0 : countOf(list, count) };
}

function countOf(notes: readonly Note[], count: (note: Note) => boolean): number {
  let counted = 0;
  for (const note of notes) if (count(note)) counted += 1;
  return counted;
}

function carriedOver(earlier: KeptNotes, table: NoteTable, activityId: string, keep: (note: Note) => boolean, count: (note: Note) => boolean): Pick<KeptNotes, 'list' | 'counted'> | null {
  const changes = activityChanges(earlier.table, table, activityId);
  if (!changes) return null;
  const addedNotes: Note[] = [];
  for (const id of changes.added) {
    const note = noteById(table, id);
    if (note && keep(note)) addedNotes.push(note);
  }
  const changed = changes.changed.filter(([was, now]) => keep(was) || keep(now));
  if (changed.length === 0 && addedNotes.length === 0) return { list: earlier.list, counted: earlier.counted };
  const list = [...earlier.list];
  let counted = earlier.counted;
  for (const [was, now] of changed) {
    // Kept now and not before, or the other way round: its place in the list needs the whole activity.
    if (!keep(was) || !keep(now)) return null;
    const index = list.lastIndexOf(was);
    if (index < 0) return null;
    list[index] = now;
    counted += Number(count(now)) - Number(count(was));
  }
  list.push(...addedNotes);
  return { list, counted: counted + countOf(addedNotes, count) };
}
