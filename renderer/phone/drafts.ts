import type { KeyValueStore } from './pageStorage';

/*
 * What the participant is typing, per activity, kept in storage: a phone that sleeps often reloads the page when it
 * wakes, and the room may move on mid-sentence. Nothing typed is lost; a draft goes back into its own activity only.
 */

/** Activities whose drafts are kept per room: the oldest goes first. */
export const MAX_DRAFTS = 20;

function draftsKey(code: string): string {
  return 'groundwork.phone.drafts.' + code;
}

function readDrafts(store: KeyValueStore, code: string): Array<[string, string]> {
  const raw = store.get(draftsKey(code));
  if (raw === null) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((entry): entry is [string, string] => Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'string');
  } catch {
    return [];
  }
}

/** The unsent text of one activity ('' when none). */
export function loadDraft(store: KeyValueStore, code: string, activityId: string): string {
  for (const [id, text] of readDrafts(store, code)) if (id === activityId) return text;
  return '';
}

/** Keeps the text typed for one activity ('' forgets it). */
export function saveDraft(store: KeyValueStore, code: string, activityId: string, text: string): void {
  const others = readDrafts(store, code).filter((entry) => entry[0] !== activityId);
  const drafts = text === '' ? others : others.concat([[activityId, text]]);
  const kept = drafts.slice(Math.max(0, drafts.length - MAX_DRAFTS));
  if (kept.length === 0) store.remove(draftsKey(code));
  else store.set(draftsKey(code), JSON.stringify(kept));
}
