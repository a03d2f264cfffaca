import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { RawData, WebSocket } from 'ws';
import { callMessageSchema, MAX_MESSAGE_BYTES } from '../../shared/protocol/messages';
import type { ReplyMessage } from '../../shared/protocol/messages';
import type { Role } from '../../shared/protocol/roles';
import type { Host } from '../host/hostTypes';
import { logLatency } from './latencyLog';
import { createLinkOutbox } from './linkOutbox';
import type { LinkDropReason, LinkLimits, OutboxFigures } from './linkOutbox';
import { isAllowedHost, isAllowedOrigin, secretsMatch } from './security';

/** The secrets in the two URLs the server prints. */
export interface AccessSecrets {
  controlToken: string;
  viewToken: string;
}

/** Tuning and hooks for tests and the bench; the defaults are what a real server uses. */
export interface WsTransportOptions {
  limits?: Partial<LinkLimits>;
  /** Hears each link the host gave up on because it did not keep up. */
  onLinkDropped?: (role: Role, reason: LinkDropReason, figures: OutboxFigures) => void;
}

/** Accepts or refuses WebSocket upgrades and carries host calls over them. */
export interface WsTransport {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** What each open link's outbox saw so far (bytes waiting at most, pushes held back). */
  linkFigures(): OutboxFigures[];
  /** Closes every open socket, cutting off any that have not closed within half a second. */
  closeAll(): Promise<void>;
}

/** Creates the WebSocket side of the browser-mode server. `port()` is the port actually bound. */
export function createWsTransport(host: Host, secrets: AccessSecrets, port: () => number, options: WsTransportOptions = {}): WsTransport {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, perMessageDeflate: false });
  const links = new Set<() => OutboxFigures>();

  return {
    handleUpgrade(req, socket, head) {
      const verdict = checkUpgrade(req, secrets, port());
      if (verdict.ok === false) {
        refuse(socket, verdict.status, verdict.reason);
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => serveSocket(ws, host, verdict.role, options, links));
    },
    linkFigures: () => [...links].map((figures) => figures()),
    async closeAll() {
      const closing = [...wss.clients].map(
        (client) =>
          new Promise<void>((resolve) => {
            if (client.readyState === client.CLOSED) return resolve();
            const cutOff = setTimeout(() => client.terminate(), 500);
            client.once('close', () => {
              clearTimeout(cutOff);
              resolve();
            });
            client.close(1001, 'Server shutting down');
          }),
      );
      await Promise.all(closing);
      wss.close();
    },
  };
}

type UpgradeVerdict = { ok: true; role: Role } | { ok: false; status: 401 | 403 | 404; reason: string };

/** Decides whether a WebSocket upgrade may go ahead, and as which role. */
export function checkUpgrade(req: IncomingMessage, secrets: AccessSecrets, port: number): UpgradeVerdict {
  if (!isAllowedHost(req.headers.host, port)) return { ok: false, status: 403, reason: 'Forbidden host' };
  if (!isAllowedOrigin(req.headers.origin, port)) return { ok: false, status: 403, reason: 'Forbidden origin' };
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname !== '/ws') return { ok: false, status: 404, reason: 'Not found' };
  const role = url.searchParams.get('role');
  if (role === 'control' && secretsMatch(url.searchParams.get('token'), secrets.controlToken)) return { ok: true, role: 'control' };
  if (role === 'presenter' && secretsMatch(url.searchParams.get('view'), secrets.viewToken)) return { ok: true, role: 'presenter' };
  return { ok: false, status: 401, reason: 'Unauthorized' };
}

function refuse(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${reason.length}\r\n\r\n${reason}`);
  socket.destroy();
}

function serveSocket(ws: WebSocket, host: Host, role: Role, options: WsTransportOptions, links: Set<() => OutboxFigures>): void {
  // Pushes go through the outbox, which holds them back from a link that does not read; catching up needs the
  // connection, which needs the push function, so the outbox is reached through this variable.
  let outbox: ReturnType<typeof createLinkOutbox> | null = null;
  const connection = host.connect(role, (message) => {
    outbox?.push(message);
    logLatency(`${message.kind}-sent`, role);
  });
  const figures = (): OutboxFigures => outbox?.figures() ?? { peakBufferedBytes: 0, heldBackPushes: 0 };
  outbox = createLinkOutbox(ws, () => connection.catchUp(), { limits: options.limits, onDrop: (reason) => options.onLinkDropped?.(role, reason, figures()) });
  links.add(figures);
  const send = (message: ReplyMessage): void => {
    outbox?.reply(message);
    logLatency('reply-sent', role);
  };
  ws.on('close', () => {
    outbox?.dispose();
    links.delete(figures);
    connection.disconnect();
  });
  ws.on('error', () => ws.terminate());
  ws.on('message', (data: RawData, isBinary: boolean) => {
    logLatency('call-received', role);
    // A link being closed (it fell behind) gets nothing more run for it.
    if (ws.readyState !== ws.OPEN) return;
    if (isBinary) {
      ws.close(1003, 'Text messages only');
      return;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(rawToString(data));
    } catch {
      ws.close(1007, 'Unreadable message');
      return;
    }
    const parsed = callMessageSchema.safeParse(raw);
    if (!parsed.success) {
      const id = (raw as { id?: unknown } | null)?.id;
      if (typeof id === 'number' && Number.isInteger(id) && id >= 0) {
        send({ kind: 'reply', id, ok: false, error: { code: 'invalid', message: 'That message was not a valid call.' } });
      } else {
        ws.close(1008, 'Malformed message');
      }
      return;
    }
    const { id, verb, args } = parsed.data;
    void connection.call(verb, args).then((outcome) => {
      const reply: ReplyMessage = outcome.ok ? { kind: 'reply', id, ok: true, result: outcome.result } : { kind: 'reply', id, ok: false, error: outcome.error };
      send(reply);
    });
  });
}

function rawToString(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return data.toString('utf8');
}
