import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { RawData, WebSocket } from 'ws';
import { clientProofMessageSchema, HANDSHAKE_FAILED_CLOSE, HANDSHAKE_TIMEOUT_MS, helloMessageSchema, proofText } from '../../shared/protocol/handshake';
import type { CredentialKind, ServerHandshakeMessage } from '../../shared/protocol/handshake';

/** The two keys a page of one role may prove: the printed link's token (this run) and the resume key (kept across runs). */
export type RoleKeys = Readonly<Record<CredentialKind, string>>;

/** How to run the handshake; the timeout is shortened by tests. */
export interface HandshakeOptions {
  timeoutMs?: number;
}

/** HMAC-SHA256 of a text under a key, both as UTF-8, as hex (WebCrypto on the page computes the same). */
export function hmacHex(key: string, text: string): string {
  return createHmac('sha256', key).update(text, 'utf8').digest('hex');
}

/**
 * Runs the server side of the handshake (shared/protocol/handshake.ts) on a
 * freshly upgraded socket. Nothing else is read from or sent to the socket
 * until the page has proved its key: then `welcome` goes out and
 * `onAccepted` is called in the same tick, so no call can arrive in between.
 * Any other message, a wrong proof or the timeout closes the socket.
 */
export function authenticateSocket(ws: WebSocket, role: 'control' | 'presenter', keys: RoleKeys, onAccepted: () => void, options: HandshakeOptions = {}): void {
  const serverNonce = randomBytes(32).toString('hex');
  let claim: { credential: CredentialKind; clientNonce: string } | null = null;

  const send = (message: ServerHandshakeMessage): void => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
  };
  const stop = (): void => {
    clearTimeout(timer);
    ws.off('message', onMessage);
  };
  const fail = (reason: string): void => {
    stop();
    if (ws.readyState === ws.OPEN || ws.readyState === ws.CONNECTING) ws.close(HANDSHAKE_FAILED_CLOSE, reason);
  };

  function onMessage(data: RawData, isBinary: boolean): void {
    const raw = isBinary ? undefined : parseJson(data);
    if (claim === null) {
      const hello = helloMessageSchema.safeParse(raw);
      if (!hello.success) return fail('Expected hello');
      claim = { credential: hello.data.credential, clientNonce: hello.data.nonce };
      const proof = hmacHex(keys[claim.credential], proofText('server', role, claim.credential, serverNonce, claim.clientNonce));
      send({ kind: 'serverProof', proof });
      return;
    }
    const answer = clientProofMessageSchema.safeParse(raw);
    if (!answer.success) return fail('Expected proof');
    const expected = Buffer.from(hmacHex(keys[claim.credential], proofText('client', role, claim.credential, serverNonce, claim.clientNonce)), 'hex');
    if (!timingSafeEqual(Buffer.from(answer.data.proof, 'hex'), expected)) return fail('Wrong proof');
    stop();
    send({ kind: 'welcome', resumeKey: keys.resume });
    onAccepted();
  }

  const timer = setTimeout(() => fail('Handshake timed out'), options.timeoutMs ?? HANDSHAKE_TIMEOUT_MS);
  ws.on('message', onMessage);
  ws.once('close', stop);
  send({ kind: 'challenge', nonce: serverNonce });
}

function parseJson(data: RawData): unknown {
  const text = Array.isArray(data) ? Buffer.concat(data).toString('utf8') : data instanceof ArrayBuffer ? Buffer.from(data).toString('utf8') : data.toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
