import type { SocketLike } from '../../../../renderer/phone/phoneSocket';

/** A WebSocket stand-in: records what the page sends, and lets a test open, answer and close it. */
export class FakePhoneSocket extends EventTarget {
  readyState = 0;
  sent: unknown[] = [];
  closedWith: number | null = null;
  constructor(readonly url: string) {
    super();
  }
  send(data: string): void {
    if (this.readyState !== 1) throw new Error('send on a socket that is not open');
    this.sent.push(JSON.parse(data));
  }
  close(code?: number): void {
    this.closedWith = code ?? 1005;
    this.readyState = 3;
  }
  open(): void {
    this.readyState = 1;
    this.dispatchEvent(new Event('open'));
  }
  receive(message: unknown): void {
    this.dispatchEvent(new MessageEvent('message', { data: JSON.stringify(message) }));
  }
  drop(code = 1006): void {
    this.readyState = 3;
    this.dispatchEvent(Object.assign(new Event('close'), { code }));
  }
  /** The notes sent, by id, in order. */
  noteIds(): string[] {
    return (this.sent as Array<{ t: string; id?: string }>).filter((message) => message.t === 'note').map((message) => message.id as string);
  }
}

/** Every socket a page opened, newest last. */
export function socketMaker(): { sockets: FakePhoneSocket[]; create: (url: string) => SocketLike; last: () => FakePhoneSocket } {
  const sockets: FakePhoneSocket[] = [];
  return {
    sockets,
    create(url) {
      const socket = new FakePhoneSocket(url);
      sockets.push(socket);
      return socket as unknown as SocketLike;
    },
    last() {
      const socket = sockets[sockets.length - 1];
      if (!socket) throw new Error('no socket opened');
      return socket;
    },
  };
}
