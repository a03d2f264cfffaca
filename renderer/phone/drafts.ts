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

function byWhenKey(code: string): string {
  return 'groundwork.phone.byWhen.' + code;
}

function readTexts(store: KeyValueStore, key: string): Array<[string, string]> {
  const raw = store.get(key);
  if (raw === null) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((entry): entry is [string, string] => Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'string');
  } catch {
    return [];
  }
}

/** The text kept under `key` for one activity ('' when none): a draft, or a reflection's private writing. */
export function loadActivityText(store: KeyValueStore, key: string, activityId: string): string {
  for (const [id, text] of readTexts(store, key)) if (id === activityId) return text;
  return '';
}

/** Keeps one activity's text under `key` ('' forgets it); only the MAX_DRAFTS latest activities are kept. */
export function saveActivityText(store: KeyValueStore, key: string, activityId: string, text: string): void {
  const others = readTexts(store, key).filter((entry) => entry[0] !== activityId);
  const texts = text === '' ? others : others.concat([[activityId, text]]);
  const kept = texts.slice(Math.max(0, texts.length - MAX_DRAFTS));
  if (kept.length === 0) store.remove(key);
  else store.set(key, JSON.stringify(kept));
}

/** The unsent text of one activity ('' when none). */
export function loadDraft(store: KeyValueStore, code: string, activityId: string): string {
  return loadActivityText(store, draftsKey(code), activityId);
}

/** Keeps the text typed for one activity ('' forgets it). */
export function saveDraft(store: KeyValueStore, code: string, activityId: string, text: string): void {
  saveActivityText(store, draftsKey(code), activityId, text);
}

/** The unsent "by when" of one commitments activity ('' when none). */
export function loadByWhenDraft(store: KeyValueStore, code: string, activityId: string): string {
  return loadActivityText(store, byWhenKey(code), activityId);
}

/** Keeps the "by when" typed for one commitments activity ('' forgets it), beside its note's draft. */
export function saveByWhenDraft(store: KeyValueStore, code: string, activityId: string, text: string): void {
  saveActivityText(store, byWhenKey(code), activityId, text);
}
