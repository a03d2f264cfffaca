import { notePageOf } from './noteTable';
import type { NoteTable } from './noteTable';

/*
 * The note table's change log: which page each change touched, from one version of the session's notes to the next.
 * Apart from noteChanges.ts, which reads it, so that the session's reducer (which writes it) does not bring that
 * module into the control page's first load.
 */

/** A version of a note table in the change log: the page its change touched, and the version it was made from. */
interface Version {
  parent: Version | null;
  page: number;
  depth: number;
}

/** Each logged table's version. Weak: a table no one holds goes, and its version stays only while a later one needs it. */
const versionOf = new WeakMap<NoteTable, Version>();

/** How far back the log reaches at least (at most twice this): a window's frame holds far fewer changes. */
const LOG_DEPTH = 128;

/**
 * Records in the change log that `after` was made from `before` by capturing, changing or taking out the note `id`,
 * and returns `after`. The session's reducer logs each change it makes, so that what changed between two versions is
 * found by walking the log from the later one back to the earlier (`changedPagesBetween`), not by comparing all 1,024
 * pages: that comparison ran for every reader of every activity on every frame of a burst. A table not made so (a
 * session opened or a replica) is simply not in the log, and is compared page by page as before.
 */
export function loggedNoteChange(before: NoteTable, after: NoteTable, id: string): NoteTable {
  if (after === before) return after;
  let parent = versionOf.get(before);
  if (!parent) {
    parent = { parent: null, page: -1, depth: 0 };
    versionOf.set(before, parent);
  }
  const version: Version = { parent, page: notePageOf(id), depth: parent.depth + 1 };
  versionOf.set(after, version);
  // Every LOG_DEPTH versions, the log is cut LOG_DEPTH back, so a long session's versions do not pile up.
  if (version.depth % LOG_DEPTH === 0) {
    let cut: Version = version;
    for (let step = 0; step < LOG_DEPTH && cut.parent; step++) cut = cut.parent;
    cut.parent = null;
  }
  return after;
}

/** The pages that changes between two logged versions of a table touched (repeats included), or null when the log cannot tell. */
export function changedPagesBetween(before: NoteTable, now: NoteTable): number[] | null {
  const from = versionOf.get(before);
  let at = versionOf.get(now);
  if (!from || !at) return null;
  const pages: number[] = [];
  while (at !== from) {
    if (!at.parent || at.depth <= from.depth) return null;
    pages.push(at.page);
    at = at.parent;
  }
  return pages;
}
