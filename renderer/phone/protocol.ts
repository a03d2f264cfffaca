import type { PhoneMessage, PhoneServerMessage } from '../../shared/phones/phoneProtocol';
import type { PhoneActivity, PhoneView } from '../../shared/phones/phoneView';

/*
 * What the phone page knows of the participant link. The numbers and sentences are copied from
 * shared/phones/phoneProtocol.ts (PHONE_PROTOCOL_VERSION, PHONE_CLOSE, MAX_PHONE_NAME) and
 * shared/session/types.ts (MAX_NOTE_LENGTH, MAX_SHORT_TEXT) rather than imported: a runtime import from shared/ would
 * bring zod and shared chunks into a page that must stay small. tests/unit/renderer/phone/phoneBundle.test.ts checks
 * they agree.
 */

/** The protocol version this page speaks (PHONE_PROTOCOL_VERSION). */
export const PROTOCOL_VERSION = 1;

/** Why the host closed the socket (PHONE_CLOSE in shared/phones/phoneProtocol.ts). */
export const CLOSE_WRONG_CODE = 4403;
/** Phones were turned off, or the session closed (PHONE_CLOSE.closed). */
export const CLOSE_PHONES_OFF = 4410;
/** Too many phones or too many tries (PHONE_CLOSE.busy). */
export const CLOSE_BUSY = 4429;
/** This page is from another version of Groundwork (PHONE_CLOSE.reload). */
export const CLOSE_RELOAD = 4426;
/** The first message was not a hello (PHONE_CLOSE.noHello): reconnecting says hello again. */
export const CLOSE_NO_HELLO = 4400;
/** The facilitator removed this phone (PHONE_CLOSE.removed): it asks again now and then, in case it is let back in. */
export const CLOSE_REMOVED = 4401;

/** Longest note, in characters (MAX_NOTE_LENGTH). */
export const MAX_NOTE_CHARS = 2000;
/** Longest name, in characters (MAX_PHONE_NAME). */
export const MAX_NAME_CHARS = 40;
/** Longest "by when" of a commitment, in characters (MAX_SHORT_TEXT). */
export const MAX_BY_WHEN_CHARS = 200;

/**
 * How the host's refusal for sending too fast begins (electron/phones/phoneLink.ts): such a note is not refused for
 * what it says, so it goes again a moment later instead of asking the participant.
 */
export const SLOW_DOWN_PREFIX = 'Sending very fast';

/** The first message on every socket. */
export type HelloMessage = Extract<PhoneMessage, { t: 'hello' }>;
/** One note, as sent. */
export type NoteMessage = Extract<PhoneMessage, { t: 'note' }>;
/** This phone's whole ballot in a vote, as sent (it replaces the earlier one). */
export type BallotMessage = Extract<PhoneMessage, { t: 'ballot' }>;
/** This phone's whole answer in a scale, as sent: the point it gives each statement it rated (it replaces the earlier one). */
export type RatingMessage = Extract<PhoneMessage, { t: 'rating' }>;
/** What the outbox sends: a note, a ballot or a rating. */
export type ItemMessage = NoteMessage | BallotMessage | RatingMessage;
/** What the host sends. */
export type ServerMessage = PhoneServerMessage;
/** What phones are shown (shared/phones/phoneView.ts), for the page's modules to import from one place. */
export type { PhoneActivity, PhoneView };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isListOf(value: unknown, field: string): boolean {
  return Array.isArray(value) && value.every((entry) => isObject(entry) && typeof entry.id === 'string' && typeof entry[field] === 'string');
}

function isScale(value: unknown): boolean {
  if (value === null) return true;
  if (!isObject(value)) return false;
  const { min, max } = value;
  return Number.isInteger(min) && Number.isInteger(max) && (min as number) <= (max as number) && typeof value.minLabel === 'string' && typeof value.maxLabel === 'string';
}

function isActivity(value: unknown): value is PhoneActivity {
  if (!isObject(value)) return false;
  return (
    typeof value.id === 'string' &&
    typeof value.title === 'string' &&
    typeof value.prompt === 'string' &&
    (value.answer === 'notes' || value.answer === 'ballot' || value.answer === 'rating' || value.answer === 'none') &&
    typeof value.named === 'boolean' &&
    typeof value.toTray === 'boolean' &&
    isListOf(value.columns, 'label') &&
    isListOf(value.options, 'text') &&
    typeof value.dots === 'number' &&
    isListOf(value.statements, 'text') &&
    isScale(value.scale)
  );
}

/**
 * The host's message in a socket frame, or null when it is not one this page understands. The host is trusted, but a
 * page from an older build must not break on a shape it does not know: it ignores the message instead.
 */
export function readServerMessage(data: unknown): ServerMessage | null {
  if (typeof data !== 'string') return null;
  let raw: unknown;
  try {
    raw = JSON.parse(data);
  } catch {
    return null;
  }
  if (!isObject(raw)) return null;
  if (raw.t === 'view') {
    const view = raw.view;
    if (!isObject(view) || typeof view.title !== 'string' || !(view.activity === null || isActivity(view.activity))) return null;
    return { t: 'view', view: view as unknown as PhoneView };
  }
  if (raw.t === 'got' && typeof raw.id === 'string') return { t: 'got', id: raw.id };
  if (raw.t === 'refused' && (typeof raw.id === 'string' || raw.id === null) && typeof raw.message === 'string') {
    return { t: 'refused', id: raw.id, message: raw.message };
  }
  return null;
}
