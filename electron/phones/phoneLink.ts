import { createHash } from 'node:crypto';
import type { RawData, WebSocket } from 'ws';
import { PHONE_CLOSE, PHONE_PROTOCOL_VERSION, phoneMessageSchema } from '../../shared/phones/phoneProtocol';
import type { PhoneMessage, PhoneServerMessage } from '../../shared/phones/phoneProtocol';
import type { PhoneLimits } from './phoneLimits';

/** The phone's name in a session file and in the host's maps: one way from its token, so the token is never kept. */
export function phoneKeyOf(token: string): string {
  return createHash('sha256').update(token).digest('hex').slice(0, 16);
}

/** Messages one socket may have waiting to be handled; a phone past it is not a phone, and is cut off. */
const MAX_WAITING_MESSAGES = 32;

/** What one phone's socket needs from the room. */
export interface PhoneLinkRoom {
  limits: PhoneLimits;
  codeMatches(code: string): boolean;
  /** Counts a wrong code from this network address; false once it has tried too many. */
  tryWrongCode(address: string): Promise<boolean>;
  /** Whether this network address may still try a code. */
  hasTriesLeft(address: string): Promise<boolean>;
  /** Takes one message from this phone's allowance for the second; false when it sends too fast. */
  takeMessage(phone: string): Promise<boolean>;
  joined(phone: string, ws: WebSocket): void;
  left(phone: string, ws: WebSocket): void;
  receiveNote(phone: string, note: Extract<PhoneMessage, { t: 'note' }>): PhoneServerMessage;
  receiveBallot(phone: string, ballot: Extract<PhoneMessage, { t: 'ballot' }>): PhoneServerMessage;
  receiveRating(phone: string, rating: Extract<PhoneMessage, { t: 'rating' }>): PhoneServerMessage;
  send(ws: WebSocket, message: PhoneServerMessage): void;
}

/**
 * One phone's socket. Nothing is read before a hello with the room's code and the phone's token; then its notes, one
 * at a time in the order sent, each checked (zod) and answered `got` or `refused` with a sentence. Anything that is not
 * a message of the phone protocol closes the socket or is refused; a phone can never reach the windows' verbs.
 */
export function servePhoneSocket(ws: WebSocket, from: string, room: PhoneLinkRoom): void {
  let phone: string | null = null;
  let queue: Promise<void> = Promise.resolve();
  let waiting = 0;
  const helloTimer = setTimeout(() => ws.close(PHONE_CLOSE.noHello, 'Say hello first'), room.limits.helloTimeoutMs);
  ws.on('error', () => ws.terminate());
  ws.on('close', () => {
    clearTimeout(helloTimer);
    if (phone) room.left(phone, ws);
  });

  const handle = async (raw: unknown): Promise<void> => {
    const parsed = phoneMessageSchema.safeParse(raw);
    if (!parsed.success) {
      if (phone === null) return ws.close(PHONE_CLOSE.noHello, 'Say hello first');
      const id = typeof (raw as { id?: unknown } | null)?.id === 'string' ? String((raw as { id: string }).id).slice(0, 40) : null;
      return room.send(ws, { t: 'refused', id, message: parsed.error.issues[0]?.message ?? 'That message was not understood.' });
    }
    const message = parsed.data;
    if (phone === null) {
      if (message.t !== 'hello') return ws.close(PHONE_CLOSE.noHello, 'Say hello first');
      clearTimeout(helloTimer);
      if (message.v !== PHONE_PROTOCOL_VERSION) return ws.close(PHONE_CLOSE.reload, 'Reload the page');
      if (!(await room.hasTriesLeft(from))) return ws.close(PHONE_CLOSE.busy, 'Too many tries: wait a minute');
      if (!room.codeMatches(message.code)) {
        await room.tryWrongCode(from);
        return ws.close(PHONE_CLOSE.wrongCode, 'That is not this room’s code');
      }
      if (ws.readyState !== ws.OPEN) return;
      phone = phoneKeyOf(message.token);
      room.joined(phone, ws);
      return;
    }
    if (message.t === 'hello') return;
    if (!(await room.takeMessage(phone))) {
      return room.send(ws, { t: 'refused', id: message.id, message: 'Sending very fast: this one goes again in a moment.' });
    }
    if (ws.readyState !== ws.OPEN) return;
    room.send(ws, answerTo(room, phone, message));
  };

  ws.on('message', (data: RawData, isBinary: boolean) => {
    if (isBinary) return ws.close(1003, 'Text messages only');
    let raw: unknown;
    try {
      raw = JSON.parse(rawToString(data));
    } catch {
      return ws.close(1007, 'Unreadable message');
    }
    if (waiting >= MAX_WAITING_MESSAGES) return ws.terminate();
    waiting += 1;
    // One at a time, in the order sent: a phone's resent outbox lands in the order it was written.
    queue = queue
      .then(() => handle(raw))
      .catch(() => ws.terminate())
      .finally(() => (waiting -= 1));
  });
}

function answerTo(room: PhoneLinkRoom, phone: string, message: Exclude<PhoneMessage, { t: 'hello' }>): PhoneServerMessage {
  switch (message.t) {
    case 'note':
      return room.receiveNote(phone, message);
    case 'ballot':
      return room.receiveBallot(phone, message);
    case 'rating':
      return room.receiveRating(phone, message);
  }
}

function rawToString(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return data.toString('utf8');
}
