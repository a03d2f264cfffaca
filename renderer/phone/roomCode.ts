import type { KeyValueStore } from './pageStorage';

// Copied from ROOM_CODE_ALPHABET and ROOM_CODE_LENGTH in shared/phones/phoneProtocol.ts (no runtime import from shared/).
const ROOM_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const ROOM_CODE_LENGTH = 4;

/** Where the page keeps the room's code, so a reload (or a phone back from sleep) rejoins without asking. */
export const CODE_KEY = 'groundwork.phone.code';

/** What a participant typed or the address held, as a code: upper-case, without spaces or the fragment's '#'. */
export function normaliseRoomCode(raw: string): string {
  return raw.replace(/[\s#-]/g, '').toUpperCase();
}

/** Whether a normalised code could be a room's: the right length, and only the letters codes are made of. */
export function isRoomCode(code: string): boolean {
  if (code.length !== ROOM_CODE_LENGTH) return false;
  for (let index = 0; index < code.length; index += 1) if (ROOM_CODE_ALPHABET.indexOf(code.charAt(index)) < 0) return false;
  return true;
}

/** The code in the address's fragment (`#K7PX`, as the QR code gives it), normalised; null when there is none. */
export function codeFromFragment(hash: string): string | null {
  const code = normaliseRoomCode(hash);
  return code === '' ? null : code;
}

/** The code this page joined last, if it still looks like one. */
export function savedRoomCode(store: KeyValueStore): string | null {
  const code = store.get(CODE_KEY);
  return code !== null && isRoomCode(code) ? code : null;
}
