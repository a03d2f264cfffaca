import WebSocket from 'ws';
import type { PhoneServerMessage } from '../../../shared/phones/phoneProtocol';

/** A phone as the tests drive it: a real WebSocket client of the participant protocol, recording what it is sent. */
export interface TestPhone {
  socket: WebSocket;
  received: PhoneServerMessage[];
  /** Raw text of everything received, to check what a phone may never see. */
  bytes(): string;
  send(message: unknown): void;
  /** Resolves with the first message (already received or to come) that passes `test`. */
  next<T extends PhoneServerMessage>(test: (message: PhoneServerMessage) => message is T, timeoutMs?: number): Promise<T>;
  /** Resolves with the close code once the host closes the socket. */
  closed(): Promise<number>;
  close(): void;
}

/** Options for a test phone's socket: headers as a browser on the room's network would send them, unless overridden. */
export interface PhoneSocketOptions {
  host?: string;
  origin?: string | null;
  path?: string;
}

/** Opens a phone socket to `address` ("127.0.0.1:8765"); resolves once open (rejects with the HTTP status when refused). */
export function openPhone(address: string, options: PhoneSocketOptions = {}): Promise<TestPhone> {
  const headers: Record<string, string> = {};
  if (options.origin !== null) headers.Origin = options.origin ?? `http://${address}`;
  const socket = new WebSocket(`ws://${address}${options.path ?? '/phone'}`, { headers: { ...headers, ...(options.host ? { Host: options.host } : {}) } });
  const received: PhoneServerMessage[] = [];
  const texts: string[] = [];
  const waiters = new Set<() => void>();
  socket.on('message', (data) => {
    const text = (data as Buffer).toString('utf8');
    texts.push(text);
    received.push(JSON.parse(text) as PhoneServerMessage);
    for (const wake of [...waiters]) wake();
  });
  const closedCode = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  const phone: TestPhone = {
    socket,
    received,
    bytes: () => texts.join('\n'),
    send: (message) => socket.send(typeof message === 'string' ? message : JSON.stringify(message)),
    next: (test, timeoutMs = 3000) =>
      new Promise((resolve, reject) => {
        const look = (): boolean => {
          const found = received.find(test);
          if (found) {
            resolve(found);
            return true;
          }
          return false;
        };
        if (look()) return;
        const wake = (): void => {
          if (look()) {
            waiters.delete(wake);
            clearTimeout(timer);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(wake);
          reject(new Error(`The phone was not sent the expected message within ${timeoutMs} ms; it had: ${texts.join(' | ')}`));
        }, timeoutMs);
        waiters.add(wake);
      }),
    closed: () => closedCode,
    close: () => socket.close(),
  };
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(phone));
    socket.once('unexpected-response', (_request, response) => reject(new Error(`refused ${response.statusCode ?? 0}`)));
    socket.once('error', reject);
  });
}

/** Whether a message is the phone's view. */
export const isView = (message: PhoneServerMessage): message is Extract<PhoneServerMessage, { t: 'view' }> => message.t === 'view';
/** Whether a message answers the item `id`. */
export const answers =
  (id: string) =>
  (message: PhoneServerMessage): message is Extract<PhoneServerMessage, { t: 'got' | 'refused' }> =>
    (message.t === 'got' || message.t === 'refused') && message.id === id;

/** A token as a phone makes one. */
export function phoneToken(seed: string): string {
  return `${seed}-token-0123456789abcdefghij`.slice(0, 40).padEnd(22, 'x');
}
