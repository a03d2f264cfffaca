import type { Page } from '@playwright/test';

/** What a hand-made WebSocket saw: whether it opened, the replies to its calls, and how it ended. */
export interface RawSocketOutcome {
  opened: boolean;
  /** Replies by call id, in the order they arrived. */
  replies: { id: number; ok: boolean; result?: unknown; error?: { code: string; message: string } }[];
  /** How the socket ended when it did not stay open: 'error' or 'close <code>'. */
  ended: string | null;
}

/**
 * Opens a WebSocket from inside a page (so it carries that page's Origin, as
 * an attacker's script on the page would), sends each message as one frame,
 * and waits for a reply to every message that has a numeric `id`.
 */
export async function rawSocket(page: Page, query: string, messages: unknown[] = []): Promise<RawSocketOutcome> {
  return page.evaluate(
    ({ query, messages }) =>
      new Promise<RawSocketOutcome>((resolve) => {
        const outcome: RawSocketOutcome = { opened: false, replies: [], ended: null };
        const waiting = new Set(messages.map((message) => (message as { id?: unknown }).id).filter((id): id is number => typeof id === 'number'));
        const socket = new WebSocket(`ws://${location.host}/ws?${query}`);
        const finish = () => {
          clearTimeout(timer);
          if (socket.readyState === WebSocket.OPEN) socket.close();
          resolve(outcome);
        };
        const timer = setTimeout(finish, 8000);
        socket.addEventListener('open', () => {
          outcome.opened = true;
          for (const message of messages) socket.send(JSON.stringify(message));
          if (waiting.size === 0) finish();
        });
        socket.addEventListener('message', (event: MessageEvent<string>) => {
          const message = JSON.parse(event.data) as { kind: string; id: number; ok: boolean; result?: unknown; error?: { code: string; message: string } };
          if (message.kind !== 'reply') return;
          outcome.replies.push({ id: message.id, ok: message.ok, result: message.result, error: message.error });
          waiting.delete(message.id);
          if (waiting.size === 0) finish();
        });
        socket.addEventListener('error', () => {
          outcome.ended ??= 'error';
        });
        socket.addEventListener('close', (event) => {
          outcome.ended = outcome.ended ? `${outcome.ended}, close ${event.code}` : `close ${event.code}`;
          finish();
        });
      }),
    { query, messages },
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
