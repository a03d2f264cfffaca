import type { KeyValueStore } from './pageStorage';

/*
 * The dots the host last took from this phone, per vote, kept in storage: a reload shows them again, and a closed vote
 * shows what counted even when a later change never reached the host. A scale's ratings are kept the same way
 * (ratings.ts), through the helpers below.
 */

/** Votes whose ballots are kept per room (and scales whose ratings are): the oldest goes first. */
export const MAX_BALLOTS_KEPT = 30;

function readKept<T>(store: KeyValueStore, key: string, isValue: (value: unknown) => value is T): Array<[string, T]> {
  const raw = store.get(key);
  if (raw === null) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((entry): entry is [string, T] => Array.isArray(entry) && typeof entry[0] === 'string' && isValue(entry[1]));
  } catch {
    return [];
  }
}

/** What the host took from this phone in one activity, kept under `key` (null when nothing is kept). */
export function loadKept<T>(store: KeyValueStore, key: string, activityId: string, isValue: (value: unknown) => value is T): T | null {
  for (const [id, value] of readKept(store, key, isValue)) if (id === activityId) return value;
  return null;
}

/** Keeps what the host took in one activity under `key`, the newest MAX_BALLOTS_KEPT activities' (null forgets it). */
export function saveKept<T>(store: KeyValueStore, key: string, activityId: string, value: T | null, isValue: (value: unknown) => value is T): void {
  const others = readKept(store, key, isValue).filter((entry) => entry[0] !== activityId);
  const kept = value === null ? others : others.concat([[activityId, value]]);
  const newest = kept.slice(Math.max(0, kept.length - MAX_BALLOTS_KEPT));
  if (newest.length === 0) store.remove(key);
  else store.set(key, JSON.stringify(newest));
}

function ballotsKey(code: string): string {
  return 'groundwork.phone.ballots.' + code;
}

function isOptionIds(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((id: unknown) => typeof id === 'string');
}

/** The option ids of the ballot the host took in this vote (null when it took none, or this phone withdrew it). */
export function loadSentBallot(store: KeyValueStore, code: string, activityId: string): string[] | null {
  return loadKept(store, ballotsKey(code), activityId, isOptionIds);
}

/** Keeps the ballot the host took in a vote (an empty one forgets it: the vote was withdrawn). */
export function saveSentBallot(store: KeyValueStore, code: string, activityId: string, optionIds: readonly string[]): void {
  saveKept(store, ballotsKey(code), activityId, optionIds.length === 0 ? null : [...optionIds], isOptionIds);
}
