import * as z from 'zod/mini';
import type { Role } from './roles';

/*
 * Browser mode's WebSocket handshake: a mutual challenge and response, so
 * neither side ever sends its key. Whoever answers on the port (the real
 * server, or another local user's program while the server is stopped) sees
 * only random nonces and HMACs bound to them, which are useless for any other
 * connection.
 *
 *   server → page  { kind: 'challenge', nonce: S }
 *   page → server  { kind: 'hello', credential, nonce: C }
 *   server → page  { kind: 'serverProof', proof: HMAC(key, server|role|credential|S|C) }
 *   page checks it; a server that does not hold the key gets nothing more.
 *   page → server  { kind: 'clientProof', proof: HMAC(key, client|role|credential|S|C) }
 *   server checks it; a page that does not hold the key gets no push and no reply.
 *   server → page  { kind: 'welcome', resumeKey }
 *
 * Only after `welcome` do calls and pushes flow (messages.ts).
 */

/** Which of its keys a page proves: the printed link's token (this run only), or the resume key a tab was given by `welcome`. */
export type CredentialKind = 'link' | 'resume';

/** Random bytes in a nonce and a key, written as 64 lowercase hex characters. */
export const HEX_256 = /^[0-9a-f]{64}$/;

const hex256 = z.string().check(z.regex(HEX_256));

/** The first message of every socket: the server's random challenge. */
export const challengeMessageSchema = z.strictObject({ kind: z.literal('challenge'), nonce: hex256 });
/** The page's answer to the challenge: which key it will prove, and its own random challenge for the server. */
export const helloMessageSchema = z.strictObject({ kind: z.literal('hello'), credential: z.enum(['link', 'resume']), nonce: hex256 });
/** The server's proof that it holds the key the page named. */
export const serverProofMessageSchema = z.strictObject({ kind: z.literal('serverProof'), proof: hex256 });
/** The page's proof that it holds the key it named. */
export const clientProofMessageSchema = z.strictObject({ kind: z.literal('clientProof'), proof: hex256 });
/** The server accepts the page; `resumeKey` lets this tab reconnect after the server restarts (the printed token changes). */
export const welcomeMessageSchema = z.strictObject({ kind: z.literal('welcome'), resumeKey: hex256 });

/** A message of the handshake sent by the server. */
export type ServerHandshakeMessage = z.infer<typeof challengeMessageSchema> | z.infer<typeof serverProofMessageSchema> | z.infer<typeof welcomeMessageSchema>;
/** A message of the handshake sent by the page. */
export type ClientHandshakeMessage = z.infer<typeof helloMessageSchema> | z.infer<typeof clientProofMessageSchema>;

/** How long the server waits for a socket to finish the handshake before closing it. */
export const HANDSHAKE_TIMEOUT_MS = 10_000;

/** The close code for a socket that failed or did not finish the handshake. */
export const HANDSHAKE_FAILED_CLOSE = 4401;

/**
 * The text each side signs with HMAC-SHA256 (key: the credential's UTF-8
 * bytes). The side, role and credential kind are in it, so a proof made for
 * one purpose cannot be replayed for another (a server proof as a client's,
 * a presenter's as control's).
 */
export function proofText(side: 'server' | 'client', role: Role, credential: CredentialKind, serverNonce: string, clientNonce: string): string {
  return ['groundwork-handshake-v1', side, role, credential, serverNonce, clientNonce].join('\n');
}
