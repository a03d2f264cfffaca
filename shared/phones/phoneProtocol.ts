import { z } from 'zod';
import { MAX_NOTE_LENGTH, MAX_SHORT_TEXT } from '../session/types';
import type { PhoneView } from './phoneView';

/**
 * The participant link: what a phone in the room and the host say to each other over `/phone` on the room's network.
 * Phones never call the windows' verbs; they have these few messages, each checked here before anything reads it.
 */

/** Bumped when a message changes shape; a phone page from another version is told to reload. */
export const PHONE_PROTOCOL_VERSION = 1;

/** Largest message a phone may send, in bytes (a note of 2,000 characters fits with room to spare). */
export const MAX_PHONE_MESSAGE_BYTES = 8 * 1024;

/** The room code's letters: no 0/O, 1/I/L, so a code read from the back of the room is typed right. */
export const ROOM_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** Length of the room code. */
export const ROOM_CODE_LENGTH = 4;

/** A phone's token: random, made and kept by the phone, never shown. */
export const phoneTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/);

/** One item a phone sends (a note), named by the phone so a resend is recognised. */
export const phoneItemIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/);

const activityId = z.string().min(1).max(64);
const noteText = z
  .string()
  .transform((text) => text.trim())
  .pipe(z.string().min(1, 'Write something first.').max(MAX_NOTE_LENGTH, `Keep it to ${MAX_NOTE_LENGTH} characters.`));
/** Longest name a phone may give, in characters (notes keep names of up to 200). */
export const MAX_PHONE_NAME = 40;
const phoneName = z
  .string()
  .transform((text) => text.trim())
  .pipe(z.string().min(1, 'Give a name: this activity shows who wrote what.').max(MAX_PHONE_NAME, `Keep your name to ${MAX_PHONE_NAME} characters.`));

/** Every message a phone may send. */
export const phoneMessageSchema = z.discriminatedUnion('t', [
  /** First message on every socket: the room's code and the phone's token. Nothing else is read before it. */
  z.object({ t: z.literal('hello'), v: z.number().int(), code: z.string().max(16), token: phoneTokenSchema }).strict(),
  /**
   * A note into the activity the phone was shown: a sort's into a column, a map's to the tray, a reflection's highlight
   * the participant chose to share (the private writing never leaves the phone), a commitment with its "by when".
   */
  z
    .object({
      t: z.literal('note'),
      id: phoneItemIdSchema,
      activityId,
      text: noteText,
      columnId: activityId.optional(),
      name: phoneName.optional(),
      /** A commitment's "by when" ("Friday"), free text; only a commitments activity takes it. */
      byWhen: z
        .string()
        .transform((text) => text.trim())
        .pipe(z.string().max(MAX_SHORT_TEXT, `Keep "by when" to ${MAX_SHORT_TEXT} characters.`))
        .optional(),
    })
    .strict(),
  /** This phone's ballot in a vote: the option ids its dots are on (twice for two dots); none withdraws it. Replaces any earlier one. */
  z.object({ t: z.literal('ballot'), id: phoneItemIdSchema, activityId, optionIds: z.array(activityId).max(100) }).strict(),
  /** This phone's ratings in a scale: the point it gives each statement (statement id → point); replaces its earlier ones. */
  z.object({ t: z.literal('rating'), id: phoneItemIdSchema, activityId, points: z.record(activityId, z.number().int().min(0).max(100)) }).strict(),
]);

/** A message a phone sent, once checked. */
export type PhoneMessage = z.output<typeof phoneMessageSchema>;

/** Every message the host sends a phone. */
export type PhoneServerMessage =
  /** What the phone shows now (sent after hello, then only when it changes). */
  | { t: 'view'; view: PhoneView }
  /** The item is in the session: the phone may forget it (sent again for a resend, never added twice). */
  | { t: 'got'; id: string }
  /** The item was not taken, with why; the phone keeps the text so nothing typed is lost. */
  | { t: 'refused'; id: string | null; message: string };

/** Why the host closed a phone's socket (WebSocket close codes); the phone page turns each into a sentence. */
export const PHONE_CLOSE = {
  /** The code does not match this room. */
  wrongCode: 4403,
  /** Phones were turned off, or the session closed. */
  closed: 4410,
  /** Too many phones, or too many tries: wait and try again. */
  busy: 4429,
  /** The page is from another version of Groundwork: reload it. */
  reload: 4426,
  /** The phone's first message was not a hello, or came too late. */
  noHello: 4400,
  /** The facilitator removed this phone from the session (by its token): it stays out until let back in. */
  removed: 4401,
} as const;
