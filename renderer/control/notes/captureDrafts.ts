import { useCallback, useSyncExternalStore } from 'react';

const STORAGE_KEY = 'groundwork.captureDrafts';

/**
 * Text typed in a capture box and not yet sent, per activity. Moving to another activity with PageDown while
 * typing must not lose it (it is there again on return), nor carry it into the next activity's box. Kept in
 * sessionStorage, so a reload of the window keeps it too.
 */
const drafts = new Map<string, string>(readStored());
const listeners = new Set<() => void>();

function readStored(): [string, string][] {
  try {
    const raw: unknown = JSON.parse(globalThis.sessionStorage?.getItem(STORAGE_KEY) ?? '{}');
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return [];
    return Object.entries(raw).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  } catch {
    return [];
  }
}

function store(): void {
  try {
    globalThis.sessionStorage?.setItem(STORAGE_KEY, JSON.stringify(Object.fromEntries(drafts)));
  } catch {
    // A full or blocked storage only costs the draft across a reload; the box still holds it.
  }
}

function setDraft(activityId: string, text: string): void {
  if (text === '') drafts.delete(activityId);
  else drafts.set(activityId, text);
  store();
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The unsent text of an activity's capture box, and a setter that keeps it across activity changes. */
export function useCaptureDraft(activityId: string): [string, (text: string | ((current: string) => string)) => void] {
  const text = useSyncExternalStore(subscribe, () => drafts.get(activityId) ?? '');
  const update = useCallback(
    (next: string | ((current: string) => string)) => setDraft(activityId, typeof next === 'function' ? next(drafts.get(activityId) ?? '') : next),
    [activityId],
  );
  return [text, update];
}
