import type { Page } from '@playwright/test';

/** What a hand-made WebSocket saw: whether the server let it in, the replies to its calls, and how it ended. */
export interface RawSocketOutcome {
  /** The handshake finished: the server proved the key and accepted the proof (`welcome`). */
  opened: boolean;
  /** Replies by call id, in the order they arrived. */
  replies: { id: number; ok: boolean; result?: unknown; error?: { code: string; message: string } }[];
  /** Every message kind the socket received, in order (so a test can see that nothing was pushed). */
  kinds: string[];
  /** How the socket ended when it did not stay open: 'error', 'close <code>' or 'server could not prove the key'. */
  ended: string | null;
}

/** Who a hand-made socket claims to be: the role in its address, and the key it proves (null: it skips the handshake). */
export interface RawSocketClaim {
  role: string;
  key: string | null;
}

/**
 * Opens a WebSocket from inside a page (so it carries that page's Origin, as
 * an attacker's script on the page would), proves `claim.key` by the
 * handshake of shared/protocol/handshake.ts (written out again here, with the
 * page's WebCrypto), then sends each message as one frame and waits for a
 * reply to every message that has a numeric `id`. With `key: null` it sends
 * the messages straight away, without proving anything.
 */
export async function rawSocket(page: Page, claim: RawSocketClaim, messages: unknown[] = []): Promise<RawSocketOutcome> {
  return page.evaluate(
    ({ claim, messages }) =>
      new Promise<RawSocketOutcome>((resolve) => {
        const outcome: RawSocketOutcome = { opened: false, replies: [], kinds: [], ended: null };
        const waiting = new Set(messages.map((message) => (message as { id?: unknown }).id).filter((id): id is number => typeof id === 'number'));
        const socket = new WebSocket(`ws://${location.host}/ws?role=${encodeURIComponent(claim.role)}`);
        const hex = (bytes: ArrayBuffer | Uint8Array) => Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');
        const hmac = async (key: string, text: string) => {
          const encoder = new TextEncoder();
          const cryptoKey = await crypto.subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
          return hex(await crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(text)));
        };
        const proofText = (side: string, serverNonce: string, clientNonce: string) => ['groundwork-handshake-v1', side, claim.role, 'link', serverNonce, clientNonce].join('\n');
        const clientNonce = hex(crypto.getRandomValues(new Uint8Array(32)));
        let serverNonce = '';
        let chain = Promise.resolve();
        const finish = () => {
          clearTimeout(timer);
          if (socket.readyState === WebSocket.OPEN) socket.close();
          resolve(outcome);
        };
        const timer = setTimeout(finish, 8000);
        const sendCalls = () => {
          for (const message of messages) socket.send(JSON.stringify(message));
          if (waiting.size === 0) finish();
        };
        socket.addEventListener('open', () => {
          if (claim.key === null) sendCalls();
        });
        socket.addEventListener('message', (event: MessageEvent<string>) => {
          chain = chain.then(async () => {
            const message = JSON.parse(event.data) as { kind: string; id: number; ok: boolean; nonce?: string; proof?: string; result?: unknown; error?: { code: string; message: string } };
            outcome.kinds.push(message.kind);
            if (claim.key !== null && message.kind === 'challenge') {
              serverNonce = message.nonce ?? '';
              socket.send(JSON.stringify({ kind: 'hello', credential: 'link', nonce: clientNonce }));
            } else if (claim.key !== null && message.kind === 'serverProof') {
              if (message.proof !== (await hmac(claim.key, proofText('server', serverNonce, clientNonce)))) {
                outcome.ended = 'server could not prove the key';
                finish();
                return;
              }
              socket.send(JSON.stringify({ kind: 'clientProof', proof: await hmac(claim.key, proofText('client', serverNonce, clientNonce)) }));
            } else if (message.kind === 'welcome') {
              outcome.opened = true;
              sendCalls();
            } else if (message.kind === 'reply') {
              outcome.replies.push({ id: message.id, ok: message.ok, result: message.result, error: message.error });
              waiting.delete(message.id);
              if (waiting.size === 0) finish();
            }
          });
        });
        socket.addEventListener('error', () => {
          outcome.ended ??= 'error';
        });
        socket.addEventListener('close', (event) => {
          outcome.ended = outcome.ended ? `${outcome.ended}, close ${event.code}` : `close ${event.code}`;
          finish();
        });
      }),
    { claim, messages },
  );
}

/** The secret a Groundwork URL carries in its fragment (`token` for control, `view` for the presenter). */
export function fragmentParam(url: string, name: 'token' | 'view'): string {
  return new URLSearchParams(new URL(url).hash.slice(1)).get(name) ?? '';
}

/** The URL without its fragment, so without its secret. */
export function withoutFragment(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.toString();
}
