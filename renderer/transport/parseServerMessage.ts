import { sessionEvents } from '../../shared/session/sessionSlice';
import { serverMessageParser } from './checkServerMessage';
import type { MessageParser } from './checkServerMessage';

/**
 * The control window's check of anything the host sent (checkServerMessage.ts), knowing every session event type the
 * shared reducer applies; an event of any other type is refused.
 */
export const parseServerMessage: MessageParser = serverMessageParser(new Set(Object.values(sessionEvents).map((creator) => creator.type)));
