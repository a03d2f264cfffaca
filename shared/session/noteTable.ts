import type { Note } from './types';
import { copyOf } from '../util/copyOf';
import { own } from '../util/own';
import { utf8Bytes, utf8Text } from '../util/utf8';

/**
 * How a session keeps its notes in memory, so that adding or changing one note copies only small pieces whatever
 * the session's size. A Redux entity state (`{ ids, entities }`) made Immer copy and freeze the whole 20,000-key
 * `entities` object and the whole `ids` array on every change, so each capture cost more as the session grew.
 *
 * - Notes are spread over `NOTE_PAGES` pages by a stable hash of their id; a change copies one page (about 20 notes
 *   at 20,000) and the array of pages (1,024 pointers). With 256 pages, copying a page of 80 notes made a capture at
 *   20,000 notes cost about 1.5 times one at 100 (`captureMs` in the bench); at 1,024 the two are the same.
 * - The capture order is kept twice, both in chunks of at most `ORDER_CHUNK` ids: across the session (for the file)
 *   and per activity (what every reader wants). Adding a note copies the last chunk and the list of chunks.
 *
 * Every function is pure: it never changes the table it is given and returns a new one that shares what did not
 * change. Reducers pass it the draft's original (`original()` in Immer) and assign the result. What a function makes
 * it freezes at once, so Immer finds the new table already frozen and does not walk its pages to freeze them (which
 * made each change cost more as the session grew). The table's shape is
 * canonical (the same notes in the same order give an equal table), so a session that is saved and reopened equals
 * the one in memory. Ids come from the wire: every lookup and write is by own property, so "__proto__" or
 * "constructor" is an id like any other.
 */
export interface NoteTable {
  /** Notes by id, spread over `NOTE_PAGES` pages by `notePageOf(id)`. */
  pages: Record<string, Note>[];
  /** Every note id in capture order, in chunks of `ORDER_CHUNK` (all full but the last). */
  order: string[][];
  /** Per activity id, the ids of its notes in capture order, chunked like `order`; no entry for an activity without notes. */
  byActivity: Record<string, string[][]>;
  /** How many notes the table holds, deleted ones included (the session's cap counts them). */
  count: number;
}

/** Notes as a session file stores them: ids in capture order and the notes by id (the file format, unchanged). */
export interface StoredNotes {
  ids: string[];
  entities: Record<string, Note>;
}

/** Number of pages the notes are spread over. */
export const NOTE_PAGES = 1024;
/** Most ids in one chunk of a capture order (the last chunk is copied on each capture, so it stays short). */
export const ORDER_CHUNK = 64;

/** The page of a table without notes, shared by every such page (it is frozen; a change copies it like any page). */
const EMPTY_PAGE: Readonly<Record<string, Note>> = Object.freeze({});

/** A table without notes. */
export function emptyNoteTable(): NoteTable {
  return Object.freeze({ pages: Object.freeze(new Array<Record<string, Note>>(NOTE_PAGES).fill(EMPTY_PAGE)) as Record<string, Note>[], order: [], byActivity: {}, count: 0 });
}

/** The page a note id lives on: FNV-1a over the id's UTF-16 code units, the same on the host and in every window. */
export function notePageOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index++) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % NOTE_PAGES;
}

/** The note with this id, or undefined (never an inherited member such as "constructor"). */
export function noteById(table: NoteTable, id: string): Note | undefined {
  const page = table.pages[notePageOf(id)];
  return page ? own(page, id) : undefined;
}

/** How many notes the table holds, deleted ones included. */
export function noteCount(table: NoteTable): number {
  return table.count;
}

/** Notes of one activity in capture order, deleted ones included. */
export function notesOf(table: NoteTable, activityId: string): Note[] {
  return notesIn(table, own(table.byActivity, activityId) ?? []);
}

/** Every note in capture order, deleted ones included. */
export function allNotes(table: NoteTable): Note[] {
  return notesIn(table, table.order);
}

function notesIn(table: NoteTable, chunks: readonly (readonly string[])[]): Note[] {
  const notes: Note[] = [];
  for (const chunk of chunks) {
    const known = Object.isFrozen(chunk) ? lookupsOf(chunk) : null;
    if (!known) {
      for (const id of chunk) {
        const note = noteById(table, id);
        if (note) notes.push(note);
      }
      continue;
    }
    for (let index = 0; index < chunk.length; index++) {
      const page = table.pages[known.pageOf[index] ?? 0];
      if (page !== known.pages[index]) {
        known.pages[index] = page;
        known.notes[index] = page ? own(page, chunk[index] ?? '') : undefined;
      }
      const note = known.notes[index];
      if (note) notes.push(note);
    }
  }
  return notes;
}

/**
 * What the last lookup of each id of a frozen chunk found: the id's page number (hashed once), the page object it was
 * read from, and the note. A page is copied whenever a note on it changes, so while the table still holds that same
 * page object the note is the same, and reading a whole activity costs an identity check per note instead of a hash
 * and a property lookup (the room's view is worked out from an activity's notes after every event).
 */
export interface ChunkLookups {
  pageOf: Uint16Array;
  pages: (Readonly<Record<string, Note>> | undefined)[];
  notes: (Note | undefined)[];
}

const lookupsOfChunk = new WeakMap<readonly string[], ChunkLookups>();

/** What the last lookups of a frozen chunk's ids found (see `ChunkLookups`), kept with the chunk. */
export function lookupsOf(chunk: readonly string[]): ChunkLookups {
  let known = lookupsOfChunk.get(chunk);
  if (!known) {
    known = { pageOf: Uint16Array.from(chunk, notePageOf), pages: new Array<undefined>(chunk.length).fill(undefined), notes: new Array<undefined>(chunk.length).fill(undefined) };
    lookupsOfChunk.set(chunk, known);
  }
  return known;
}

/** Adds a note at the end of the capture order; a note whose id is already there is left as it is (like an entity adapter's addOne). */
export function addNote(table: NoteTable, note: Note): NoteTable {
  if (noteById(table, note.id)) return table;
  const byActivity = withOwn(table.byActivity, note.activityId, appendChunked(own(table.byActivity, note.activityId) ?? [], note.id));
  return Object.freeze({ pages: withNoteOnPage(table.pages, note), order: appendChunked(table.order, note.id), byActivity, count: table.count + 1 });
}

/** Puts a note in: replaces the one with its id where it stands in the capture order, or adds it at the end. */
export function setNote(table: NoteTable, note: Note): NoteTable {
  const existing = noteById(table, note.id);
  if (!existing) return addNote(table, note);
  const pages = withNoteOnPage(table.pages, note);
  if (existing.activityId === note.activityId) return Object.freeze({ ...table, pages });
  // Rare (no event moves a note between activities): rebuild both activities' lists from the session's order.
  const changed = { ...table, pages };
  let byActivity = withActivityOrder(changed, table.byActivity, existing.activityId);
  byActivity = withActivityOrder(changed, byActivity, note.activityId);
  return Object.freeze({ ...changed, byActivity });
}

/** Changes some fields of a note; a missing note is left missing (like an entity adapter's updateOne). */
export function updateNote(table: NoteTable, id: string, changes: Partial<Omit<Note, 'id'>>): NoteTable {
  const existing = noteById(table, id);
  return existing ? setNote(table, { ...existing, ...changes, id }) : table;
}

/** Takes a note out of the table and of the capture order (undoing its capture). */
export function removeNote(table: NoteTable, id: string): NoteTable {
  const existing = noteById(table, id);
  if (!existing) return table;
  const pageIndex = notePageOf(id);
  const pages = copyOf(table.pages);
  pages[pageIndex] = withoutOwn(table.pages[pageIndex] ?? {}, id);
  Object.freeze(pages);
  // Rare (only undo of a capture): rebuild the orders without the id, so the chunks stay canonical.
  const order = chunked(table.order.flat().filter((candidate) => candidate !== id));
  const rest = chunked((own(table.byActivity, existing.activityId) ?? []).flat().filter((candidate) => candidate !== id));
  const byActivity = rest.length > 0 ? withOwn(table.byActivity, existing.activityId, rest) : withoutOwn(table.byActivity, existing.activityId);
  return Object.freeze({ pages, order, byActivity, count: table.count - 1 });
}

/** A table holding these notes in this order (a later note with the same id replaces an earlier one in its place). */
export function noteTableOf(notes: readonly Note[]): NoteTable {
  const pages: Record<string, Note>[] = Array.from({ length: NOTE_PAGES }, () => ({}));
  const order: string[] = [];
  const byActivity = new Map<string, string[]>();
  for (const note of notes) {
    const page = pages[notePageOf(note.id)] ?? {};
    const seen = Object.hasOwn(page, note.id);
    defineOwn(page, note.id, note);
    if (seen) continue;
    order.push(note.id);
    const list = byActivity.get(note.activityId);
    if (list) list.push(note.id);
    else byActivity.set(note.activityId, [note.id]);
  }
  const chunkedByActivity: Record<string, string[][]> = {};
  for (const [activityId, ids] of byActivity) defineOwn(chunkedByActivity, activityId, chunked(ids));
  // Frozen through and through, as a reducer's state is: Immer stops at frozen pieces and never walks them again.
  // A page filled key by key can be a slow dictionary in V8, which copies several times slower than one made by
  // spreading, so each page is spread once here (own "__proto__" keys stay own data properties).
  pages.forEach((page, index) => {
    for (const id of Object.keys(page)) freezeNote(page[id] as Note);
    pages[index] = Object.freeze({ ...page });
  });
  return Object.freeze({ pages: Object.freeze(pages) as Record<string, Note>[], order: chunked(order), byActivity: Object.freeze(chunkedByActivity), count: order.length });
}

/** Builds the table from the notes as a file stores them; only the notes `ids` lists are kept, in its order. */
export function noteTableFromStored(stored: StoredNotes): NoteTable {
  const notes: Note[] = [];
  for (const id of stored.ids) {
    const note = own(stored.entities, id);
    if (note) notes.push(note);
  }
  return noteTableOf(notes);
}

/** The notes as a session file stores them, in capture order. */
export function storedNotesOf(table: NoteTable): StoredNotes {
  // One pass, no arrays in between. Plain assignment is much faster than defineProperty; only "__proto__" needs the latter.
  const ids: string[] = [];
  const entities: Record<string, Note> = {};
  for (const chunk of table.order) {
    for (const id of chunk) {
      const note = noteById(table, id);
      if (!note) continue;
      ids.push(id);
      if (id === '__proto__') defineOwn(entities, id, note);
      else entities[id] = note;
    }
  }
  return { ids, entities };
}

/**
 * The notes as a session file stores them, as JSON text: `storedNotesOf(table)` as JSON, except that `entities` lists
 * the notes page by page (the order of an object's keys means nothing; `ids` keeps the capture order).
 */
export function storedNotesJson(table: NoteTable): string {
  return utf8Text(storedNotesChunks(table));
}

/**
 * `storedNotesJson` as UTF-8 pieces to write one after the other. Every save goes through here, so the bytes of each
 * frozen page and chunk are kept with it and reused by the next save: a save after one capture encodes one page and
 * one chunk, not 20,000 notes, and never builds the whole file as one string (a 10 MB string per save filled the heap,
 * and the collections that followed made each capture cost more as the session grew).
 */
export function storedNotesChunks(table: NoteTable): Uint8Array[] {
  const chunks: Uint8Array[] = [IDS_OPEN];
  appendJoined(chunks, table.order, (chunk) => JSON.stringify(chunk).slice(1, -1));
  chunks.push(ENTITIES_OPEN);
  appendJoined(chunks, table.pages, pageJson);
  chunks.push(ENTITIES_CLOSE);
  return chunks;
}

const IDS_OPEN = utf8Bytes('{"ids":[');
const ENTITIES_OPEN = utf8Bytes('],"entities":{');
const ENTITIES_CLOSE = utf8Bytes('}}');
const COMMA = utf8Bytes(',');

/** Appends each piece's cached bytes, commas between the pieces that are not empty. */
function appendJoined<T extends object>(chunks: Uint8Array[], pieces: readonly T[], json: (piece: T) => string): void {
  let first = true;
  for (const piece of pieces) {
    const bytes = cachedBytes(piece, () => json(piece));
    if (bytes.length === 0) continue;
    if (!first) chunks.push(COMMA);
    chunks.push(bytes);
    first = false;
  }
}

/** UTF-8 bytes of frozen pieces of tables (pages, chunks), which never change once made. */
const bytesOfPiece = new WeakMap<object, Uint8Array>();

function cachedBytes(piece: object, make: () => string): Uint8Array {
  const known = bytesOfPiece.get(piece);
  if (known !== undefined) return known;
  const bytes = utf8Bytes(make());
  // Only frozen pieces: a table parsed from a message (a window's replica) is not frozen and could in principle change.
  if (Object.isFrozen(piece)) bytesOfPiece.set(piece, bytes);
  return bytes;
}

function pageJson(page: Readonly<Record<string, Note>>): string {
  return Object.keys(page)
    .map((id) => `${JSON.stringify(id)}:${JSON.stringify(page[id])}`)
    .join(',');
}

function withNoteOnPage(pages: readonly Record<string, Note>[], note: Note): Record<string, Note>[] {
  const index = notePageOf(note.id);
  const next = copyOf(pages);
  next[index] = withOwn(pages[index] ?? {}, note.id, freezeNote(note));
  return Object.freeze(next) as Record<string, Note>[];
}

function withActivityOrder(table: NoteTable, byActivity: Record<string, string[][]>, activityId: string): Record<string, string[][]> {
  const ids = table.order.flat().filter((id) => noteById(table, id)?.activityId === activityId);
  return ids.length > 0 ? withOwn(byActivity, activityId, chunked(ids)) : withoutOwn(byActivity, activityId);
}

function appendChunked(chunks: readonly string[][], id: string): string[][] {
  const last = chunks.at(-1);
  if (!last || last.length >= ORDER_CHUNK) return Object.freeze([...chunks, Object.freeze([id])]) as string[][];
  const next = copyOf(chunks);
  next[next.length - 1] = Object.freeze([...last, id]) as string[];
  return Object.freeze(next) as string[][];
}

function chunked(ids: readonly string[]): string[][] {
  const chunks: string[][] = [];
  for (let start = 0; start < ids.length; start += ORDER_CHUNK) chunks.push(Object.freeze(ids.slice(start, start + ORDER_CHUNK)) as string[]);
  return Object.freeze(chunks) as string[][];
}

/** A copy of the record with the key set as an own data property ("__proto__" included, which `=` would not set; `=` is much faster for the rest). */
function withOwn<T>(record: Readonly<Record<string, T>>, key: string, value: T): Record<string, T> {
  const next = { ...record };
  if (key === '__proto__') defineOwn(next, key, value);
  else next[key] = value;
  return Object.freeze(next);
}

function withoutOwn<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const next = { ...record };
  delete next[key];
  return Object.freeze(next);
}

/** Freezes a note as Immer would (the table around it is frozen already, so Immer would not reach it). */
function freezeNote(note: Note): Note {
  if (note.position) Object.freeze(note.position);
  if (note.commitment) Object.freeze(note.commitment);
  return Object.freeze(note);
}

function defineOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
}
