import type { WorkshopDocument } from './workshopDocument';

/** The builder's document with its undo and redo steps. */
export interface BuilderHistory {
  present: WorkshopDocument;
  past: readonly WorkshopDocument[];
  future: readonly WorkshopDocument[];
  /** What the last edit changed (a field's path), so keystrokes in one field make one undo step. */
  lastKey: string | null;
  lastAt: number;
}

/** Most undo steps kept; older ones are dropped. */
export const MAX_UNDO_STEPS = 200;
/** Edits of the same field closer together than this are one undo step (typing a word is one step). */
export const MERGE_EDITS_MS = 1000;

/** A history holding only this document. */
export function startHistory(document: WorkshopDocument): BuilderHistory {
  return { present: document, past: [], future: [], lastKey: null, lastAt: 0 };
}

/**
 * Records an edit. `key` names what changed (a field's path; null for a whole step such as a move): a run of edits to
 * the same field, each within MERGE_EDITS_MS of the last, replaces the present instead of adding a step.
 */
export function recordEdit(history: BuilderHistory, next: WorkshopDocument, key: string | null, now: number): BuilderHistory {
  if (next === history.present) return history;
  const merges = key !== null && key === history.lastKey && now - history.lastAt < MERGE_EDITS_MS && history.past.length > 0;
  const past = merges ? history.past : [...history.past, history.present].slice(-MAX_UNDO_STEPS);
  return { present: next, past, future: [], lastKey: key, lastAt: now };
}

/** One step back; the same history when there is none. */
export function undo(history: BuilderHistory): BuilderHistory {
  const previous = history.past[history.past.length - 1];
  if (previous === undefined) return history;
  return { present: previous, past: history.past.slice(0, -1), future: [history.present, ...history.future], lastKey: null, lastAt: 0 };
}

/** One step forward again; the same history when there is none. */
export function redo(history: BuilderHistory): BuilderHistory {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { present: next, past: [...history.past, history.present], future: rest, lastKey: null, lastAt: 0 };
}
