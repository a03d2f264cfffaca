import * as z from 'zod/mini';
import type { SessionEvent } from '../session/sessionSlice';
import { COMMAND_IDS } from './commandIds';
import type { CommandId } from './commandIds';
import type { RoomView } from '../session/roomView';
import type { HostStatus } from './hostStatus';
import type { Snapshot, VerbName } from './verbs';
import type { PatchOp } from '../util/jsonPatch';

/** Error codes a call can fail with. */
/** `busy`: the window has too many requests waiting; this one was not run. */
export type HostErrorCode = 'invalid' | 'forbidden' | 'not-found' | 'no-session' | 'file' | 'busy' | 'internal';

/** A readable earlier copy of a file that could not be opened, offered instead ("Open the backup from 12:04"). */
export interface BackupOffer {
  /** Pass to `session.openBackup` as is. */
  path: string;
  /** When that copy was saved (host clock). */
  savedAt: number;
  /** `backup`: the `.bak` kept beside the file; `recovery`: a copy in Groundwork's recovery folder. */
  kind: 'backup' | 'recovery';
}

/** A failed call, with a message fit to show the facilitator. */
export interface HostError {
  code: HostErrorCode;
  message: string;
  /** Set when a file could not be opened but an earlier copy of it can. */
  backup?: BackupOffer;
}

/**
 * Messages the host pushes to windows. The control window gets `snapshot`, `event` and `status`; `command` only goes
 * from the Electron shell to the control window (a menu item that opens a dialog there, such as Message to the Room…).
 * A projector link gets only what the room may see (electron/host/roleViews.ts): `view`, the whole of it, or
 * `viewPatch`, the changes from the view of revision `baseRev` (which the link was sent last) to this one.
 */
export type PushMessage =
  | { kind: 'snapshot'; snapshot: Snapshot }
  /** `roomRev`: the revision at which what the room sees last changed, as of `rev` (roleViews.ts). */
  | { kind: 'event'; rev: number; event: SessionEvent; roomRev?: number }
  | { kind: 'status'; status: HostStatus }
  | { kind: 'command'; id: CommandId }
  | { kind: 'view'; rev: number; view: RoomView | null; hostNow: number }
  | { kind: 'viewPatch'; rev: number; baseRev: number; ops: PatchOp[]; hostNow: number };

/**
 * Several pushes for one window in one message, applied in order. A link's pushes go out at most once a frame
 * (electron/host/pushPacing.ts): a lone change goes at once, and what comes within the frame after it waits and
 * goes together, so a burst of 200 notes a second is about 60 messages, not 200 or more.
 */
export interface PushBatch {
  kind: 'batch';
  messages: PushMessage[];
}

/** What the host hands a window's transport to send: one push, or several together. */
export type PushDelivery = PushMessage | PushBatch;

/** Most pushes one batch may hold; a window refuses a longer one. A frame's worth of changes is far fewer. */
export const MAX_BATCH_MESSAGES = 10_000;

/** A reply to one call, over the WebSocket transport. */
export type ReplyMessage =
  | { kind: 'reply'; id: number; ok: true; result: unknown }
  | { kind: 'reply'; id: number; ok: false; error: HostError };

/** Anything the host sends over the WebSocket transport. */
export type ServerMessage = PushMessage | PushBatch | ReplyMessage;

/** A call, as a window sends it over the WebSocket transport. Arguments are checked per verb by the host. */
export const callMessageSchema = z.strictObject({
  kind: z.literal('call'),
  id: z.int().check(z.nonnegative()),
  verb: z.string().check(z.maxLength(64)),
  args: z.unknown(),
});

/** A call as sent over the WebSocket transport. */
export interface CallMessage {
  kind: 'call';
  id: number;
  verb: VerbName;
  args: unknown;
}

/** Close code a page receives when the host let go of it because it fell behind: reconnect and take a snapshot. */
export const FELL_BEHIND_CLOSE_CODE = 4008;

/** Largest WebSocket message the host accepts, in bytes. */
export const MAX_MESSAGE_BYTES = 64 * 1024;

/**
 * Shape check for messages that arrive from the host, before a window applies them.
 * Written with zod/mini (same checks, same parse API) so the renderer bundle stays small.
 */
export const serverMessageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('snapshot'), snapshot: z.object({ rev: z.number(), session: z.unknown(), status: z.unknown(), hostNow: z.number(), roomRev: z.optional(z.int()) }) }),
  z.object({ kind: z.literal('event'), rev: z.int(), event: z.object({ type: z.string().check(z.startsWith('session/')), payload: z.unknown() }), roomRev: z.optional(z.int()) }),
  z.object({ kind: z.literal('status'), status: z.object({ file: z.unknown(), save: z.object({ state: z.string() }) }) }),
  z.object({ kind: z.literal('command'), id: z.enum(COMMAND_IDS) }),
  z.object({ kind: z.literal('view'), rev: z.int(), view: z.nullable(z.object({ screen: z.enum(['live', 'title', 'black', 'white', 'join']) })), hostNow: z.number() }),
  z.object({
    kind: z.literal('viewPatch'),
    rev: z.int(),
    baseRev: z.int(),
    ops: z.array(z.object({ op: z.enum(['set', 'remove']), path: z.array(z.union([z.string(), z.int()])), value: z.optional(z.unknown()) })),
    hostNow: z.number(),
  }),
  z.object({ kind: z.literal('reply'), id: z.int(), ok: z.boolean(), result: z.optional(z.unknown()), error: z.optional(z.unknown()) }),
  // Each message in it is checked as a message of its own (renderer/transport/checkServerMessage.ts).
  z.object({ kind: z.literal('batch'), messages: z.array(z.unknown()).check(z.minLength(1), z.maxLength(MAX_BATCH_MESSAGES)) }),
]);
