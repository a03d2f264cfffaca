import WebSocket from 'ws';
import { createClientHandshake } from '../../renderer/transport/handshake';
import type { PageCredential } from '../../renderer/transport/handshake';
import type { PageRole } from '../../renderer/transport/hostLink';

/** A socket that finished the handshake, and the resume key the server gave it. */
export interface ProvedSocket {
  socket: WebSocket;
  resumeKey: string;
}

/**
 * Opens a socket to a browser-mode server (`origin`: `http://127.0.0.1:<port>`)
 * and proves `credential` with the page's own handshake code. Every message
 * after `welcome` goes to `onMessage`, in order, from the first one on.
 * Rejects when the server cannot prove the key or closes first.
 */
export function openProvedSocket(origin: string, role: PageRole, credential: PageCredential, onMessage: (message: unknown) => void = () => undefined): Promise<ProvedSocket> {
  const url = new URL(origin);
  const socket = new WebSocket(`ws://${url.host}/ws?role=${role}`, { headers: { Origin: url.origin } });
  const handshake = createClientHandshake(role, credential, (message) => socket.send(JSON.stringify(message)));
  let welcomed = false;
  let inOrder: Promise<void> = Promise.resolve();
  return new Promise<ProvedSocket>((resolve, reject) => {
    socket.on('message', (data: Buffer) => {
      const raw = JSON.parse(data.toString('utf8')) as unknown;
      inOrder = inOrder.then(async () => {
        if (welcomed) return onMessage(raw);
        const step = await handshake.receive(raw);
        if (step.kind === 'failed') {
          socket.close();
          reject(new Error('The server could not prove it holds the key.'));
        } else if (step.kind === 'welcome') {
          welcomed = true;
          resolve({ socket, resumeKey: step.resumeKey });
        }
      });
    });
    socket.once('error', reject);
    socket.once('close', (code) => reject(new Error(`The socket closed during the handshake (${String(code)}).`)));
  });
}

/** The key a printed URL carries in its fragment, as the page would prove it. */
export function linkCredential(printedUrl: string): PageCredential {
  const params = new URLSearchParams(new URL(printedUrl).hash.slice(1));
  return { kind: 'link', key: params.get('token') ?? params.get('view') ?? '' };
}
