import type { KeyValueStore } from './pageStorage';

/** Fills the array with random bytes (crypto.getRandomValues: unlike crypto.randomUUID it needs no HTTPS). */
export type RandomBytes = (bytes: Uint8Array<ArrayBuffer>) => unknown;

// 64 characters, so a byte's low 6 bits pick one evenly; all of them pass the host's [A-Za-z0-9_-] checks.
const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{22,64}$/;

/** Where the phone keeps its token: localStorage, so a refresh or a new tab is the same phone. */
export const TOKEN_KEY = 'groundwork.phone.token';
/** Where the phone keeps the name it gives in named activities. */
export const NAME_KEY = 'groundwork.phone.name';

/** `length` random characters of [A-Za-z0-9_-]. */
export function randomId(length: number, randomBytes: RandomBytes): string {
  const bytes = new Uint8Array(length);
  randomBytes(bytes);
  let id = '';
  for (let index = 0; index < length; index += 1) id += ID_ALPHABET.charAt((bytes[index] || 0) & 63);
  return id;
}

/** The phone's token (192 random bits): the stored one, or a new one, stored. Never shown. */
export function phoneToken(store: KeyValueStore, randomBytes: RandomBytes): string {
  const kept = store.get(TOKEN_KEY);
  if (kept !== null && TOKEN_PATTERN.test(kept)) return kept;
  const token = randomId(32, randomBytes);
  store.set(TOKEN_KEY, token);
  return token;
}

/** A new id for one note (96 random bits): the host recognises a resend by it. */
export function newItemId(randomBytes: RandomBytes): string {
  return randomId(16, randomBytes);
}

/** The name this phone gave last ('' when none). */
export function savedName(store: KeyValueStore): string {
  return store.get(NAME_KEY) || '';
}

/** Keeps the name for the next named activity (and the next visit). */
export function saveName(store: KeyValueStore, name: string): void {
  if (name === '') store.remove(NAME_KEY);
  else store.set(NAME_KEY, name);
}
