import { challengeMessageSchema, proofText, serverProofMessageSchema, welcomeMessageSchema } from '../../shared/protocol/handshake';
import type { ClientHandshakeMessage, CredentialKind } from '../../shared/protocol/handshake';
import type { PageRole } from './hostLink';

/** A key the page holds and which of the two kinds it is. */
export interface PageCredential {
  kind: CredentialKind;
  key: string;
}

/**
 * Where the handshake stands after a message: still going, done (with the
 * resume key the server gave), or failed because whoever answered does not
 * hold this page's key or does not speak the handshake. On failure the page
 * has sent nothing but a random nonce.
 */
export type HandshakeStep = { kind: 'pending' } | { kind: 'welcome'; resumeKey: string } | { kind: 'failed' };

/** The page's side of the handshake (shared/protocol/handshake.ts), one server message at a time. */
export interface ClientHandshake {
  /** Takes the next message from the server (already JSON-parsed). Call it in arrival order, awaiting each. */
  receive(message: unknown): Promise<HandshakeStep>;
}

/** The WebCrypto a page has on http://127.0.0.1 (a secure context) and Node has as globalThis.crypto. */
export type HandshakeCrypto = Pick<Crypto, 'getRandomValues' | 'subtle'>;

function toHex(bytes: ArrayBuffer | Uint8Array): string {
  return Array.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** HMAC-SHA256 of a text under a key (both UTF-8), as hex: the same as the server's `hmacHex`. */
export async function hmacHex(crypto: HandshakeCrypto, key: string, text: string): Promise<string> {
  const encoder = new TextEncoder();
  const cryptoKey = await crypto.subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return toHex(await crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(text)));
}

/** Compares two hex strings without stopping at the first difference. */
function sameHex(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index += 1) difference |= a.charCodeAt(index) ^ b.charCodeAt(index);
  return difference === 0;
}

/**
 * Starts the page's side of the handshake for one socket. The server must
 * prove it holds the key before the page proves it: so an impostor on the
 * port only ever sees the page's random nonce, and the page stops there.
 */
export function createClientHandshake(role: PageRole, credential: PageCredential, send: (message: ClientHandshakeMessage) => void, crypto: HandshakeCrypto = globalThis.crypto): ClientHandshake {
  let stage: 'challenge' | 'serverProof' | 'welcome' | 'over' = 'challenge';
  let serverNonce = '';
  let clientNonce = '';

  const failed = (): HandshakeStep => {
    stage = 'over';
    return { kind: 'failed' };
  };

  return {
    async receive(message) {
      switch (stage) {
        case 'challenge': {
          const challenge = challengeMessageSchema.safeParse(message);
          if (!challenge.success) return failed();
          serverNonce = challenge.data.nonce;
          clientNonce = toHex(crypto.getRandomValues(new Uint8Array(32)));
          stage = 'serverProof';
          send({ kind: 'hello', credential: credential.kind, nonce: clientNonce });
          return { kind: 'pending' };
        }
        case 'serverProof': {
          const proof = serverProofMessageSchema.safeParse(message);
          if (!proof.success) return failed();
          const expected = await hmacHex(crypto, credential.key, proofText('server', role, credential.kind, serverNonce, clientNonce));
          if (!sameHex(proof.data.proof, expected)) return failed();
          stage = 'welcome';
          send({ kind: 'clientProof', proof: await hmacHex(crypto, credential.key, proofText('client', role, credential.kind, serverNonce, clientNonce)) });
          return { kind: 'pending' };
        }
        case 'welcome': {
          const welcome = welcomeMessageSchema.safeParse(message);
          if (!welcome.success) return failed();
          stage = 'over';
          return { kind: 'welcome', resumeKey: welcome.data.resumeKey };
        }
        case 'over':
          return { kind: 'failed' };
      }
    },
  };
}
