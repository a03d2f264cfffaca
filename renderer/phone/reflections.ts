import { loadActivityText, saveActivityText } from './drafts';
import type { KeyValueStore } from './pageStorage';

/*
 * A reflection's private writing: kept on this phone only, per activity, under its own key so nothing that reads the
 * drafts or the outbox (what is sent) ever sees it. It stays after a share is sent: it is the participant's, not a draft.
 */

/** The storage key of one room's private reflections. */
export function reflectionsKey(code: string): string {
  return 'groundwork.phone.reflections.' + code;
}

/** The private writing of one reflection ('' when none). */
export function loadReflection(store: KeyValueStore, code: string, activityId: string): string {
  return loadActivityText(store, reflectionsKey(code), activityId);
}

/** Keeps the private writing of one reflection ('' forgets it). */
export function saveReflection(store: KeyValueStore, code: string, activityId: string, text: string): void {
  saveActivityText(store, reflectionsKey(code), activityId, text);
}
